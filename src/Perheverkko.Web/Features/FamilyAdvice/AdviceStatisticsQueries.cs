using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Statistics;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>The months counted: from the first month to the last, both included (contacts by their Helsinki receiving date).</summary>
public sealed record StatisticsPeriod(DateOnly FirstMonth, DateOnly LastMonth)
{
    /// <summary>The longest period one view counts (one query per month).</summary>
    public const int MaxMonths = 36;

    public static StatisticsPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 1));

    public static StatisticsPeriod Months(DateOnly from, DateOnly to)
    {
        var first = new DateOnly(from.Year, from.Month, 1);
        var last = new DateOnly(to.Year, to.Month, 1);
        if (last < first) (first, last) = (last, first);
        if (first.AddMonths(MaxMonths - 1) < last) last = first.AddMonths(MaxMonths - 1);
        return new StatisticsPeriod(first, last);
    }

    public IReadOnlyList<DateOnly> MonthList
    {
        get
        {
            var months = new List<DateOnly>();
            for (var m = FirstMonth; m <= LastMonth; m = m.AddMonths(1)) months.Add(m);
            return months;
        }
    }
}

/// <summary>
/// A table of counts as a page shows it and a download writes it: null is a hidden count (<see cref="SmallCells.Marker"/>).
/// A list (<see cref="IsList"/>) has one column of counts and no totals column; its total is <see cref="GrandTotal"/>.
/// </summary>
public sealed record CountTable(string Title, string Corner, IReadOnlyList<string> RowLabels, IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<IReadOnlyList<int?>> Cells, IReadOnlyList<int?> RowTotals, IReadOnlyList<int?> ColumnTotals, int? GrandTotal,
    bool IsList, bool Suppressed)
{
    public int HiddenCount => Cells.Sum(row => row.Count(c => c is null));

    /// <summary>The table for <see cref="TableExport"/>: the same layout as <see cref="ExportTable.FromCounts(string,string,IReadOnlyList{string},IReadOnlyList{string},SuppressedTable,string)"/>.</summary>
    public ExportTable ToExport(string totalLabel, IReadOnlyList<string> notes)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        for (var r = 0; r < RowLabels.Count; r++)
            rows.Add(IsList
                ? [RowLabels[r], TableCell.Count(Cells[r][0])]
                : [RowLabels[r], .. Cells[r].Select(TableCell.Count), TableCell.Count(RowTotals[r])]);
        rows.Add(IsList ? [totalLabel, TableCell.Count(GrandTotal)] : [totalLabel, .. ColumnTotals.Select(TableCell.Count), TableCell.Count(GrandTotal)]);
        IReadOnlyList<string> headers = IsList ? [Corner, .. ColumnLabels] : [Corner, .. ColumnLabels, totalLabel];
        return new ExportTable(Title, headers, rows) { Notes = notes };
    }

    public static CountTable Of(string title, string corner, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, SuppressedTable table) =>
        new(title, corner, rowLabels, columnLabels,
            [.. Enumerable.Range(0, table.Rows).Select(r => (IReadOnlyList<int?>)[.. Enumerable.Range(0, table.Columns).Select(c => table.Cell(r, c))])],
            [.. Enumerable.Range(0, table.Rows).Select(table.RowTotal)], [.. Enumerable.Range(0, table.Columns).Select(table.ColumnTotal)],
            table.GrandTotal, IsList: false, Suppressed: true);

    public static CountTable Of(string title, string corner, IReadOnlyList<string> rowLabels, string countHeader, SuppressedList list) =>
        new(title, corner, rowLabels, [countHeader], [.. list.Items.Select(i => (IReadOnlyList<int?>)[i])], [], [list.Total], list.Total,
            IsList: true, Suppressed: true);

    /// <summary>Counts shown as they are: only for the team's own municipality, to the team's members.</summary>
    public static CountTable Unsuppressed(string title, string corner, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, int[,] counts)
    {
        int rows = counts.GetLength(0), columns = counts.GetLength(1);
        return new(title, corner, rowLabels, columnLabels,
            [.. Enumerable.Range(0, rows).Select(r => (IReadOnlyList<int?>)[.. Enumerable.Range(0, columns).Select(c => (int?)counts[r, c])])],
            [.. Enumerable.Range(0, rows).Select(r => (int?)Enumerable.Range(0, columns).Sum(c => counts[r, c]))],
            [.. Enumerable.Range(0, columns).Select(c => (int?)Enumerable.Range(0, rows).Sum(r => counts[r, c]))],
            counts.Cast<int>().Sum(), IsList: false, Suppressed: false);
    }

    /// <summary>Every non-zero count and total hidden: always safe (decision 0028), the fallback when linked totals disagree.</summary>
    public CountTable FullyHidden() => this with
    {
        Cells = [.. Cells.Select(row => (IReadOnlyList<int?>)[.. row.Select(Zero)])],
        RowTotals = [.. RowTotals.Select(Zero)],
        ColumnTotals = [.. ColumnTotals.Select(Zero)],
        GrandTotal = Zero(GrandTotal),
    };

    private static int? Zero(int? count) => count == 0 ? 0 : null;
}

