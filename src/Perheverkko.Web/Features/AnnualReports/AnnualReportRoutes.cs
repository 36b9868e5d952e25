using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>The published report's second address under <c>/r/{region}</c>, like the announcements' (decision 0026).</summary>
public static class AnnualReportRoutes
{
    public static void AddAnnualReportAddresses(this PageConventionCollection conventions) =>
        conventions.AddPageRoute("/AnnualReports/Public/Report", "r/{region}/annual-report/{year:int}");
}
