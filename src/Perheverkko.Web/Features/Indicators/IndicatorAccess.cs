using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>Indicators belong to the region as a whole: the access object is the region's set of them.</summary>
internal static class IndicatorAccess
{
    public static AccessObject Of(Guid regionId) => new(nameof(Indicator), null, regionId);
}
