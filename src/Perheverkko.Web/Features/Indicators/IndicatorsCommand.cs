using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>
/// The command line's <c>indicators fetch [--region SLUG] [--from YEAR] [--to YEAR]</c>: fetches the region's indicators from
/// Sotkanet now, as the yearly job does. Its one line in <c>Hosting/CommandLine.cs</c>'s table calls <see cref="RunAsync"/>.
/// </summary>
public static class IndicatorsCommand
{
    public const string Name = "indicators fetch";
    public const string Help = "Fetch the region's indicators from Sotkanet (Indicators:SotkanetBaseAddress) for the years (default: the last five).";

    public static async Task<int> RunAsync(IServiceProvider services, string? regionSlug, int? fromYear, int? toYear, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var region = await scope.ServiceProvider.GetRequiredService<RegionAddressQueries>().BySlugAsync(regionSlug, cancellationToken);
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<FetchIndicatorValues>()
                .HandleAsync(Actor.System, new FetchIndicatorValues.Request(region.Id, fromYear, toYear), cancellationToken);
            Console.WriteLine($"{region.Slug}: {result.Imported} values imported, {result.Skipped} rows skipped.");
            return 0;
        }
        catch (DomainRuleViolation e)
        {
            Console.Error.WriteLine($"{e.Rule.Code}: {e.Rule.Message}");
            return 1;
        }
    }
}
