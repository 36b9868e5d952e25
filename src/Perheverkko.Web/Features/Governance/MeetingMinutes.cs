using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

public enum AttendanceKind
{
    Present,
    Absent,
    /// <summary>The member is absent and their own deputy attends in their place.</summary>
    DeputyAttending,
    /// <summary>Someone who is not a member (an expert, a preparer): recorded by name only.</summary>
    Guest,
}

/// <summary>How many members must be present, in person or through their deputy, for the meeting to make decisions.</summary>
public enum QuorumThreshold { MoreThanHalf, AtLeastHalf, AtLeastTwoThirds }

/// <summary>How a member attended, as entered by the secretary.</summary>
public sealed record MemberAttendance(Guid MembershipId, AttendanceKind Kind, Guid? DeputyId);

public sealed record QuorumResult(int Members, int Attending, int Required, bool Present);

/// <summary>The quorum arithmetic, kept apart so the thresholds are tested on their own.</summary>
public static class Quorum
{
    public static int Required(int members, QuorumThreshold threshold) => threshold switch
    {
        QuorumThreshold.AtLeastHalf => (members + 1) / 2,
        QuorumThreshold.AtLeastTwoThirds => (2 * members + 2) / 3,
        _ => members / 2 + 1,
    };

    /// <summary>A member counts once, whether present in person or through their deputy; guests never count.</summary>
    public static QuorumResult Of(int members, IEnumerable<Attendance> attendance, QuorumThreshold threshold)
    {
        var attending = attendance.Where(a => a.Kind is AttendanceKind.Present or AttendanceKind.DeputyAttending && a.MembershipId is not null)
            .Select(a => a.MembershipId).Distinct().Count();
        var required = Required(members, threshold);
        return new QuorumResult(members, attending, required, members > 0 && attending >= required);
    }
}

/// <summary>
/// Recording a held meeting and its minutes: attendance, per item the discussion and decision, the decision numbers
/// and the chair's approval, after which the minutes are locked.
/// </summary>
public sealed partial class Meeting
{
    /// <summary>Decisions are numbered per calendar year of the meeting's day in Finland, not of the UTC instant.</summary>
    public int DecisionYear => HelsinkiTime.ToLocal(StartsAt).Year;

    public DateOnly Day => HelsinkiTime.DateOf(StartsAt);

    public void MarkHeld(DateTime now)
    {
        RuleCheck.That(Status != MeetingStatus.MinutesApproved, GovernanceRules.MinutesLocked);
        RuleCheck.That(Status == MeetingStatus.Invited, GovernanceRules.MeetingNotInvited);
        RuleCheck.That(now >= StartsAt, GovernanceRules.MeetingNotStarted);
        Status = MeetingStatus.Held;
        HeldAt = now;
        Touch(now);
    }

    /// <summary>
    /// Replaces the attendance. <paramref name="memberships"/> are the group's memberships current on the meeting's
    /// day; a deputy may attend only for the member they are deputy for (001 §13).
    /// </summary>
    public void RecordAttendance(IReadOnlyCollection<Membership> memberships, IReadOnlyList<MemberAttendance> members, IReadOnlyList<string> guests, DateTime now)
    {
        RequireMinutesOpen();
        var byId = memberships.ToDictionary(m => m.Id);
        RuleCheck.That(members.Select(m => m.MembershipId).Distinct().Count() == members.Count, GovernanceRules.AttendanceMemberTwice);
        var rows = new List<Attendance>();
        foreach (var entry in members)
        {
            RuleCheck.That(byId.TryGetValue(entry.MembershipId, out var member) && member.Role == MembershipRole.Member, GovernanceRules.AttendanceNotAMember);
            RuleCheck.That(entry.Kind != AttendanceKind.Guest, GovernanceRules.AttendanceNotAMember);
            Membership? deputy = null;
            if (entry.Kind == AttendanceKind.DeputyAttending)
            {
                RuleCheck.That(entry.DeputyId is { } d && byId.TryGetValue(d, out deputy) && deputy.Role == MembershipRole.Deputy
                    && deputy.DeputyForId == member!.Id, GovernanceRules.AttendanceWrongDeputy);
            }
            else RuleCheck.That(entry.DeputyId is null, GovernanceRules.AttendanceWrongDeputy);
            rows.Add(new Attendance(Guid.CreateVersion7(), Id, entry.Kind, member!.Id, member.Person.Name, deputy?.Id, deputy?.Person.Name));
        }
        rows.AddRange(guests.Select(name => new Attendance(Guid.CreateVersion7(), Id, AttendanceKind.Guest, null, name, null, null)));
        Attendance.Clear();
        Attendance.AddRange(rows);
        Touch(now);
    }

