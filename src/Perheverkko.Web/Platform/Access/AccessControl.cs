using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Platform.Access;

/// <summary>Thrown when an actor may not do an action; the API answers 401/403, pages send to sign-in or show a refusal.</summary>
public sealed class AccessDeniedException(StaffAction action, bool signedIn)
    : Exception($"Not permitted: {action}.")
{
    public StaffAction Action { get; } = action;
    public bool SignedIn { get; } = signedIn;
}

/// <summary>The one place where a use case asks whether the actor may act. Denials are audited.</summary>
public sealed class AccessControl(AuditLog audit)
{
    public async Task<Actor> RequireAsync(Actor? actor, StaffAction action, Guid? organisationId = null,
        string? objectType = null, object? objectId = null, CancellationToken cancellationToken = default)
    {
        if (actor is not null && AccessCatalogue.Permits(actor, action, organisationId)) return actor;
        await audit.RecordNowAsync(actor, AuditEvent.AccessDenied, AuditOutcome.Denied, objectType, objectId,
            action.ToString(), cancellationToken);
        throw new AccessDeniedException(action, actor is not null);
    }

    public static bool Permits(Actor? actor, StaffAction action, Guid? organisationId = null) =>
        actor is not null && AccessCatalogue.Permits(actor, action, organisationId);

    /// <summary>Which of the given actions the actor may take on an object: read models carry this so the UI shows only what the server accepts.</summary>
    public static IReadOnlyList<string> PermittedActions(Actor? actor, Guid? organisationId, params StaffAction[] candidates) =>
        candidates.Where(a => Permits(actor, a, organisationId)).Select(a => a.ToString()).ToArray();
}
