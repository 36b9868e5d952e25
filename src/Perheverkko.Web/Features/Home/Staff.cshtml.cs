using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Home;

/// <summary>The staff area's start page: links to what this person may use.</summary>
public sealed class StaffModel : PerheverkkoPage
{
    public bool MayViewAudit => AccessControl.Permits(Actor, StaffAction.ViewAuditTrail);
    public bool MayViewOutbox => AccessControl.Permits(Actor, StaffAction.ViewOutbox);
    public Guid? OwnOrganisation => Actor?.OrganisationId;

    public void OnGet() { }
}
