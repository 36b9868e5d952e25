using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Announcements;

/// <summary>
/// An announcement's access object carries its author's organisation, so the role scope of
/// <see cref="StaffAction.WriteAnnouncements"/> lets a representative or professional keep only their own organisation's
/// announcements and a coordinator any of the region's.
/// </summary>
internal static class AnnouncementAccess
{
    public static AccessObject Of(Announcement announcement) =>
        new(nameof(Announcement), announcement.Id, announcement.RegionId, announcement.OrganisationId);

    /// <summary>A new announcement for an organisation of a region (none given: the caller's own, in the caller's region).</summary>
    public static AccessObject New(Actor? actor, Guid? organisationId, Guid? regionId) =>
        new(nameof(Announcement), null, regionId ?? actor?.RegionId ?? Guid.Empty, organisationId ?? actor?.OrganisationId);
}
