using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.YearClock;

/// <summary>The year clock is the region's: its access object carries the region only.</summary>
internal static class YearClockAccess
{
    public static AccessObject Of(YearClockTask task) => new(nameof(YearClockTask), task.Id, task.RegionId);

    public static AccessObject Region(Guid? regionId) => new(nameof(YearClockTask), null, regionId ?? Guid.Empty);
}
