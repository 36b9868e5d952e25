using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// A data fix run at every start (it finds nothing after the first): tokens made before issue #12 without an end date
/// get one <see cref="CreateAccessToken.DefaultDays"/> days after the upgrade, so that every token expires.
/// </summary>
public sealed class AccessTokenEndDateSeeder(PerheverkkoDb db, AuditLog audit, TimeProvider clock)
{
    /// <returns>How many tokens got an end date.</returns>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var endless = await db.AccessTokens.IgnoreQueryFilters().Where(t => t.ExpiresAt == null).ToListAsync(cancellationToken);
        if (endless.Count == 0) return 0;
        var end = clock.GetUtcNow().UtcDateTime.AddDays(CreateAccessToken.DefaultDays);
        foreach (var token in endless.Where(t => t.GiveEndDate(end)))
            audit.Record(Actor.System, AuditEvent.AccessTokenEndDateGiven, "AccessToken", token.Id, $"user {token.UserId}, ends {end:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return endless.Count;
    }
}
