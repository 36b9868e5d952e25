using System.Security.Claims;

namespace Perheverkko.Web.Platform.Access;

/// <summary>
/// Who is acting: a signed-in staff member, or the system itself (command line, jobs). A staff member belongs to one
/// region; an administrator without a region is national.
/// </summary>
public sealed record Actor(Guid? UserId, string Name, StaffRole Role, Guid? OrganisationId, Guid? RegionId)
{
    public const string RoleClaim = "perheverkko:role";
    public const string OrganisationClaim = "perheverkko:organisation";
    public const string RegionClaim = "perheverkko:region";
    public const string NameClaim = "perheverkko:name";

    /// <summary>The command line and background jobs act as the system, with a national administrator's rights.</summary>
    public static Actor System { get; } = new(null, "system", StaffRole.Admin, null, null);

    /// <summary>Acts in every region: only an administrator may be national.</summary>
    public bool IsNational => RegionId is null && Role == StaffRole.Admin;

    public static Actor? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true) return null;
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return null;
        if (!Enum.TryParse<StaffRole>(principal.FindFirstValue(RoleClaim), out var role)) return null;
        Guid? organisationId = Guid.TryParse(principal.FindFirstValue(OrganisationClaim), out var org) ? org : null;
        Guid? regionId = Guid.TryParse(principal.FindFirstValue(RegionClaim), out var region) ? region : null;
        // A sign-in without a region is national only for an administrator; anyone else is not signed in (a cookie
        // issued before regions existed must not become national).
        if (regionId is null && role != StaffRole.Admin) return null;
        return new Actor(userId, principal.FindFirstValue(NameClaim) ?? "", role, organisationId, regionId);
    }
}
