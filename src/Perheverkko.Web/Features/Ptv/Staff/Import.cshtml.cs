using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Ptv.Staff;

/// <summary>
/// <c>/staff/ptv/{organisationId}/import</c>: the import's dry run — what PTV would change here, entry by entry — and its
/// confirming step: nothing is applied until "Apply" is pressed on this page. PTV's errors show as a message.
/// </summary>
public sealed class ImportModel(PtvStaffQueries queries, PreviewPtvImport preview, ApplyPtvImport apply) : PerheverkkoPage
{
    [FromRoute] public Guid OrganisationId { get; set; }
    [TempData] public string? Notice { get; set; }
    public LocalizedText OrganisationName { get; private set; } = new("");
    public PtvImportPreview? Preview { get; private set; }
    /// <summary>PTV's or the connection's error (rules <c>ptv.*</c>) in the reader's language.</summary>
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        OrganisationName = await queries.OrganisationNameAsync(Actor, OrganisationId, cancellationToken);
        try { Preview = await preview.HandleAsync(Actor, OrganisationId, cancellationToken); }
        catch (DomainRuleViolation violation) when (violation is not NotFoundException) { Error = RuleMessage(violation.Rule); }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        OrganisationName = await queries.OrganisationNameAsync(Actor, OrganisationId, cancellationToken);
        try
        {
            var result = await apply.HandleAsync(Actor, OrganisationId, cancellationToken);
            Notice = T["ptv.import_applied", result.Created, result.Updated, result.Unchanged, result.Refused];
            return Redirect($"/staff/ptv/{OrganisationId}");
        }
        catch (DomainRuleViolation violation) when (violation is not NotFoundException)
        {
            Error = RuleMessage(violation.Rule);
            return Page();
        }
    }
}
