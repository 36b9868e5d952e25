using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Records who attended: each member present, absent or represented by their deputy, and guests by name.</summary>
public sealed class RecordAttendance(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Entry(Guid? MembershipId, AttendanceKind? Kind, Guid? DeputyId);

    /// <param name="Version">The meeting's version the secretary started from; when given, a change made meanwhile refuses this one as stale.</param>
    public sealed record Request(IReadOnlyList<Entry>? Members, IReadOnlyList<string>? Guests, int? Version = null);

    public async Task<QuorumResult> HandleAsync(Actor? actor, Guid meetingId, Request request, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: true, withMinutes: true, cancellationToken);
        await access.RequireAsync(actor, StaffAction.RecordMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        var guests = (request.Guests ?? []).Select(InputText.TrimmedOrNull).OfType<string>().ToList();
        new InputCheck()
            .That(request.Members is not null, "members", "validation.required")
            .That(request.Members is null || request.Members.All(e => e is { MembershipId: not null, Kind: not null } && Enum.IsDefined(e.Kind.Value)), "members", "validation.choice")
            .That(guests.All(g => g.Length <= GovernanceLimits.Name), "guests", "validation.max_length", GovernanceLimits.Name)
            .ThrowIfInvalid();

        meeting.ExpectVersion(request.Version);
        var current = group.Memberships.Where(m => m.IsCurrentOn(meeting.Day)).ToList();
        meeting.RecordAttendance(current, request.Members!.Select(e => new MemberAttendance(e.MembershipId!.Value, e.Kind!.Value, e.DeputyId)).ToList(),
            guests, clock.GetUtcNow().UtcDateTime);
        var quorum = MeetingQuorum.Of(group, meeting);
        audit.Record(actor, AuditEvent.AttendanceRecorded, "Meeting", meetingId, $"{quorum.Attending}/{quorum.Members} members, quorum {quorum.Present}");
        await db.SaveChangesAsync(cancellationToken);
        return quorum;
    }
}
