using System.Security.Claims;

namespace Perheverkko.Web.Platform.Access;

/// <summary>Who is acting: a signed-in staff member, or the system itself (command line, jobs).</summary>
public sealed record Actor(Guid? UserId, string Name, StaffRole Role, Guid? OrganisationId)
{
    public const string RoleClaim = "perheverkko:role";
    public const string OrganisationClaim = "perheverkko:organisation";
    public const string NameClaim = "perheverkko:name";

    /// <summary>The command line and background jobs act as the system, with the administrator's rights.</summary>
    public static Actor System { get; } = new(null, "system", StaffRole.Admin, null);

    public static Actor? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return null;
        if (!Enum.TryParse<StaffRole>(principal.FindFirstValue(RoleClaim), out var role)) return null;
        Guid? organisationId = Guid.TryParse(principal.FindFirstValue(OrganisationClaim), out var org) ? org : null;
        return new Actor(userId, principal.FindFirstValue(NameClaim) ?? "", role, organisationId);
    }
}
