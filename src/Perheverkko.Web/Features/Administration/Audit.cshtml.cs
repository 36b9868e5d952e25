using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Administration;

/// <summary>
/// The audit trail for coordinators and administrators: read-only, filtered by person, object, event, outcome and
/// Finnish dates, paged, and downloadable as CSV (the download is audited). Events, object types and times are shown in
/// the reader's language and Finnish time; ids only on hover and in the export.
/// </summary>
public sealed class AuditModel(AdministrationQueries queries) : PerheverkkoPage
{
    public AuditTrailView View { get; private set; } = null!;
    public PageOf<AuditLine> Rows => View.Lines;
    public AuditFilter Filter { get; private set; } = new();
    /// <summary>The dates as the reader chose them (Finnish calendar days; the filter holds their UTC bounds).</summary>
    public DateOnly? FromDay { get; private set; }
    public DateOnly? ToDay { get; private set; }
    public AuditTrailState? Seals { get; private set; }

    public async Task OnGetAsync(AuditEvent? @event, AuditOutcome? outcome, Guid? actorId, string? objectType, string? objectId,
        DateOnly? from, DateOnly? to, int? page, CancellationToken cancellationToken)
    {
        Filter = FilterOf(@event, outcome, actorId, objectType, objectId, from, to, page);
        View = await queries.AuditTrailPageAsync(Actor, Filter, cancellationToken);
    }

    /// <summary>The rows the filter selects as CSV (Finnish time, names and ids side by side); the download is audited.</summary>
    public async Task<IActionResult> OnGetExportAsync(AuditEvent? @event, AuditOutcome? outcome, Guid? actorId, string? objectType, string? objectId,
        DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var lines = await queries.AuditTrailExportAsync(Actor, FilterOf(@event, outcome, actorId, objectType, objectId, from, to, null), cancellationToken);
        var title = T["audit.title"];
        var table = new ExportTable(title,
            [T["audit.when"], T["audit.event"], T["audit.outcome"], T["audit.who"], T["audit.export.actor_id"], T["audit.object_type"],
             T["audit.object"], T["audit.object_id"], T["audit.detail"], T["audit.export.row"]],
            lines.Select(l => (IReadOnlyList<TableCell>)
            [
                l.LocalTime.ToString("d.M.yyyy H.mm.ss", System.Globalization.CultureInfo.InvariantCulture), T.Of(l.Row.Event), T.Of(l.Row.Outcome),
                l.Row.ActorName, l.Row.ActorId?.ToString(), TypeName(l.Row.ObjectType), l.Object?.Name, l.Row.ObjectId, l.Row.Detail, l.Row.Id.ToString(),
            ]).ToList());
        return File(TableExport.Csv(table), TableExport.CsvType, TableExport.FileName(title, "csv"));
    }

    /// <summary>Verifying reads the whole trail, so it is a step of its own (a form without JavaScript), not part of every page of rows.</summary>
    public async Task OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(null, null, null, null, null, null, null, null, cancellationToken);
        Seals = await queries.AuditTrailStateAsync(Actor, cancellationToken);
    }

    /// <summary>A type the reader's language names (<see cref="AuditObjectQueries.KnownTypes"/>), else the type as written.</summary>
    public string TypeName(string? type) =>
        type is null ? "" : AuditObjectQueries.KnownTypes.Contains(type) ? T[$"audit.type.{type}"] : type;

    public string PersonName(Guid id) => View.People.FirstOrDefault(p => p.Id == id)?.Name ?? id.ToString();

    public string PageLink(int page) => Query(Filter with { Page = page }) + $"&page={page}";

    /// <summary>The same filter with one part changed: the links of a person's name and of an object.</summary>
    public string Query(AuditFilter filter, string? handler = null) =>
        (handler is null ? "?" : $"?handler={handler}&") +
        $"event={filter.Event}&outcome={filter.Outcome}&actorId={filter.ActorId}&objectType={Uri.EscapeDataString(filter.ObjectType ?? "")}" +
        $"&objectId={Uri.EscapeDataString(filter.ObjectId ?? "")}&from={FromDay:yyyy-MM-dd}&to={ToDay:yyyy-MM-dd}";

    /// <summary>Finnish calendar days to the UTC bounds of the filter: from the first day's midnight to the midnight after the last.</summary>
    private AuditFilter FilterOf(AuditEvent? @event, AuditOutcome? outcome, Guid? actorId, string? objectType, string? objectId,
        DateOnly? from, DateOnly? to, int? page)
    {
        FromDay = from;
        ToDay = to;
        return new AuditFilter(@event, outcome, actorId, objectType, objectId,
            from is { } f ? HelsinkiTime.ToUtc(f, TimeOnly.MinValue) : null, to is { } t ? HelsinkiTime.ToUtc(t.AddDays(1), TimeOnly.MinValue) : null, page ?? 1);
    }
}
