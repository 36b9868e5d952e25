using Perheverkko.Web.Platform.Localization;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>Asks every registered <see cref="IAnnualReportSource"/> for its section of the region's year, in order, per language.</summary>
public sealed class AnnualReportCompiler(IEnumerable<IAnnualReportSource> sources)
{
    public async Task<IReadOnlyList<AnnualReportSection>> SectionsAsync(Guid regionId, int year, string language, CancellationToken cancellationToken)
    {
        var sections = new List<AnnualReportSection>();
        foreach (var source in sources.OrderBy(s => s.Order))
            if (await source.SectionAsync(regionId, year, Texts.Known(language), cancellationToken) is { } section) sections.Add(section);
        return sections;
    }
}
