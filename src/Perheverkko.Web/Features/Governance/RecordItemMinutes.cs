using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Records, for one agenda item, what was discussed and what was decided.</summary>
public sealed class RecordItemMinutes(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <param name="Version">The meeting's version the writer started from; when given, a change made meanwhile refuses this one as stale.</param>
    public sealed record Request(string? Discussion, string? Decision, int? Version = null);

    public async Task HandleAsync(Actor? actor, Guid itemId, Request request, CancellationToken cancellationToken)
    {
        var meetingId = await MeetingLoader.MeetingOfItemAsync(db, itemId, cancellationToken);
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: false, withMinutes: true, cancellationToken);
        await access.RequireAsync(actor, StaffAction.RecordMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        new InputCheck()
            .Optional("discussion", request.Discussion, GovernanceLimits.Description)
            .Optional("decision", request.Decision, GovernanceLimits.Description)
            .ThrowIfInvalid();
        meeting.ExpectVersion(request.Version);
        meeting.RecordItemMinutes(itemId, request.Discussion.TrimmedOrNull(), request.Decision.TrimmedOrNull(), clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.ItemMinutesRecorded, "AgendaItem", itemId, $"meeting {meetingId}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
