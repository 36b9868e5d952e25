using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Statistics;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>One group of the database's count: a question's option (or scale value) in a municipality or an age group.</summary>
/// <param name="Group">The municipality's id or the age group's name; null when the family did not say.</param>
public sealed record SurveyCount(Guid QuestionId, Guid? OptionId, int? Value, string? Group, int Count);

/// <summary>The two GROUP BYs the results are made of.</summary>
public sealed record SurveyCounts(IReadOnlyList<SurveyCount> ByMunicipality, IReadOnlyList<SurveyCount> ByAgeGroup, int Responses);

/// <summary>A question's results: its tables by municipality and by age group (suppressed), and the share of each option where shown.</summary>
public sealed record QuestionResult(Guid QuestionId, string Text, SurveyQuestionKind Kind, IReadOnlyList<string> Categories, CountTable? ByMunicipality,
    CountTable? ByAgeGroup, IReadOnlyList<decimal?> Shares);

/// <summary>The results as a page, a download and the annual report show them; <paramref name="Responses"/> is null when under the threshold.</summary>
public sealed record SurveyResultsView(Guid SurveyId, int Year, string Title, int? Responses, IReadOnlyList<QuestionResult> Questions,
    IReadOnlyList<string> Notes, string TotalLabel, bool MayReadFreeText)
{
    public IReadOnlyList<ExportTable> Exports =>
        [.. Questions.SelectMany(q => new[] { q.ByMunicipality, q.ByAgeGroup }).OfType<CountTable>().Select(t => t.ToExport(TotalLabel, Notes))];
}

public sealed record FreeTextQuestion(string Question, IReadOnlyList<string> Answers);

/// <summary>
/// The survey's results (issue 17 item 4): counts per question by municipality and by age group, counted in the
/// database (two GROUP BYs over <see cref="SurveyAnswer"/>, whatever the number of answers), each table through the
/// platform's one small-cell rule (<see cref="SmallCells"/>). Free-text answers only for the coordinator, each read audited.
/// </summary>
/// <remarks>
/// Linked tables: a question's two tables share their option totals and grand total. A table in which the rule hid any
/// of those is hidden wholly (zeros stay), so what one table shows never undoes what the other hides. Tables of
/// different questions share the municipality (or age group) totals only where the same families answered both; each
/// is protected on its own, as the contact channel's tables are (decision 0028).
/// </remarks>
public sealed class SurveyResultsQueries(PerheverkkoDb db, AccessControl access, AuditLog audit, FamilySurveyQueries surveys, Texts texts)
{
    public const string NotGiven = "-";

    /// <summary>The counts, in the database: what the results page, the downloads, the annual report and the bench use.</summary>
    public async Task<SurveyCounts> CountsAsync(Guid surveyId, CancellationToken cancellationToken)
    {
        var answers = db.SurveyAnswers.AsNoTracking().AcrossRegions().Where(a => a.SurveyId == surveyId);
        var byMunicipality = await answers.GroupBy(a => new { a.QuestionId, a.OptionId, a.Value, a.MunicipalityId })
            .Select(g => new { g.Key.QuestionId, g.Key.OptionId, g.Key.Value, g.Key.MunicipalityId, Count = g.Count() }).ToListAsync(cancellationToken);
        var byAge = await answers.GroupBy(a => new { a.QuestionId, a.OptionId, a.Value, a.AgeGroup })
            .Select(g => new { g.Key.QuestionId, g.Key.OptionId, g.Key.Value, g.Key.AgeGroup, Count = g.Count() }).ToListAsync(cancellationToken);
        var responses = await db.SurveyResponses.AsNoTracking().AcrossRegions().CountAsync(r => r.SurveyId == surveyId, cancellationToken);
        return new SurveyCounts(
            [.. byMunicipality.Select(c => new SurveyCount(c.QuestionId, c.OptionId, c.Value, c.MunicipalityId?.ToString(), c.Count))],
            [.. byAge.Select(c => new SurveyCount(c.QuestionId, c.OptionId, c.Value, c.AgeGroup?.ToString(), c.Count))], responses);
    }

    public async Task<SurveyResultsView> ResultsAsync(Actor? actor, Guid surveyId, string language, CancellationToken cancellationToken)
    {
        var survey = await surveys.LoadAsync(actor, surveyId, tracked: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewYearCycle, SurveyAccess.Of(survey), cancellationToken);
        var view = await FiguresAsync(survey, language, cancellationToken);
        return view with { MayReadFreeText = await access.PermitsAsync(actor, StaffAction.ReadSurveyFreeText, SurveyAccess.Of(survey), cancellationToken) };
    }

    /// <summary>The region's survey of a year for the annual report: null when there is none.</summary>
    public async Task<SurveyResultsView?> OfYearAsync(Guid regionId, int year, string language, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().AcrossRegions().Include(s => s.Questions).ThenInclude(q => q.Options)
            .SingleOrDefaultAsync(s => s.RegionId == regionId && s.Year == year && s.State != SurveyState.Draft, cancellationToken);
        return survey is null ? null : await FiguresAsync(survey, language, cancellationToken);
    }

