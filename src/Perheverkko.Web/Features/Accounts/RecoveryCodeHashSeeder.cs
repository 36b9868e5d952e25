using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// A data fix run at every start (it finds nothing after the first): recovery codes that Identity kept in plain text
/// before issue #12 are replaced by their hashes, so that people who had the second factor on keep their codes and the
/// database no longer holds them readable.
/// </summary>
public sealed class RecoveryCodeHashSeeder(PerheverkkoDb db)
{
    /// <returns>How many accounts' codes were hashed.</returns>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var tokens = db.Set<IdentityUserToken<Guid>>();
        var plain = await tokens.Where(t => t.LoginProvider == SecondFactorCodes.IdentityStore && t.Name == SecondFactorCodes.IdentityRecoveryCodesName)
            .ToListAsync(cancellationToken);
        if (plain.Count == 0) return 0;
        foreach (var row in plain)
        {
            var hashes = string.Join(';', (row.Value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Select(c => SecondFactorCodes.HashOf(row.UserId, c)));
            var hashed = await tokens.SingleOrDefaultAsync(t => t.UserId == row.UserId && t.LoginProvider == SecondFactorCodes.Provider
                && t.Name == SecondFactorCodes.RecoveryCodesName, cancellationToken);
            // Codes made since the upgrade are already hashed and win; only an account without them takes the old ones.
            if (hashed is null)
                tokens.Add(new IdentityUserToken<Guid> { UserId = row.UserId, LoginProvider = SecondFactorCodes.Provider, Name = SecondFactorCodes.RecoveryCodesName, Value = hashes });
            tokens.Remove(row);
        }
        await db.SaveChangesAsync(cancellationToken);
        return plain.Count;
    }
}
