using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// The members, deputies, chairs, vice chairs and secretaries named by an address that its holder has now confirmed
/// become their account: <see cref="GroupRelationships"/>, the meeting page ("I cannot come") and the mail language find
/// them by the account from then on.
/// </summary>
public sealed class GovernancePeopleByAddress(PerheverkkoDb db) : IPeopleByAddress
{
    public async Task<int> LinkAsync(Guid userId, string email, CancellationToken cancellationToken)
    {
        var address = email.Trim().ToLowerInvariant();
        var memberships = await db.Memberships.Where(m => m.Person.StaffUserId == null && m.Person.Email == address).ToListAsync(cancellationToken);
        var roles = await db.GroupRoles.Where(r => r.Person.StaffUserId == null && r.Person.Email == address).ToListAsync(cancellationToken);
        foreach (var membership in memberships) membership.LinkAccount(userId);
        foreach (var role in roles) role.LinkAccount(userId);
        return memberships.Count + roles.Count;
    }
}
