using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Ptv.Staff;

/// <summary>
/// <c>/staff/ptv/{organisationId}</c>: the organisation's PTV connection (the password is never shown back), whether PTV is
/// set up on this server, the way to the import's dry run, and its services and meeting places with where each is kept
/// and how its export stands; an entry kept here can be sent to PTV from the table.
/// </summary>
public sealed class OrganisationModel(PtvStaffQueries access, PtvQueries queries, SavePtvConnection save, RequestPtvExport export) : PerheverkkoPage
{
    [FromRoute] public Guid OrganisationId { get; set; }
    [BindProperty] public PtvConnectionForm Input { get; set; } = new();
    [TempData] public string? Notice { get; set; }
    public PtvOrganisationView View { get; private set; } = null!;
    /// <summary>Why an export could not be asked for (PTV not set up, no credentials…), shown above the table.</summary>
    public string? ExportError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The page is for those who may synchronise the organisation, whatever the organisation's view would show others.
        await access.OrganisationNameAsync(Actor, OrganisationId, cancellationToken);
        View = await queries.OrganisationAsync(Actor, OrganisationId, cancellationToken);
        Input = new PtvConnectionForm { PtvOrganisationId = View.PtvOrganisationId?.ToString(), ApiUsername = View.ApiUsername };
    }

    public async Task<IActionResult> OnPostConnectionAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => save.HandleAsync(Actor, OrganisationId, Input.ToRequest(), cancellationToken)))
        {
            Notice = T["ptv.connection_saved"];
            return Redirect($"/staff/ptv/{OrganisationId}");
        }
        View = await queries.OrganisationAsync(Actor, OrganisationId, cancellationToken);
        // The password typed is not sent back to the browser, even when the form is shown again.
        Input.ApiPassword = null;
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(PtvEntryKind kind, Guid entryId, CancellationToken cancellationToken)
    {
        var status = PtvExportStatus.NotSent;
        if (await TryAsync(async () => status = await export.HandleAsync(Actor, kind, entryId, cancellationToken), "Export"))
        {
            Notice = T["ptv.export_requested", T[$"ptv.status.{status}"]];
            return Redirect($"/staff/ptv/{OrganisationId}");
        }
        ExportError = string.Join(" ", ModelState.Values.SelectMany(m => m.Errors).Select(e => e.ErrorMessage));
        ModelState.Clear();
        View = await queries.OrganisationAsync(Actor, OrganisationId, cancellationToken);
        Input = new PtvConnectionForm { PtvOrganisationId = View.PtvOrganisationId?.ToString(), ApiUsername = View.ApiUsername };
        return Page();
    }
}

public sealed class PtvConnectionForm
{
    public string? PtvOrganisationId { get; set; }
    public string? ApiUsername { get; set; }
    public string? ApiPassword { get; set; }
    public bool RemoveCredentials { get; set; }

    public SavePtvConnection.Request ToRequest() => new(PtvOrganisationId, ApiUsername, ApiPassword, RemoveCredentials);
}
