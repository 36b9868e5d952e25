using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>The report and its settings belong to the region as a whole.</summary>
internal static class AnnualReportAccess
{
    public static AccessObject Of(Guid regionId, Guid? reportId = null) => new(nameof(AnnualReport), reportId, regionId);
}
