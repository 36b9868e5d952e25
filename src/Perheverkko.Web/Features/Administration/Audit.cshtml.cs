using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Administration;

/// <summary>The audit trail for coordinators and administrators: read-only, filterable, paged.</summary>
public sealed class AuditModel(AdministrationQueries queries) : PerheverkkoPage
{
    public PageOf<AuditRowView> Rows { get; private set; } = null!;
    public AuditFilter Filter { get; private set; } = new();
    public AuditTrailState? Seals { get; private set; }

    public async Task OnGetAsync(AuditEvent? @event, AuditOutcome? outcome, string? objectType, string? objectId,
        DateOnly? from, DateOnly? to, int? page, CancellationToken cancellationToken)
    {
        Filter = new AuditFilter(@event, outcome, null, objectType, objectId,
            from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), page ?? 1);
        Rows = await queries.AuditTrailAsync(Actor, Filter, cancellationToken);
    }

    /// <summary>Verifying reads the whole trail, so it is a step of its own (a form without JavaScript), not part of every page of rows.</summary>
    public async Task OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(null, null, null, null, null, null, null, cancellationToken);
        Seals = await queries.AuditTrailStateAsync(Actor, cancellationToken);
    }

    public string PageLink(int page) =>
        $"?event={Filter.Event}&outcome={Filter.Outcome}&objectType={Uri.EscapeDataString(Filter.ObjectType ?? "")}&objectId={Uri.EscapeDataString(Filter.ObjectId ?? "")}" +
        $"&from={Filter.From:yyyy-MM-dd}&to={Filter.To?.AddDays(-1):yyyy-MM-dd}&page={page}";
}
