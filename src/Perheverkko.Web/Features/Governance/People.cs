using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// A person named either by their staff account or by name and e-mail; an address whose account holder has confirmed it
/// names that account (and people named before the confirmation are linked then: <see cref="GovernancePeopleByAddress"/>).
/// </summary>
internal static class People
{
    public static void Check(InputCheck check, Guid? staffUserId, string? name, string? email)
    {
        if (staffUserId is not null) return;
        check.Required("name", name, GovernanceLimits.Name).Email("email", email);
    }

    public static async Task<PersonRef> ResolveAsync(PerheverkkoDb db, Guid? staffUserId, string? name, string? email, CancellationToken cancellationToken)
    {
        if (staffUserId is null)
        {
            // Someone whose account has confirmed this address is that account; an unconfirmed address names no one's account.
            var address = email!.Trim().ToLowerInvariant();
            var normalized = address.ToUpperInvariant();
            var confirmed = await db.Users.Where(u => u.EmailConfirmed && u.NormalizedEmail == normalized)
                .Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
            return new PersonRef(confirmed, name!.Trim(), address);
        }
        var user = await db.Users.Where(u => u.Id == staffUserId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.UserNotFound);
        return new PersonRef(staffUserId, user.DisplayName, (user.Email ?? "").ToLowerInvariant());
    }
}
