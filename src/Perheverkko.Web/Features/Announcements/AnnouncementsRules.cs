using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Announcements;

/// <summary>The announcement rules (issue #18 item 1), each with its stable code and message, declared once.</summary>
public static class AnnouncementsRules
{
    /// <summary>Another region's announcement reads the same as one that does not exist.</summary>
    public static readonly Rule NotFound = new("announcement.not_found", "No such announcement.", RuleKind.NotFound);
    public static readonly Rule EndsBeforeStart = new("announcement.ends_before_start", "The announcement must end after it is published.", Field: "publishUntilDate");
    public static readonly Rule MunicipalityNotInRegion = new("announcement.municipality_not_in_region", "Choose a municipality of the region, or none for the whole region.", Field: "municipalityId");
    /// <summary>A link goes only to a published directory item of the same region, so a family never follows it to nothing.</summary>
    public static readonly Rule LinkNotFound = new("announcement.link_not_found", "Link to a published service, meeting place, activity or family centre of the region.", Field: "link");
    public static readonly Rule OrganisationInvalid = new("announcement.organisation_invalid", "Choose an organisation of the region to write for.", Field: "organisationId");
    public static readonly Rule Stale = new("announcement.stale", "Someone else changed the announcement after you opened it. Reload and try again.", RuleKind.Conflict);
    /// <summary>A withdrawn announcement stays withdrawn: writing it again is a new announcement.</summary>
    public static readonly Rule Withdrawn = new("announcement.withdrawn", "The announcement has been withdrawn and can no longer be changed.", RuleKind.Conflict);
}
