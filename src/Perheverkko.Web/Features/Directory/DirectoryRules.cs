using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>The directory's rules, each with its stable code and message, declared once.</summary>
public static class DirectoryRules
{
    public static readonly Rule Stale = new("directory.stale", "The item was changed by someone else after you opened it. Reload and try again.", RuleKind.Conflict);
    public static readonly Rule TransitionNotAllowed = new("directory.transition_not_allowed", "The item cannot move from its current state to that one.", RuleKind.Conflict);
    public static readonly Rule ActivityNotFound = new("activity.not_found", "No such activity.", RuleKind.NotFound);
    public static readonly Rule ServiceNotFound = new("service.not_found", "No such service.", RuleKind.NotFound);
    public static readonly Rule MeetingPlaceNotFound = new("meeting_place.not_found", "No such meeting place.", RuleKind.NotFound);
    public static readonly Rule MunicipalityNotFound = new("directory.municipality_not_found", "No such municipality.", RuleKind.NotFound);
    public static readonly Rule FamilyCentreNotFound = new("directory.family_centre_not_found", "No such family centre.", RuleKind.NotFound);
    public static readonly Rule SlugTaken = new("meeting_place.slug_taken", "Another meeting place already has this short name.", RuleKind.Conflict, "slug");
    /// <summary>001 §15: for every group the responsible party, the rooms, the leaders and the insurance are agreed.</summary>
    public static readonly Rule ActivityIncomplete = new("activity.incomplete",
        "An activity can be published only when its responsible party, rooms (a meeting place), leaders and insurance are agreed.");
    public static readonly Rule EndBeforeStart = new("directory.schedule_end_before_start", "The end time must be after the start time.", Field: "schedule.ends");
    public static readonly Rule UntilBeforeFrom = new("directory.schedule_until_before_from", "The last day must not be before the first day.", Field: "schedule.until");
    public static readonly Rule ScheduleEmpty = new("directory.schedule_empty", "Give weekdays with a first day, or at least one date.", Field: "schedule");
    public static readonly Rule CoordinatesOutsideFinland = new("directory.coordinates_outside_finland", "The coordinates are not in Finland.", Field: "latitude");
    public static readonly Rule CoordinatesIncomplete = new("directory.coordinates_incomplete", "Give both latitude and longitude, or neither.", Field: "longitude");
    public static readonly Rule AgeRangeInvalid = new("directory.age_range_invalid", "The lowest age must not be above the highest.", Field: "ageMax");
    public static readonly Rule PlaceNotPublic = new("directory.place_not_public",
        "The meeting place is another organisation's and not published: publishing this would show it. Choose a published place.", RuleKind.Conflict);
    public static readonly Rule MasteredInPtv = new("directory.mastered_in_ptv",
        "The item is kept in the national service catalogue PTV: change it there, or switch it to be kept here first.", RuleKind.Conflict);
    public static readonly Rule MasterUnchanged = new("directory.master_unchanged", "The item is already kept there.", RuleKind.Conflict);
    public static readonly Rule NotInPtv = new("directory.not_in_ptv",
        "The item has no id in PTV yet: import it from PTV, or export it and wait for PTV to accept it.", RuleKind.Conflict);
    public static readonly Rule OpeningHoursInvalid = new("directory.opening_hours_invalid", "Closing time must be after opening time.", Field: "openingHours");
}
