using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilySurvey;

public sealed record SurveyListRow(Guid Id, int Year, LocalizedText Title, SurveyState State, DateOnly OpensOn, DateOnly ClosesOn, int Responses);

public sealed record SurveyListView(IReadOnlyList<SurveyListRow> Rows, bool MayManage);

public sealed record SurveyOptionView(Guid Id, LocalizedText Text);

public sealed record SurveyQuestionView(Guid Id, SurveyQuestionKind Kind, LocalizedText Text, bool Required, IReadOnlyList<SurveyOptionView> Options);

/// <summary>A survey as staff open it, with what the reader may do; <paramref name="HasAnswers"/>: its questions are fixed.</summary>
public sealed record SurveyStaffView(Guid Id, int Year, LocalizedText Title, LocalizedText Intro, DateOnly OpensOn, DateOnly ClosesOn, bool AskMunicipality,
    bool AskAgeGroup, SurveyState State, int Version, int Responses, bool HasAnswers, IReadOnlyList<SurveyQuestionView> Questions, string PublicPath,
    bool MayManage, bool MayReadFreeText);

public sealed record SurveyChoice(Guid Id, LocalizedText Name);

/// <summary>A survey as a family sees it: nothing of the staff's; <paramref name="TakesAnswers"/>: whether it takes an answer today.</summary>
public sealed record PublicSurveyView(Guid Id, RegionAddress Region, LocalizedText Title, LocalizedText Intro, DateOnly OpensOn, DateOnly ClosesOn,
    SurveyState State, bool TakesAnswers, IReadOnlyList<SurveyQuestionView> Questions, IReadOnlyList<SurveyChoice>? Municipalities, bool AskAgeGroup);

/// <summary>The reads of the family survey: the staff's list and survey, and the public form (opened surveys only).</summary>
public sealed class FamilySurveyQueries(PerheverkkoDb db, AccessControl access, RegionAddressQueries regions, TimeProvider clock)
{
    /// <summary>Whether the staff home links to the surveys: every staff member of a region sees them (the year cycle).</summary>
    public static bool MayView(Actor? actor) =>
        actor is not null && AccessControl.PermittedByRole(actor, SurveyAccess.Of(null, actor.RegionId ?? Guid.Empty), StaffAction.ViewYearCycle).Count > 0;

    internal async Task<Guid> RegionOfAsync(Actor? actor, CancellationToken cancellationToken) =>
        await regions.IdForAsync(actor, cancellationToken);

    /// <summary>The survey with its questions; another region's reads as none.</summary>
    internal async Task<Survey> LoadAsync(Actor? actor, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Surveys.Include(s => s.Questions).ThenInclude(q => q.Options).AsQueryable();
        if (!tracked) query = query.AsNoTracking();
        var survey = await query.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null || (actor is { IsNational: false } && survey.RegionId != actor.RegionId)) throw new NotFoundException(FamilySurveyRules.NotFound);
        return survey;
    }

    public async Task<SurveyListView> ListAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var regionId = await RegionOfAsync(actor, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewYearCycle, SurveyAccess.Of(null, regionId), cancellationToken);
        var surveys = await db.Surveys.AsNoTracking().AcrossRegions().Where(s => s.RegionId == regionId).OrderByDescending(s => s.Year)
            .Select(s => new { s.Id, s.Year, s.Title, s.State, s.OpensOn, s.ClosesOn, Responses = db.SurveyResponses.AcrossRegions().Count(r => r.SurveyId == s.Id) })
            .ToListAsync(cancellationToken);
        return new SurveyListView([.. surveys.Select(s => new SurveyListRow(s.Id, s.Year, s.Title, s.State, s.OpensOn, s.ClosesOn, s.Responses))],
            AccessControl.PermittedByRole(actor, SurveyAccess.Of(null, regionId), StaffAction.ManageFamilySurvey).Count > 0);
    }

    public async Task<SurveyStaffView> StaffViewAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var survey = await LoadAsync(actor, id, tracked: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewYearCycle, SurveyAccess.Of(survey), cancellationToken);
        var responses = await db.SurveyResponses.CountAsync(r => r.SurveyId == id, cancellationToken);
        var region = await regions.ByIdAsync(survey.RegionId, cancellationToken);
        return new SurveyStaffView(survey.Id, survey.Year, survey.Title, survey.Intro, survey.OpensOn, survey.ClosesOn, survey.AskMunicipality, survey.AskAgeGroup,
            survey.State, survey.Version, responses, responses > 0, Questions(survey), $"{region.Prefix}/survey/{survey.Id}",
            survey.State != SurveyState.Closed && await access.PermitsAsync(actor, StaffAction.ManageFamilySurvey, SurveyAccess.Of(survey), cancellationToken),
            await access.PermitsAsync(actor, StaffAction.ReadSurveyFreeText, SurveyAccess.Of(survey), cancellationToken));
    }

    /// <summary>The public form: an opened (or closed) survey of the region of the address; a draft or another region's is not found.</summary>
    public async Task<PublicSurveyView> PublicAsync(string? regionSlug, Guid id, CancellationToken cancellationToken)
    {
        var region = await regions.BySlugAsync(regionSlug, cancellationToken);
        var survey = await db.Surveys.AsNoTracking().AcrossRegions().Include(s => s.Questions).ThenInclude(q => q.Options)
            .SingleOrDefaultAsync(s => s.Id == id && s.RegionId == region.Id && s.State != SurveyState.Draft, cancellationToken)
            ?? throw new NotFoundException(FamilySurveyRules.NotFound);
        IReadOnlyList<SurveyChoice>? municipalities = null;
        if (survey.AskMunicipality)
            municipalities = [.. (await db.Municipalities.AsNoTracking().Where(m => m.RegionId == region.Id).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
                .Select(m => new SurveyChoice(m.Id, m.Name)).OrderBy(m => m.Name.Fi, FinnishOrder)];
        return new PublicSurveyView(survey.Id, region, survey.Title, survey.Intro, survey.OpensOn, survey.ClosesOn, survey.State,
            survey.TakesAnswersOn(Platform.Calendar.HelsinkiTime.Today(clock)), Questions(survey), municipalities, survey.AskAgeGroup);
    }

    internal static IReadOnlyList<SurveyQuestionView> Questions(Survey survey) =>
        [.. survey.Questions.OrderBy(q => q.Order).Select(q => new SurveyQuestionView(q.Id, q.Kind, q.Text, q.Required,
            [.. q.Options.OrderBy(o => o.Order).Select(o => new SurveyOptionView(o.Id, o.Text))]))];

    private static readonly StringComparer FinnishOrder = StringComparer.Create(new System.Globalization.CultureInfo("fi"), false);
}