    public void RecordItemMinutes(Guid itemId, string? discussion, string? decision, DateTime now)
    {
        RequireMinutesOpen();
        var item = Item(itemId);
        // A numbered decision is cited by its number; emptying it would leave a § with nothing behind it.
        RuleCheck.That(decision is not null || Decisions.All(d => d.AgendaItemId != itemId), GovernanceRules.NumberedDecisionRequired);
        item.RecordMinutes(discussion, decision);
        Touch(now);
    }

    /// <summary>
    /// Drafts the minutes from the agenda: each item with a recorded decision and no number yet gets the next number of
    /// the group's year, from <paramref name="next"/> on, in the order of the agenda. <paramref name="taken"/> are the
    /// numbers of that year already used; one of them is never handed out again.
    /// </summary>
    public IReadOnlyList<DecisionNumber> DraftMinutes(int next, IReadOnlySet<int> taken, DateTime now)
    {
        RequireMinutesOpen();
        var numbered = new List<DecisionNumber>();
        foreach (var item in AgendaItems.OrderBy(i => i.Position).Where(i => i.Decision is not null && Decisions.All(d => d.AgendaItemId != i.Id)))
        {
            RuleCheck.That(!taken.Contains(next), GovernanceRules.DecisionNumberTaken);
            var decision = new DecisionNumber(Guid.CreateVersion7(), GroupId, Id, item.Id, DecisionYear, next++);
            Decisions.Add(decision);
            numbered.Add(decision);
        }
        Status = MeetingStatus.MinutesDraft;
        Touch(now);
        return numbered;
    }

    public void ApproveMinutes(string approvedBy, DateTime now)
    {
        RuleCheck.That(Status != MeetingStatus.MinutesApproved, GovernanceRules.MinutesLocked);
        RuleCheck.That(Status == MeetingStatus.MinutesDraft, GovernanceRules.MinutesNotDrafted);
        Status = MeetingStatus.MinutesApproved;
        MinutesApprovedAt = now;
        MinutesApprovedBy = approvedBy;
        Touch(now);
    }

    /// <summary>
    /// Where the group approves minutes at its next meeting (<see cref="MinutesApproval.AtNextMeeting"/>): this meeting
    /// takes the decision to approve <paramref name="previous"/>'s minutes, as an item at the end of its own minutes
    /// that is numbered with this meeting's decisions.
    /// </summary>
    public AgendaItem RecordApprovalOfPreviousMinutes(Meeting previous, DateTime now)
    {
        RequireMinutesOpen();
        RuleCheck.That(previous.Status == MeetingStatus.MinutesDraft, GovernanceRules.NoPreviousDraft);
        var day = previous.Day.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var item = new AgendaItem(Guid.CreateVersion7(), Id, AgendaItems.Count + 1, $"Edellisen kokouksen ({day}) pöytäkirjan hyväksyminen",
            AgendaItemKind.Decision, null, null, null);
        item.RecordMinutes(null, $"Kokouksen {day} pöytäkirja hyväksyttiin.");
        AgendaItems.Add(item);
        Touch(now);
        return item;
    }

