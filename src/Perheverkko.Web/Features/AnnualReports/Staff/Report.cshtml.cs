using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.AnnualReports.Staff;

/// <summary>
/// The region's report of a year: compile with the narrative, then complete, approve (when required) and publish, each after
/// a confirming second step that shows the year-end deletion's dry run; settings; the leadership group's agenda; downloads.
/// </summary>
public sealed class ReportModel(AnnualReportQueries queries, CompileAnnualReport compile, AdvanceAnnualReport advance, ChangeAnnualReportSettings settings,
    AddAnnualReportToAgenda agenda) : PerheverkkoPage
{
    [FromRoute] public int Year { get; set; }
    [BindProperty] public LocalizedTextInput Narrative { get; set; } = new(null, null, null);
    [BindProperty] public AnnualReportStep? Step { get; set; }
    [BindProperty] public Guid? MeetingId { get; set; }
    [BindProperty] public bool Confirm { get; set; }
    [BindProperty] public bool ApprovalRequired { get; set; }
    [BindProperty] public YearEndRetention? Retention { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    public AnnualReportStaffView View { get; private set; } = null!;
    /// <summary>The step waiting for its second, confirming post.</summary>
    public AnnualReportStep? Confirming { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Narrative = View.Narrative is { } n ? LocalizedTextInput.From(n) : new LocalizedTextInput(null, null, null);
        ApprovalRequired = View.ApprovalRequired;
        Retention = View.Retention;
    }

    public async Task<IActionResult> OnPostCompileAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => compile.HandleAsync(Actor, Year, new CompileAnnualReport.Request(Narrative), cancellationToken), ""))
            return Redirect($"/staff/annual-reports/{Year}?done=compiled");
        await LoadAsync(cancellationToken);
        (ApprovalRequired, Retention) = (View.ApprovalRequired, View.Retention);
        return Page();
    }

    public async Task<IActionResult> OnPostStepAsync(CancellationToken cancellationToken)
    {
        if (!Confirm)
        {
            // The first step only asks (and shows what the deletion would take): nothing changes until the second.
            await OnGetAsync(cancellationToken);
            Confirming = Step;
            return Page();
        }
        if (await TryAsync(() => advance.HandleAsync(Actor, Year, new AdvanceAnnualReport.Request(Step, MeetingId), cancellationToken), ""))
            return Redirect($"/staff/annual-reports/{Year}?done={Step?.ToString().ToLowerInvariant()}");
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => settings.HandleAsync(Actor, new ChangeAnnualReportSettings.Request(ApprovalRequired, Retention), cancellationToken), ""))
            return Redirect($"/staff/annual-reports/{Year}?done=settings");
        var (approval, retention) = (ApprovalRequired, Retention);
        await OnGetAsync(cancellationToken);
        (ApprovalRequired, Retention) = (approval, retention);
        return Page();
    }

    public async Task<IActionResult> OnPostAgendaAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => agenda.HandleAsync(Actor, Year, new AddAnnualReportToAgenda.Request(MeetingId), cancellationToken), ""))
            return Redirect($"/staff/annual-reports/{Year}?done=agenda");
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        var language = Texts.CurrentLanguage;
        var (title, narrative, sections) = await queries.DocumentAsync(Actor, null, Year, language, cancellationToken);
        return File(AnnualReportQueries.Pdf(title, narrative, sections, language), "application/pdf", TableExport.FileName(title, "pdf"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        var (title, _, sections) = await queries.DocumentAsync(Actor, null, Year, Texts.CurrentLanguage, cancellationToken);
        return File(AnnualReportQueries.Xlsx(sections), TableExport.XlsxType, TableExport.FileName(title, "xlsx"));
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => View = await queries.StaffViewAsync(Actor, Year, Texts.CurrentLanguage, cancellationToken);
}
