using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilySurvey.Staff;

/// <summary>The survey's free-text answers, for the coordinator only; opening the page is audited.</summary>
public sealed class FreeTextModel(SurveyResultsQueries queries, FamilySurveyQueries surveys) : PerheverkkoPage
{
    [FromRoute] public Guid Id { get; set; }
    public IReadOnlyList<FreeTextQuestion> Questions { get; private set; } = [];
    public SurveyStaffView Survey { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Survey = await surveys.StaffViewAsync(Actor, Id, cancellationToken);
        Questions = await queries.FreeTextAsync(Actor, Id, Texts.CurrentLanguage, cancellationToken);
        Response.Headers.CacheControl = "no-store";
    }
}
