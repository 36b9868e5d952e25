using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Text;

namespace Perheverkko.Web.Features.Governance;

public sealed record GroupSummaryView(Guid Id, string Slug, GroupKind Kind, LocalizedText Name, int MeetingsPerYear, GroupVisibility Visibility);

public sealed record MembershipView(Guid Id, string Name, string Email, Guid? StaffUserId, Guid OrganisationId, LocalizedText OrganisationName,
    MembershipRole Role, Guid? DeputyForId, string? DeputyForName, DateOnly From, DateOnly? To, bool Current);

public sealed record GroupRoleView(Guid Id, GroupRoleKind Kind, Guid AgreementVersionId, string Period, string Name, string Email);

/// <summary>A party of the current agreement period that has no current member, or no current deputy, in the group.</summary>
public sealed record VacancyView(Guid OrganisationId, string ListedName, bool NoMember, bool NoDeputy);

/// <summary>Times carry Finland's offset (+02:00 or +03:00), so they read as Finnish time and compare as instants.</summary>
public sealed record MeetingSummaryView(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, MeetingMode Mode, MeetingStatus Status);

public sealed record YearMeetingView(Guid Id, Guid GroupId, LocalizedText GroupName, DateTimeOffset StartsAt, DateTimeOffset EndsAt, MeetingMode Mode, MeetingStatus Status);

public sealed record GroupView(GroupSummaryView Group, string Purpose, IReadOnlyList<MembershipView> Memberships, IReadOnlyList<GroupRoleView> Roles,
    string? CurrentPeriod, IReadOnlyList<VacancyView> Vacancies, IReadOnlyList<MeetingSummaryView> Meetings, IReadOnlyList<string> PermittedActions,
    QuorumThreshold Quorum, MinutesApproval MinutesApproval);

/// <summary>Discussion, decision and its number are empty for those who do not keep the minutes until the minutes are approved.</summary>
public sealed record AgendaItemView(Guid Id, int Position, string Title, AgendaItemKind Kind, string? Preparer, string? Description,
    string DescriptionHtml, string? Proposal, string? Discussion, string? Decision, string? DecisionNumber, IReadOnlyList<AttachmentView> Attachments);

/// <summary>An agenda document; <see cref="Sha256"/> lets a reader check a copy. Downloaded from /api/v1/attachments/{id}.</summary>
public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size, string Sha256);

/// <summary>A member who has said they cannot come, and the deputies expected in their place (none: a vacancy).</summary>
public sealed record AbsenceView(Guid MembershipId, string MemberName, IReadOnlyList<DeputyChoiceView> ExpectedDeputies);

public sealed record AttendanceView(AttendanceKind Kind, Guid? MembershipId, string Name, Guid? DeputyMembershipId, string? DeputyName);

/// <summary>A current member with their deputies, for the attendance form.</summary>
public sealed record AttendeeChoiceView(Guid MembershipId, string Name, IReadOnlyList<DeputyChoiceView> Deputies);

public sealed record DeputyChoiceView(Guid MembershipId, string Name);

public sealed record MinutesVersionView(int Version, DateTime RecordedAt, string RecordedBy, string? Reason);

public sealed record QuorumView(QuorumThreshold Threshold, int Members, int Attending, int Required, bool Present);

/// <summary><see cref="AgendaVisible"/> is false for invitees until the agenda is sent: the preparers see it while they write it.</summary>
public sealed record MeetingView(Guid Id, Guid GroupId, LocalizedText GroupName, DateTimeOffset StartsAt, DateTimeOffset EndsAt, MeetingMode Mode,
    string? Place, string? VideoLink, MeetingStatus Status, int Sequence, DateTime? InvitedAt, bool AgendaVisible,
    IReadOnlyList<AgendaItemView> AgendaItems, IReadOnlyList<string> PermittedActions,
    IReadOnlyList<AttendanceView> Attendance, QuorumView? Quorum, IReadOnlyList<AttendeeChoiceView> Attendees,
    DateTime? MinutesApprovedAt, string? MinutesApprovedBy, IReadOnlyList<MinutesVersionView> MinutesVersions,
    int Version, IReadOnlyList<AbsenceView> Absences, Guid? MyMembershipId, bool IAmAbsent,
    MinutesApproval MinutesApproval, PreviousMinutesView? PreviousMinutesToApprove);

/// <summary>For a group that approves minutes at its next meeting: the earlier meeting whose drafted minutes this meeting can approve.</summary>
public sealed record PreviousMinutesView(Guid MeetingId, DateTimeOffset StartsAt);

