using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Platform.Access;

/// <summary>Thrown when an actor may not do an action; the API answers 401/403, pages send to sign-in or show a refusal.</summary>
public sealed class AccessDeniedException(StaffAction action, bool signedIn)
    : Exception($"Not permitted: {action}.")
{
    public StaffAction Action { get; } = action;
    public bool SignedIn { get; } = signedIn;
}

/// <summary>
/// The access engine: the one place that decides whether a person may take an action, by the rules of
/// <see cref="AccessCatalogue"/>. It enforces (<see cref="RequireAsync"/>, first in a use case, every denial audited) and
/// it lists (<see cref="PermittedAsync"/>, which actions a person may take on a page of objects, with one query per
/// relationship that matters), so every button a page shows is one the server accepts. docs/access.md explains it.
/// </summary>
public sealed class AccessControl(AuditLog audit, IEnumerable<IRelationshipSource> sources)
{
    private readonly Dictionary<Relationship, IRelationshipSource> sourceOf = sources
        .SelectMany(source => source.Relationships.Select(relationship => (relationship, source)))
        .ToDictionary(pair => pair.relationship, pair => pair.source);

    /// <summary>
    /// Lets the actor through or throws: an object of another region is not found (404); an action refused is denied
    /// (401 when not signed in, else 403) and the denial is audited.
    /// </summary>
    public async Task<Actor> RequireAsync(Actor? actor, StaffAction action, AccessObject? on = null, CancellationToken cancellationToken = default)
    {
        if (actor is { IsNational: false } && on is not null && on.RegionId != actor.RegionId) throw new NotFoundException(AccessRules.NotFound);
        if (actor is not null && await PermitsAsync(actor, action, on, cancellationToken)) return actor;
        await audit.RecordNowAsync(actor, AuditEvent.AccessDenied, AuditOutcome.Denied, on?.Type, on?.Id, action.ToString(), cancellationToken);
        throw new AccessDeniedException(action, actor is not null);
    }

    public async Task<bool> PermitsAsync(Actor? actor, StaffAction action, AccessObject? on = null, CancellationToken cancellationToken = default)
    {
        if (actor is null) return false;
        if (AccessCatalogue.PermitsByRole(actor, action, on)) return true;
        if (on?.Id is not { } id || (!actor.IsNational && on.RegionId != actor.RegionId)) return false;
        foreach (var relationship in AccessCatalogue.RelationshipsFor(actor, action))
            if ((await SourceOf(relationship).HeldOnAsync(relationship, actor, [on], cancellationToken)).Contains(id)) return true;
        return false;
    }

    /// <summary>
    /// Which of the candidate actions the actor may take on each object: what read models carry, so a page shows only
    /// the buttons the server accepts. Asks each relationship at most once for the whole page.
    /// </summary>
    public async Task<PermittedActions> PermittedAsync(Actor? actor, IReadOnlyCollection<AccessObject> objects,
        IReadOnlyCollection<StaffAction> candidates, CancellationToken cancellationToken = default)
    {
        var permitted = objects.Where(o => o.Id is not null).DistinctBy(o => o.Id).ToDictionary(o => o.Id!.Value, _ => new List<StaffAction>());
        if (actor is null) return new PermittedActions(permitted);
        var inReach = objects.Where(o => o.Id is not null && (actor.IsNational || o.RegionId == actor.RegionId)).DistinctBy(o => o.Id).ToList();
        var held = new Dictionary<Relationship, IReadOnlySet<Guid>>();
        foreach (var action in candidates)
        foreach (var on in inReach)
        {
            if (AccessCatalogue.PermitsByRole(actor, action, on)) { permitted[on.Id!.Value].Add(action); continue; }
            foreach (var relationship in AccessCatalogue.RelationshipsFor(actor, action))
            {
                if (!held.TryGetValue(relationship, out var holders))
                    held[relationship] = holders = await SourceOf(relationship).HeldOnAsync(relationship, actor, inReach, cancellationToken);
                if (!holders.Contains(on.Id!.Value)) continue;
                permitted[on.Id!.Value].Add(action);
                break;
            }
        }
        return new PermittedActions(permitted);
    }

    /// <summary>The feature's source of a relationship; a catalogue rule whose relationship no feature answers is a wiring fault.</summary>
    private IRelationshipSource SourceOf(Relationship relationship) =>
        sourceOf.TryGetValue(relationship, out var source) ? source
            : throw new InvalidOperationException($"No {nameof(IRelationshipSource)} answers the relationship \"{relationship.Name}\".");

    /// <summary>Which of the candidate actions the actor may take where no object is concerned (a list page's "new" button).</summary>
    public static IReadOnlyList<string> PermittedByRole(Actor? actor, AccessObject? on, params StaffAction[] candidates) =>
        actor is null ? [] : candidates.Where(a => AccessCatalogue.PermitsByRole(actor, a, on)).Select(a => a.ToString()).ToArray();

    // ---- Transitional: the organisation-only forms used before the engine knew objects and relationships. Each
    // feature moves to the AccessObject forms above; these go when none is left (issue 11).

    public async Task<Actor> RequireAsync(Actor? actor, StaffAction action, Guid? organisationId,
        string? objectType = null, object? objectId = null, CancellationToken cancellationToken = default)
    {
        if (actor is not null && AccessCatalogue.PermitsByRole(actor, action, Legacy(actor, organisationId))) return actor;
        await audit.RecordNowAsync(actor, AuditEvent.AccessDenied, AuditOutcome.Denied, objectType, objectId,
            action.ToString(), cancellationToken);
        throw new AccessDeniedException(action, actor is not null);
    }

    public Task<Actor> RequireAsync(Actor? actor, StaffAction action, string? objectType, object? objectId = null,
        CancellationToken cancellationToken = default) => RequireAsync(actor, action, (Guid?)null, objectType, objectId, cancellationToken);

    public static bool Permits(Actor? actor, StaffAction action, Guid? organisationId = null) =>
        actor is not null && AccessCatalogue.PermitsByRole(actor, action, Legacy(actor, organisationId));

    public static IReadOnlyList<string> PermittedActions(Actor? actor, Guid? organisationId, params StaffAction[] candidates) =>
        candidates.Where(a => Permits(actor, a, organisationId)).Select(a => a.ToString()).ToArray();

    private static AccessObject? Legacy(Actor actor, Guid? organisationId) =>
        organisationId is null ? null : new AccessObject("", null, actor.RegionId ?? Guid.Empty, organisationId);
}

/// <summary>The actions permitted on each object of a page, as the names read models carry.</summary>
public sealed class PermittedActions(IReadOnlyDictionary<Guid, List<StaffAction>> permitted)
{
    public IReadOnlyList<string> For(Guid id) =>
        permitted.TryGetValue(id, out var actions) ? actions.Select(a => a.ToString()).ToArray() : [];

    public bool Has(Guid id, StaffAction action) => permitted.TryGetValue(id, out var actions) && actions.Contains(action);
}