    /// <summary>The other half of <see cref="RecordApprovalOfPreviousMinutes"/>: these minutes are approved by <paramref name="decision"/> of the next meeting.</summary>
    public void ApproveMinutesByDecision(Meeting next, DecisionNumber decision, DateTime now)
    {
        RuleCheck.That(Status != MeetingStatus.MinutesApproved, GovernanceRules.MinutesLocked);
        RuleCheck.That(Status == MeetingStatus.MinutesDraft, GovernanceRules.NoPreviousDraft);
        Status = MeetingStatus.MinutesApproved;
        MinutesApprovedAt = now;
        MinutesApprovedBy = $"{decision.Label}, kokous {next.Day.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture)}";
        Touch(now);
    }

    /// <summary>
    /// A correction after approval: the item's texts change (a text not given stays as it was) and the meeting stays
    /// approved; the use case records the corrected minutes as a new version beside the approved one.
    /// </summary>
    public void CorrectMinutes(Guid itemId, string? discussion, string? decision, DateTime now)
    {
        RuleCheck.That(Status == MeetingStatus.MinutesApproved, GovernanceRules.MinutesNotApproved);
        var item = Item(itemId);
        item.RecordMinutes(discussion ?? item.Discussion, decision ?? item.Decision);
        Touch(now);
    }

    public string? DecisionLabel(Guid itemId) => Decisions.SingleOrDefault(d => d.AgendaItemId == itemId)?.Label;

    private void RequireMinutesOpen()
    {
        RuleCheck.That(Status != MeetingStatus.MinutesApproved, GovernanceRules.MinutesLocked);
        RuleCheck.That(Status is MeetingStatus.Held or MeetingStatus.MinutesDraft, GovernanceRules.MeetingNotHeld);
    }
}

/// <summary>
/// The minutes as approved (version 1) and as corrected after approval (2, 3, …), each kept as the text that was
/// mailed, with who recorded it, when and why.
/// </summary>
public sealed class MinutesVersion
{
    private MinutesVersion() { }

    public MinutesVersion(Guid id, Guid meetingId, int version, string text, string recordedBy, string? reason, DateTime recordedAt)
    {
        Id = id; MeetingId = meetingId; Version = version; Text = text; RecordedBy = recordedBy; Reason = reason; RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public int Version { get; private set; }
    public string Text { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    /// <summary>Why the approved minutes were corrected; none for the approved version itself.</summary>
    public string? Reason { get; private set; }
    public DateTime RecordedAt { get; private set; }
}

/// <summary>One line of a meeting's attendance. Names are copied so the minutes read the same after memberships end.</summary>
public sealed class Attendance
{
    private Attendance() { }

    internal Attendance(Guid id, Guid meetingId, AttendanceKind kind, Guid? membershipId, string name, Guid? deputyMembershipId, string? deputyName)
    {
        Id = id; MeetingId = meetingId; Kind = kind; MembershipId = membershipId; Name = name;
        DeputyMembershipId = deputyMembershipId; DeputyName = deputyName;
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public AttendanceKind Kind { get; private set; }
    /// <summary>The member this line is about; none for a guest.</summary>
    public Guid? MembershipId { get; private set; }
    public string Name { get; private set; } = "";
    public Guid? DeputyMembershipId { get; private set; }
    public string? DeputyName { get; private set; }
}

/// <summary>
/// A decision's number, § n/yyyy, unique per group and year. Kept in its own table so the database can hold the
/// uniqueness (group, year, number) that the agenda items, which do not know their group, could not.
/// </summary>
public sealed class DecisionNumber
{
    private DecisionNumber() { }

    internal DecisionNumber(Guid id, Guid groupId, Guid meetingId, Guid agendaItemId, int year, int number)
    { Id = id; GroupId = groupId; MeetingId = meetingId; AgendaItemId = agendaItemId; Year = year; Number = number; }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid AgendaItemId { get; private set; }
    public int Year { get; private set; }
    public int Number { get; private set; }

    public string Label => $"§ {Number}/{Year}";
}
