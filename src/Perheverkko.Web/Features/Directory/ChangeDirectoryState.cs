using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>Publishes, archives or takes back to draft any directory entry. An activity missing one of the four agreed things of 001 §15, or whose people's requirements are not met (issue #16), is not published.</summary>
public sealed class ChangeDirectoryState(PerheverkkoDb db, AccessControl access, AuditLog audit, DirectoryCommit commit,
    IActivityPublishCheck publishCheck, TimeProvider clock)
{
    public sealed record Request(int? Version, PublicationState? State);

    public async Task<int> HandleAsync(Actor? actor, string kind, Guid id, Request request, CancellationToken cancellationToken)
    {
        DirectoryEntry? entry = kind switch
        {
            DirectorySearchDocuments.ActivityKind => await db.Activities.SingleOrDefaultAsync(a => a.Id == id, cancellationToken),
            DirectorySearchDocuments.ServiceKind => await db.Services.SingleOrDefaultAsync(a => a.Id == id, cancellationToken),
            _ => await db.MeetingPlaces.SingleOrDefaultAsync(a => a.Id == id, cancellationToken),
        };
        if (entry is null)
            throw new NotFoundException(kind switch
            {
                DirectorySearchDocuments.ActivityKind => DirectoryRules.ActivityNotFound,
                DirectorySearchDocuments.ServiceKind => DirectoryRules.ServiceNotFound,
                _ => DirectoryRules.MeetingPlaceNotFound,
            });
        await access.RequireAsync(actor, StaffAction.EditDirectory, DirectoryRelationships.Of(entry), cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required").Defined("state", request.State).ThrowIfInvalid();
        var now = clock.GetUtcNow().UtcDateTime;
        // Publishing never shows another organisation's draft place with the entry (issue #12 item 4).
        if (request.State == PublicationState.Published)
        {
            IReadOnlyList<Guid> places = entry switch
            {
                Activity a => a.MeetingPlaceId is { } p ? [p] : [],
                Service s => s.MeetingPlaceIds,
                _ => [],
            };
            RuleCheck.That(await commit.PlacesArePublicOrOwnAsync(entry.OrganisationId, places, cancellationToken), DirectoryRules.PlaceNotPublic);
        }
        if (entry is Activity activity && request.State == PublicationState.Published)
            activity.MoveTo(request.Version!.Value, request.State.Value, await publishCheck.GapsAsync(actor, activity.Id, cancellationToken), now);
        else entry.MoveTo(request.Version!.Value, request.State!.Value, now);
        audit.Record(actor, AuditEvent.DirectoryStateChanged, DirectoryRelationships.TypeOf(entry), id, request.State.Value.ToString(), entry.RegionId);
        await commit.SaveAsync(entry, cancellationToken);
        return entry.Version;
    }
}