public sealed class GovernanceQueries(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <summary>In <see cref="MeetingView.PermittedActions"/>: the caller is a member and may say they cannot come (not a catalogue action: it depends on the membership).</summary>
    public const string ReportAbsenceAction = "ReportAbsence";

    public async Task<IReadOnlyList<GroupSummaryView>> ListGroupsAsync(Actor? actor, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewGroups, cancellationToken: cancellationToken);
        // The region's groups (the region filter keeps to the caller's own), of which those the caller may see: the
        // engine answers for the whole list at once.
        var groups = await db.Groups.AsNoTracking().ToListAsync(cancellationToken);
        var permitted = await access.PermittedAsync(actor, groups.Select(GroupRelationships.ObjectOf).ToList(), [StaffAction.ViewGroup], cancellationToken);
        return groups.Where(g => permitted.Has(g.Id, StaffAction.ViewGroup))
            .OrderBy(g => g.Kind).ThenBy(g => g.Name.Fi, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false))
            .Select(Summary).ToList();
    }

    /// <summary>A group with who represents whom: names and e-mail addresses, so the read is audited.</summary>
    public async Task<GroupView> GetGroupAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var today = HelsinkiTime.Today(clock);
        var group = await db.Groups.AsNoTracking().Include(g => g.Memberships).Include(g => g.Roles)
            .SingleOrDefaultAsync(g => g.Id == id, cancellationToken) ?? throw new NotFoundException(GovernanceRules.GroupNotFound);
        var on = GroupRelationships.ObjectOf(group);
        await access.RequireAsync(actor, StaffAction.ViewGroup, on, cancellationToken);
        await audit.RecordNowAsync(actor, AuditEvent.GroupMembersRead, AuditOutcome.Succeeded, "Group", id, cancellationToken: cancellationToken);

        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var periods = await db.AgreementVersions.AsNoTracking().Where(v => v.RegionId == group.RegionId).ToListAsync(cancellationToken);
        var byId = group.Memberships.ToDictionary(m => m.Id);
        var memberships = group.Memberships
            .OrderBy(m => organisations.GetValueOrDefault(m.OrganisationId)?.Fi).ThenBy(m => m.Role).ThenBy(m => m.Person.Name)
            .Select(m => new MembershipView(m.Id, m.Person.Name, m.Person.Email, m.Person.StaffUserId, m.OrganisationId,
                organisations.GetValueOrDefault(m.OrganisationId) ?? new LocalizedText("?"), m.Role, m.DeputyForId,
                m.DeputyForId is { } d && byId.TryGetValue(d, out var member) ? member.Person.Name : null, m.From, m.To, m.IsCurrentOn(today)))
            .ToList();
        var roles = group.Roles.Join(periods, r => r.AgreementVersionId, v => v.Id, (r, v) => new { r, v })
            .OrderBy(x => x.v.StartYear).ThenBy(x => x.r.Kind)
            .Select(x => new GroupRoleView(x.r.Id, x.r.Kind, x.v.Id, x.v.Period, x.r.Person.Name, x.r.Person.Email)).ToList();

        var current = periods.FirstOrDefault(v => v.StartYear <= today.Year && v.EndYear >= today.Year);
        var vacancies = new List<VacancyView>();
        if (group.Kind == GroupKind.Leadership && current is not null)
        {
            var present = group.CurrentMemberships(today).ToList();
            var parties = await db.Parties.AsNoTracking().Where(p => p.AgreementVersionId == current.Id).OrderBy(p => p.Position).ToListAsync(cancellationToken);
            vacancies = parties
                .Select(p => new VacancyView(p.OrganisationId, p.ListedName,
                    !present.Any(m => m.OrganisationId == p.OrganisationId && m.Role == MembershipRole.Member),
                    !present.Any(m => m.OrganisationId == p.OrganisationId && m.Role == MembershipRole.Deputy)))
                .Where(v => v.NoMember || v.NoDeputy).ToList();
        }
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.GroupId == id).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
        var permitted = (await access.PermittedAsync(actor, [on], [StaffAction.ManageGroups, StaffAction.PrepareMeeting], cancellationToken)).For(group.Id);

        return new GroupView(Summary(group), group.Purpose, memberships, roles, current?.Period, vacancies,
            meetings.Select(m => new MeetingSummaryView(m.Id, Local(m.StartsAt), Local(m.EndsAt), m.Mode, m.Status)).ToList(), permitted, group.Quorum,
            group.MinutesApproval);
    }

    public async Task<MeetingView> GetMeetingAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.AgendaItems).Include(m => m.Attendance).Include(m => m.Decisions)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new NotFoundException(GovernanceRules.MeetingNotFound);
        var group = await db.Groups.AsNoTracking().Include(g => g.Memberships).SingleOrDefaultAsync(g => g.Id == meeting.GroupId, cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.MeetingNotFound);
        var on = GroupRelationships.ObjectOf(group);
        await access.RequireAsync(actor, StaffAction.ViewGroup, on, cancellationToken);
        // Attendance, absences and deputies name people: the read is audited like the group's members (issue #12 item 7).
        await audit.RecordNowAsync(actor, AuditEvent.MeetingAttendanceRead, AuditOutcome.Succeeded, "Meeting", id, cancellationToken: cancellationToken);
        var may = await access.PermittedAsync(actor, [on],
            [StaffAction.PrepareMeeting, StaffAction.RecordMeeting, StaffAction.ApproveMinutes], cancellationToken);
        var mayPrepare = may.Has(group.Id, StaffAction.PrepareMeeting);
        var mayRecord = may.Has(group.Id, StaffAction.RecordMeeting);
        var mayApprove = may.Has(group.Id, StaffAction.ApproveMinutes);
        var visible = mayPrepare || meeting.Status != MeetingStatus.Planned;
        // Draft minutes are the secretary's and the chair's working text; others read them once approved.
        var minutesVisible = mayRecord || mayApprove || meeting.Status == MeetingStatus.MinutesApproved;
        var attachments = !visible ? [] : await db.AgendaAttachments.AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.UploadedAt)
            .Select(a => new { a.AgendaItemId, View = new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256) }).ToListAsync(cancellationToken);
        var items = !visible ? [] : meeting.AgendaItems.OrderBy(i => i.Position)
            .Select(i => new AgendaItemView(i.Id, i.Position, i.Title, i.Kind, i.Preparer, i.Description, SafeMarkdown.ToSafeHtml(i.Description), i.Proposal,
                minutesVisible ? i.Discussion : null, minutesVisible ? i.Decision : null, minutesVisible ? meeting.DecisionLabel(i.Id) : null,
                attachments.Where(a => a.AgendaItemId == i.Id).Select(a => a.View).ToList()))
            .ToList();
        var open = meeting.Status is MeetingStatus.Planned or MeetingStatus.Invited;
        var permitted = new List<string>();
        if (mayPrepare && open) permitted.Add(nameof(StaffAction.PrepareMeeting));
        if (mayRecord && meeting.Status is MeetingStatus.Invited or MeetingStatus.Held or MeetingStatus.MinutesDraft) permitted.Add(nameof(StaffAction.RecordMeeting));
        // The chair approves a draft (unless the group approves at its next meeting), and corrects approved minutes as a new version.
        if ((meeting.Status == MeetingStatus.MinutesApproved || (meeting.Status == MeetingStatus.MinutesDraft && group.MinutesApproval == MinutesApproval.ByChair))
            && mayApprove)
            permitted.Add(nameof(StaffAction.ApproveMinutes));
        PreviousMinutesView? previousDraft = null;
        if (mayRecord && group.MinutesApproval == MinutesApproval.AtNextMeeting && meeting.Status is MeetingStatus.Held or MeetingStatus.MinutesDraft)
        {
            var previous = await db.Meetings.AsNoTracking()
                .Where(m => m.GroupId == group.Id && m.StartsAt < meeting.StartsAt && m.Status != MeetingStatus.Cancelled)
                .OrderByDescending(m => m.StartsAt).Select(m => new { m.Id, m.StartsAt, m.Status }).FirstOrDefaultAsync(cancellationToken);
            if (previous is { Status: MeetingStatus.MinutesDraft }) previousDraft = new PreviousMinutesView(previous.Id, Local(previous.StartsAt));
        }

        var current = group.Memberships.Where(m => m.IsCurrentOn(meeting.Day)).ToList();
        var absentIds = await db.AbsenceNotices.AsNoTracking().Where(a => a.MeetingId == id).Select(a => a.MembershipId).ToListAsync(cancellationToken);
        var absences = !visible ? [] : current.Where(m => absentIds.Contains(m.Id)).OrderBy(m => m.Person.Name)
            .Select(m => new AbsenceView(m.Id, m.Person.Name, current.Where(d => d.DeputyForId == m.Id).Select(d => new DeputyChoiceView(d.Id, d.Person.Name)).ToList()))
            .ToList();
        var mine = actor?.UserId is { } userId ? current.FirstOrDefault(m => m.Role == MembershipRole.Member && m.Person.StaffUserId == userId) : null;
        if (mine is not null && meeting.Status == MeetingStatus.Invited) permitted.Add(ReportAbsenceAction);

        var held = meeting.Status is MeetingStatus.Held or MeetingStatus.MinutesDraft or MeetingStatus.MinutesApproved;
        var attendance = !held || !minutesVisible ? [] : meeting.Attendance.OrderBy(a => a.Kind == AttendanceKind.Guest).ThenBy(a => a.Name)
            .Select(a => new AttendanceView(a.Kind, a.MembershipId, a.Name, a.DeputyMembershipId, a.DeputyName)).ToList();
        var quorum = held && minutesVisible ? MeetingQuorum.Of(group, meeting) : null;
        var attendees = !mayRecord ? [] : current.Where(m => m.Role == MembershipRole.Member).OrderBy(m => m.Person.Name)
            .Select(m => new AttendeeChoiceView(m.Id, m.Person.Name,
                current.Where(d => d.DeputyForId == m.Id).Select(d => new DeputyChoiceView(d.Id, d.Person.Name)).ToList()))
            .ToList();
        return new MeetingView(meeting.Id, group.Id, group.Name, Local(meeting.StartsAt), Local(meeting.EndsAt), meeting.Mode, meeting.Place,
            meeting.VideoLink, meeting.Status, meeting.Sequence, meeting.InvitedAt, visible, items, permitted,
            attendance, quorum is null ? null : new QuorumView(group.Quorum, quorum.Members, quorum.Attending, quorum.Required, quorum.Present),
            attendees, meeting.MinutesApprovedAt, minutesVisible ? meeting.MinutesApprovedBy : null,
            await db.MinutesVersions.AsNoTracking().Where(v => v.MeetingId == id).OrderBy(v => v.Version)
                .Select(v => new MinutesVersionView(v.Version, v.RecordedAt, v.RecordedBy, v.Reason)).ToListAsync(cancellationToken),
            meeting.Version, absences, mine?.Id, mine is not null && absentIds.Contains(mine.Id), group.MinutesApproval, previousDraft);
    }

    /// <summary>The year view: the meetings of every group the caller may see, in the year (Finnish time), in order.</summary>
    public async Task<IReadOnlyList<YearMeetingView>> MeetingsOfYearAsync(Actor? actor, int year, CancellationToken cancellationToken)
    {
        var groups = (await ListGroupsAsync(actor, cancellationToken)).ToDictionary(g => g.Id);
        var ids = groups.Keys.ToList();
        var from = HelsinkiTime.ToUtc(new DateOnly(year, 1, 1), TimeOnly.MinValue);
        var to = HelsinkiTime.ToUtc(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue);
        var meetings = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.GroupId) && m.StartsAt >= from && m.StartsAt < to)
            .OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
        return meetings.Select(m => new YearMeetingView(m.Id, m.GroupId, groups[m.GroupId].Name, Local(m.StartsAt), Local(m.EndsAt), m.Mode, m.Status)).ToList();
    }

    /// <summary>The organisations a member can represent: those still operating.</summary>
    public async Task<IReadOnlyList<(Guid Id, LocalizedText Name)>> OrganisationChoicesAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Organisations.AsNoTracking().Where(o => o.ClosedOn == null).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        return rows.OrderBy(o => o.Name.Fi, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false)).Select(o => (o.Id, o.Name)).ToList();
    }

    /// <summary>The agreement periods of the group's region a chair, vice chair or secretary is chosen for, newest first.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Period)>> PeriodChoicesAsync(Guid groupId, CancellationToken cancellationToken)
    {
        var regionId = await db.Groups.Where(g => g.Id == groupId).Select(g => (Guid?)g.RegionId).SingleOrDefaultAsync(cancellationToken);
        var periods = await db.AgreementVersions.AsNoTracking().Where(v => v.RegionId == regionId).OrderByDescending(v => v.StartYear).ToListAsync(cancellationToken);
        return periods.Select(v => (v.Id, v.Period)).ToList();
    }

    /// <summary>
    /// Who a cancellation of the meeting would be sent to, for the step that asks to confirm it: the current members and
    /// deputies (one mail per address) once the invitation has gone; nobody while the meeting is only planned.
    /// </summary>
    public async Task<int> CancellationRecipientsAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.MeetingNotFound);
        var group = await db.Groups.AsNoTracking().Include(g => g.Memberships).SingleOrDefaultAsync(g => g.Id == meeting.GroupId, cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.MeetingNotFound);
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        if (!meeting.InviteesKnow) return 0;
        return group.CurrentMemberships(HelsinkiTime.Today(clock)).Select(m => m.Person.Email.ToLowerInvariant()).Distinct().Count();
    }

    public static DateTimeOffset Local(DateTime utc)
    {
        var local = HelsinkiTime.ToLocal(utc);
        return new DateTimeOffset(local, HelsinkiTime.Zone.GetUtcOffset(local));
    }

    private static GroupSummaryView Summary(Group g) => new(g.Id, g.Slug, g.Kind, g.Name, g.MeetingsPerYear, g.Visibility);
}