/// <summary>
/// How fast families got a first answer: the median from receiving to the first answer in Finnish working days
/// (decision 0028, the region's days off included) and in hours, and the share answered on or before the due day.
/// <see cref="Due"/> counts the contacts whose first answer was due by now (answered, or due day passed). Outside the
/// team the counts are not given (they are not in a suppressed table) and the median and share are null when fewer than
/// the small-cell threshold of contacts stand behind them.
/// </summary>
public sealed record ResponseTimes(int? Answered, decimal? MedianWorkingDays, decimal? MedianHours, int? Due, int? InTime, decimal? InTimePercent);

/// <summary>The statistics of a team's own municipality, unsuppressed: what its members see beside the region's.</summary>
public sealed record TeamStatisticsView(Guid MunicipalityId, string MunicipalityName, IReadOnlyList<CountTable> Tables, ResponseTimes Times);

public sealed record AdviceStatisticsView(Guid RegionId, StatisticsPeriod Period, IReadOnlyList<CountTable> Tables, ResponseTimes Times,
    IReadOnlyList<TeamStatisticsView> OwnTeams, IReadOnlyList<string> Notes, string TotalLabel)
{
    /// <summary>One workbook of everything the viewer may see: the region's suppressed tables, then the own team's.</summary>
    public IReadOnlyList<ExportTable> Exports =>
        [.. Tables.Select(t => t.ToExport(TotalLabel, Notes)), .. OwnTeams.SelectMany(team => team.Tables.Select(t => t.ToExport(TotalLabel, [])))];
}

/// <summary>
/// Perheneuvo's statistics without people (issue 15 item 6): counts per month, municipality, topic, channel and outcome,
/// and the response times, aggregated in the database from the contacts' statistics columns (which stay when the
/// content is deleted). Outside the team every table goes through the platform's one small-cell rule
/// (<see cref="SmallCells"/>, decision 0028); a team member sees their own team's municipality unsuppressed, as they
/// handle those contacts anyway. A table of all municipalities is always suppressed.
/// </summary>
/// <remarks>
/// Linked tables: the region's tables share only their grand total (month × channel, municipality × topic, and the
/// outcomes as a list), so each table's own margins are published once and cannot undo another table's protection.
/// A municipality × outcome table was left out on purpose: it would share the municipality totals with municipality
/// × topic, and the rule suppresses each table on its own. If the grand total is hidden in any table (it is small, or
/// rarely as a complementary count), it is hidden in all, and those tables are hidden entirely (always safe).
/// </remarks>
public sealed class AdviceStatisticsQueries(PerheverkkoDb db, AccessControl access, RegionAddressQueries regions, Texts texts, TimeProvider clock)
{
    public const string UnknownKey = "advice.stats.unknown_municipality";

    /// <summary>The page's view for a staff member of the region: the suppressed tables, and their own team's unsuppressed.</summary>
    public async Task<AdviceStatisticsView> StatisticsAsync(Actor? actor, StatisticsPeriod period, string language, CancellationToken cancellationToken)
    {
        var regionId = await regions.IdForAsync(actor, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewAdviceStatistics, FamilyAdviceRelationships.QueueOf(regionId), cancellationToken);
        var ownMunicipalities = actor?.UserId is { } userId
            ? await db.AdviceTeams.AsNoTracking().AcrossRegions()
                .Where(t => t.RegionId == regionId && t.Members.Any(m => m.UserId == userId))
                .Select(t => t.MunicipalityId).Distinct().ToListAsync(cancellationToken)
            : [];
        return await BuildAsync(regionId, period, language, ownMunicipalities, cancellationToken);
    }

    /// <summary>
    /// The figures of a year for the region's annual report (the year-cycle issue): always the suppressed tables, as the
    /// report is published outside the teams. No actor: the caller decides who may make the report.
    /// </summary>
    public async Task<AdviceStatisticsView> AnnualFiguresAsync(Guid regionId, int year, string language = Texts.DefaultLanguage,
        CancellationToken cancellationToken = default) =>
        await BuildAsync(regionId, StatisticsPeriod.Year(year), Texts.Known(language), [], cancellationToken);

