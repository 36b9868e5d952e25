using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.YearClock;

/// <summary>The year clock's rules (issue #17 item 2), each with its stable code and message, declared once.</summary>
public static class YearClockRules
{
    /// <summary>No such task, a removed one, or another region's: the same answer.</summary>
    public static readonly Rule NotFound = new("yearclock.not_found", "No such task in the year clock.", RuleKind.NotFound);
    public static readonly Rule EndsBeforeStart = new("yearclock.ends_before_start", "The end month cannot be before the start month.", Field: "endMonth");
    public static readonly Rule DayInvalid = new("yearclock.day_invalid", "The start month has no such day.", Field: "day");
    public static readonly Rule OwnerInvalid = new("yearclock.owner_invalid", "Choose a staff member of the region, or none for the coordinator.", Field: "ownerUserId");
}
