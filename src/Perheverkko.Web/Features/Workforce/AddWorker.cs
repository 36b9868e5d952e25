using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// Adds a person who works in the network's activities for the caller's own organisation (issue #16 item 1). A
/// representative or coordinator acts for their own organisation; an organisation given must be that one.
/// </summary>
public sealed class AddWorker(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? Name, WorkerKind? Kind, string? WorkEmail = null, Guid? OrganisationId = null);

    public async Task<Guid> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var on = WorkforceAccess.PeopleOf(actor, request.OrganisationId);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageWorkforce, on, cancellationToken);
        var check = new InputCheck().Required("name", request.Name, Worker.NameMaxLength).Defined("kind", request.Kind);
        if (!string.IsNullOrWhiteSpace(request.WorkEmail)) check.Email("workEmail", request.WorkEmail);
        check.ThrowIfInvalid();
        var worker = new Worker(Guid.CreateVersion7(), on.RegionId, on.OrganisationId!.Value, request.Name!.Trim(), EmailOrNull(request.WorkEmail),
            request.Kind!.Value, clock.GetUtcNow().UtcDateTime);
        db.Workers.Add(worker);
        // The audit row names the kind, never the person.
        audit.Record(allowed, AuditEvent.WorkerAdded, nameof(Worker), worker.Id, worker.Kind.ToString(), worker.RegionId);
        await db.SaveChangesAsync(cancellationToken);
        return worker.Id;
    }

    internal static string? EmailOrNull(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();
}