    private async Task<AdviceStatisticsView> BuildAsync(Guid regionId, StatisticsPeriod period, string language,
        IReadOnlyList<Guid> ownMunicipalities, CancellationToken cancellationToken)
    {
        string T(string key) => texts.Get(language, key);
        var culture = CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : language == "sv" ? "sv-FI" : "fi-FI");
        var months = period.MonthList;
        var counts = await CountsAsync(regionId, months, cancellationToken);

        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId)
            .Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken);
        var municipalityRows = municipalities.OrderBy(m => m.Name.In(language), StringComparer.Create(culture, true))
            .Select(m => ((Guid?)m.Id, m.Name.In(language))).Append((null, T(UnknownKey))).ToList();
        var topics = await db.AdviceTopics.AsNoTracking().AcrossRegions().Where(t => t.RegionId == regionId)
            .OrderBy(t => t.Order).Select(t => new { t.Id, t.Name, t.IsActive }).ToListAsync(cancellationToken);
        var topicColumns = topics.Where(t => t.IsActive || counts.Any(c => c.TopicId == t.Id)).Select(t => (t.Id, t.Name.In(language))).ToList();
        var channels = Enum.GetValues<ContactChannel>();
        ContactOutcome?[] outcomes = [.. Enum.GetValues<ContactOutcome>().Select(o => (ContactOutcome?)o), null];
        var monthLabels = months.Select(m => culture.TextInfo.ToTitleCase(m.ToDateTime(TimeOnly.MinValue).ToString("MMMM yyyy", culture))).ToList();
        var channelLabels = channels.Select(c => T($"enum.ContactChannel.{c}")).ToList();
        var outcomeLabels = outcomes.Select(o => o is { } outcome ? T($"enum.ContactOutcome.{outcome}") : T("advice.stats.open")).ToList();
        var topicLabels = topicColumns.Select(t => t.Item2).ToList();
        var contactsLabel = T("advice.stats.contacts");

        int[,] Grid<TRow, TColumn>(IReadOnlyList<TRow> rows, IReadOnlyList<TColumn> columns, IEnumerable<MonthCount> source,
            Func<MonthCount, TRow> rowOf, Func<MonthCount, TColumn> columnOf)
        {
            var grid = new int[rows.Count, columns.Count];
            foreach (var count in source)
            {
                int r = IndexOf(rows, rowOf(count)), c = IndexOf(columns, columnOf(count));
                if (r >= 0 && c >= 0) grid[r, c] += count.Count;
            }
            return grid;
        }

        var monthIndexes = Enumerable.Range(0, months.Count).ToList();
        var municipalityIds = municipalityRows.Select(m => m.Item1).ToList();
        var topicIds = topicColumns.Select(t => t.Id).ToList();
        List<CountTable> tables =
        [
            CountTable.Of(T("advice.stats.by_month"), T("advice.stats.month"), monthLabels, channelLabels,
                SmallCells.Suppress(Grid(monthIndexes, channels, counts, c => c.Month, c => c.Channel))),
            CountTable.Of(T("advice.stats.by_municipality"), T("advice.stats.municipality"), municipalityRows.Select(m => m.Item2).ToList(), topicLabels,
                SmallCells.Suppress(Grid(municipalityIds, topicIds, counts, c => c.MunicipalityId, c => c.TopicId))),
            CountTable.Of(T("advice.stats.by_outcome"), T("advice.stats.outcome"), outcomeLabels, contactsLabel,
                SmallCells.Suppress(outcomes.Select(o => counts.Where(c => c.Outcome == o).Sum(c => c.Count)).ToList())),
        ];
        // The tables share their grand total: hidden in one, it must not be shown in another (decision 0028, linked tables).
        if (tables.Any(t => t.GrandTotal is null)) tables = [.. tables.Select(t => t.FullyHidden())];

        var workingDays = AdviceCalendar.WorkingDaysOf(await db.AdviceSettingsOfAsync(regionId, cancellationToken));
        var times = await TimesAsync(regionId, months, cancellationToken);

        var teams = new List<TeamStatisticsView>();
        foreach (var municipalityId in ownMunicipalities)
        {
            var own = counts.Where(c => c.MunicipalityId == municipalityId).ToList();
            var name = municipalityRows.FirstOrDefault(m => m.Item1 == municipalityId).Item2 ?? "";
            teams.Add(new TeamStatisticsView(municipalityId, name,
            [
                CountTable.Unsuppressed($"{name}: {T("advice.stats.by_month")}", T("advice.stats.month"), monthLabels, channelLabels,
                    Grid(monthIndexes, channels, own, c => c.Month, c => c.Channel)),
                CountTable.Unsuppressed($"{name}: {T("advice.stats.by_topic_outcome")}", T("advice.stats.topic"), topicLabels, outcomeLabels,
                    Grid(topicIds, outcomes, own, c => c.TopicId, c => c.Outcome)),
            ], Summarise(times.Where(t => t.MunicipalityId == municipalityId), workingDays, suppress: false)));
        }

        return new AdviceStatisticsView(regionId, period, tables, Summarise(times, workingDays, suppress: true), teams,
            [T("advice.stats.marker_note")], T("advice.stats.total"));
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, T value)
    {
        for (var i = 0; i < list.Count; i++) if (EqualityComparer<T>.Default.Equals(list[i], value)) return i;
        return -1;
    }

    private sealed record MonthCount(int Month, Guid? MunicipalityId, Guid TopicId, ContactChannel Channel, ContactOutcome? Outcome, int Count);

    /// <summary>
    /// The counts by month, municipality, topic, channel and outcome: one GROUP BY query per month, whose bounds are the
    /// Helsinki month turned into UTC (a month cannot be grouped by in SQL the same way on both databases).
    /// </summary>
    private async Task<List<MonthCount>> CountsAsync(Guid regionId, IReadOnlyList<DateOnly> months, CancellationToken cancellationToken)
    {
        var result = new List<MonthCount>();
        for (var i = 0; i < months.Count; i++)
        {
            var (from, to) = (HelsinkiTime.ToUtc(months[i], TimeOnly.MinValue), HelsinkiTime.ToUtc(months[i].AddMonths(1), TimeOnly.MinValue));
            var month = i;
            var rows = await db.FamilyContacts.AsNoTracking().AcrossRegions()
                .Where(c => c.RegionId == regionId && c.ReceivedAt >= from && c.ReceivedAt < to)
                .GroupBy(c => new { c.MunicipalityId, c.TopicId, c.Channel, c.Outcome })
                .Select(g => new { g.Key.MunicipalityId, g.Key.TopicId, g.Key.Channel, g.Key.Outcome, Count = g.Count() })
                .ToListAsync(cancellationToken);
            result.AddRange(rows.Select(r => new MonthCount(month, r.MunicipalityId, r.TopicId, r.Channel, r.Outcome, r.Count)));
        }
        return result;
    }

    private sealed record Timing(Guid? MunicipalityId, DateTime ReceivedAt, DateTime? FirstAnsweredAt, DateOnly DueOn);

    /// <summary>
    /// The times of the contacts whose first answer is due by now or given: three columns per contact, no content. A
    /// median needs the distribution, and working days are not computable in SQL.
    /// </summary>
    private async Task<List<Timing>> TimesAsync(Guid regionId, IReadOnlyList<DateOnly> months, CancellationToken cancellationToken)
    {
        var from = HelsinkiTime.ToUtc(months[0], TimeOnly.MinValue);
        var to = HelsinkiTime.ToUtc(months[^1].AddMonths(1), TimeOnly.MinValue);
        var today = HelsinkiTime.Today(clock);
        return await db.FamilyContacts.AsNoTracking().AcrossRegions()
            .Where(c => c.RegionId == regionId && c.ReceivedAt >= from && c.ReceivedAt < to && (c.FirstAnsweredAt != null || c.DueOn < today))
            .Select(c => new Timing(c.MunicipalityId, c.ReceivedAt, c.FirstAnsweredAt, c.DueOn))
            .ToListAsync(cancellationToken);
    }

    private static ResponseTimes Summarise(IEnumerable<Timing> timings, FinnishWorkingDays workingDays, bool suppress)
    {
        var all = timings.ToList();
        var answered = all.Where(t => t.FirstAnsweredAt is not null).ToList();
        var days = answered.Select(t => (decimal)workingDays.WorkingDaysBetween(HelsinkiTime.DateOf(t.ReceivedAt), HelsinkiTime.DateOf(t.FirstAnsweredAt!.Value))).ToList();
        var hours = answered.Select(t => (decimal)(t.FirstAnsweredAt!.Value - t.ReceivedAt).TotalHours).ToList();
        var inTime = answered.Count(t => HelsinkiTime.DateOf(t.FirstAnsweredAt!.Value) <= t.DueOn);
        // Outside the team a median or share of fewer than the threshold of contacts says too much about each of them.
        var enoughAnswered = !suppress || answered.Count >= SmallCells.DefaultThreshold;
        var enoughDue = !suppress || all.Count >= SmallCells.DefaultThreshold;
        return new ResponseTimes(suppress ? null : answered.Count,
            enoughAnswered ? Median(days) : null,
            enoughAnswered && Median(hours) is { } h ? Math.Round(h, 1) : null,
            suppress ? null : all.Count, suppress ? null : inTime,
            enoughDue && all.Count > 0 ? Math.Round(100m * inTime / all.Count, 1) : null);
    }

    private static decimal? Median(List<decimal> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
