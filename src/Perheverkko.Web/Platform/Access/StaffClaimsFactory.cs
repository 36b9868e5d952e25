using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Perheverkko.Web.Platform.Access;

/// <summary>Puts the role, organisation and region into the sign-in, so access checks need no database round trip.</summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Actor.RoleClaim, user.Role.ToString()));
        identity.AddClaim(new Claim(Actor.NameClaim, user.DisplayName));
        if (user.OrganisationId is { } organisationId) identity.AddClaim(new Claim(Actor.OrganisationClaim, organisationId.ToString()));
        if (user.RegionId is { } regionId) identity.AddClaim(new Claim(Actor.RegionClaim, regionId.ToString()));
        return identity;
    }
}
