using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Loading a meeting for its minutes: the permission is decided before anything about the meeting is revealed.</summary>
internal static class MinutesAccess
{
    public static async Task<(Group Group, Meeting Meeting)> LoadForRecordAsync(PerheverkkoDb db, AccessControl access, Actor? actor,
        Guid meetingId, TimeProvider clock, CancellationToken cancellationToken, bool forApproval = false)
    {
        var groupId = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (Guid?)m.GroupId).SingleOrDefaultAsync(cancellationToken);
        var today = HelsinkiTime.Today(clock);
        if (forApproval) await GroupAccess.RequireApproveAsync(access, db, actor, groupId, today, cancellationToken);
        else await GroupAccess.RequireRecordAsync(access, db, actor, groupId, today, cancellationToken);
        if (groupId is null) throw new NotFoundException(GovernanceRules.MeetingNotFound);
        var group = await db.Groups.Include(g => g.Memberships).SingleAsync(g => g.Id == groupId, cancellationToken);
        var meeting = await db.Meetings.Include(m => m.AgendaItems).Include(m => m.Attendance).Include(m => m.Decisions)
            .AsSplitQuery().SingleAsync(m => m.Id == meetingId, cancellationToken);
        return (group, meeting);
    }
}

/// <summary>Records that the meeting took place (Invited → Held); attendance and decisions follow.</summary>
public sealed class MarkMeetingHeld(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (_, meeting) = await MinutesAccess.LoadForRecordAsync(db, access, actor, meetingId, clock, cancellationToken);
        meeting.MarkHeld(clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.MeetingHeld, "Meeting", meetingId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Records who attended: each member present, absent or represented by their deputy, and guests by name.</summary>
public sealed class RecordAttendance(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Entry(Guid? MembershipId, AttendanceKind? Kind, Guid? DeputyId);

    /// <param name="Version">The meeting's version the secretary started from; when given, a change made meanwhile refuses this one as stale.</param>
    public sealed record Request(IReadOnlyList<Entry>? Members, IReadOnlyList<string>? Guests, int? Version = null);

    public async Task<QuorumResult> HandleAsync(Actor? actor, Guid meetingId, Request request, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MinutesAccess.LoadForRecordAsync(db, access, actor, meetingId, clock, cancellationToken);
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

internal static class MeetingQuorum
{
    /// <summary>The members current on the meeting's day are the ones the quorum is counted from.</summary>
    public static QuorumResult Of(Group group, Meeting meeting) =>
        Quorum.Of(group.Memberships.Count(m => m.Role == MembershipRole.Member && m.IsCurrentOn(meeting.Day)), meeting.Attendance, group.Quorum);
}

/// <summary>Records, for one agenda item, what was discussed and what was decided.</summary>
public sealed class RecordItemMinutes(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <param name="Version">The meeting's version the writer started from; when given, a change made meanwhile refuses this one as stale.</param>
    public sealed record Request(string? Discussion, string? Decision, int? Version = null);

    public async Task HandleAsync(Actor? actor, Guid itemId, Request request, CancellationToken cancellationToken)
    {
        var meetingId = await UpdateAgendaItem.MeetingOf(db, itemId, cancellationToken);
        var (_, meeting) = await MinutesAccess.LoadForRecordAsync(db, access, actor, meetingId ?? Guid.Empty, clock, cancellationToken);
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

/// <summary>Sets how many members make a quorum in a group.</summary>
public sealed class SetGroupQuorum(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Request(QuorumThreshold? Quorum);

    public async Task HandleAsync(Actor? actor, Guid groupId, Request request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ManageGroups, objectType: "Group", objectId: groupId, cancellationToken: cancellationToken);
        new InputCheck().Defined("quorum", request.Quorum).ThrowIfInvalid();
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken) ?? throw new NotFoundException(GovernanceRules.GroupNotFound);
        group.SetQuorum(request.Quorum!.Value);
        audit.Record(actor, AuditEvent.GroupQuorumSet, "Group", groupId, request.Quorum.Value.ToString());
        await db.SaveChangesAsync(cancellationToken);
    }
}