    /// <summary>Counts in the database, then the suppressed tables in memory (their size is questions × municipalities, not answers).</summary>
    public async Task<SurveyResultsView> FiguresAsync(Survey survey, string language, CancellationToken cancellationToken)
    {
        string T(string key, params object[] args) => texts.In(language, key, args);
        var counts = await CountsAsync(survey.Id, cancellationToken);
        var municipalities = survey.AskMunicipality
            ? (await db.Municipalities.AsNoTracking().Where(m => m.RegionId == survey.RegionId).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
                .OrderBy(m => m.Name.Fi, StringComparer.Create(new CultureInfo("fi"), false)).Select(m => (Key: (string?)m.Id.ToString(), Label: m.Name.In(language))).ToList()
            : null;
        var ages = survey.AskAgeGroup ? Enum.GetValues<ChildAgeGroup>().Select(g => (Key: (string?)g.ToString(), Label: T($"survey.age.{g}"))).ToList() : null;
        var notGiven = T("survey.results.not_given");
        var results = new List<QuestionResult>();
        foreach (var q in survey.Questions.OrderBy(q => q.Order).Where(q => q.Kind != SurveyQuestionKind.FreeText))
        {
            var categories = q.Kind == SurveyQuestionKind.Scale
                ? Enumerable.Range(1, 5).Select(v => (Option: (Guid?)null, Value: (int?)v, Label: v.ToString(CultureInfo.InvariantCulture))).ToList()
                : q.Options.OrderBy(o => o.Order).Select(o => (Option: (Guid?)o.Id, Value: (int?)null, Label: o.Text.In(language))).ToList();
            var text = q.Text.In(language);
            CountTable? Table(IReadOnlyList<SurveyCount> source, List<(string? Key, string Label)>? groups, string title, string corner)
            {
                if (groups is null) return null;
                var rows = groups.Append((Key: null, Label: notGiven)).ToList();
                var matrix = new int[rows.Count, categories.Count];
                foreach (var c in source.Where(c => c.QuestionId == q.Id))
                {
                    var column = categories.FindIndex(x => x.Option == c.OptionId && x.Value == c.Value);
                    var row = rows.FindIndex(x => x.Key == c.Group);
                    if (column >= 0 && row >= 0) matrix[row, column] += c.Count;
                }
                var table = CountTable.Of(title, corner, [.. rows.Select(r => r.Label)], [.. categories.Select(c => c.Label)], SmallCells.Suppress(matrix));
                // Linked with the question's other table through the option totals: hidden wholly if any of them is hidden.
                return table.ColumnTotals.Any(t => t is null) || table.GrandTotal is null ? table.FullyHidden() : table;
            }
            var byMunicipality = Table(counts.ByMunicipality, municipalities, $"{text} — {T("survey.results.by_municipality")}", T("survey.results.municipality"));
            var byAge = Table(counts.ByAgeGroup, ages, $"{text} — {T("survey.results.by_age")}", T("survey.results.age_group"));
            var shown = byMunicipality ?? byAge;
            IReadOnlyList<decimal?> shares = shown is { GrandTotal: > 0 and var total }
                ? [.. shown.ColumnTotals.Select(c => c is { } n ? Math.Round(100m * n / total, 1) : (decimal?)null)]
                : [.. categories.Select(_ => (decimal?)null)];
            results.Add(new QuestionResult(q.Id, text, q.Kind, [.. categories.Select(c => c.Label)], byMunicipality, byAge, shares));
        }
        var responses = counts.Responses is > 0 and < SmallCells.DefaultThreshold ? (int?)null : counts.Responses;
        return new SurveyResultsView(survey.Id, survey.Year, survey.Title.In(language), responses, results,
            [T("survey.results.marker_note", SmallCells.Marker, SmallCells.DefaultThreshold)], T("survey.results.total"), false);
    }

    /// <summary>The free-text answers, for the coordinator only; every read is audited (what was read and how many, not the words).</summary>
    public async Task<IReadOnlyList<FreeTextQuestion>> FreeTextAsync(Actor? actor, Guid surveyId, string language, CancellationToken cancellationToken)
    {
        var survey = await surveys.LoadAsync(actor, surveyId, tracked: false, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.ReadSurveyFreeText, SurveyAccess.Of(survey), cancellationToken);
        var answers = await db.SurveyFreeTexts.AsNoTracking().Where(t => t.SurveyId == surveyId).OrderBy(t => t.Id).Select(t => new { t.QuestionId, t.Text })
            .ToListAsync(cancellationToken);
        await audit.RecordNowAsync(allowed, AuditEvent.SurveyFreeTextRead, AuditOutcome.Succeeded, nameof(Survey), survey.Id, $"{answers.Count} free-text answers read",
            cancellationToken: cancellationToken);
        return [.. survey.Questions.Where(q => q.Kind == SurveyQuestionKind.FreeText).OrderBy(q => q.Order)
            .Select(q => new FreeTextQuestion(q.Text.In(language), [.. answers.Where(a => a.QuestionId == q.Id).Select(a => a.Text)]))];
    }
}
