using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

public enum MeetingMode { InPerson, Remote, Hybrid }

public enum MeetingStatus { Planned, Invited, Held, MinutesDraft, MinutesApproved, Cancelled }

public enum AgendaItemKind
{
    Information,
    Discussion,
    Decision,
    /// <summary>A document on the service whole that goes on to the parties' own decision-making (001 §7 ii, §8).</summary>
    ForPartiesDecisionMaking,
}

/// <summary>
/// A meeting of a group. Times are kept in UTC and shown in Europe/Helsinki. <see cref="Sequence"/> is the
/// iCalendar SEQUENCE: it rises with every change the invitees must hear about, so their calendars replace the old event.
/// </summary>
public sealed partial class Meeting
{
    private Meeting() { }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    public MeetingMode Mode { get; private set; }
    public string? Place { get; private set; }
    public string? VideoLink { get; private set; }
    public MeetingStatus Status { get; private set; }
    public int Sequence { get; private set; }
    public DateTime? InvitedAt { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>
    /// Rises with every change to the meeting, its agenda or its minutes. Forms and API clients send the version they
    /// started from, so of two people editing at once the later one is told instead of silently overwriting; the
    /// column is also EF Core's concurrency token, which catches two saves racing past that check.
    /// </summary>
    public int Version { get; private set; }
    public List<AgendaItem> AgendaItems { get; private set; } = [];
    public DateTime? HeldAt { get; private set; }
    public DateTime? MinutesApprovedAt { get; private set; }
    public string? MinutesApprovedBy { get; private set; }
    public List<Attendance> Attendance { get; private set; } = [];
    public List<DecisionNumber> Decisions { get; private set; } = [];

    public TimeSpan Duration => EndsAt - StartsAt;

    /// <summary>Whether invitees have been told about this meeting and so must hear of changes.</summary>
    public bool InviteesKnow => Status == MeetingStatus.Invited;

    public static Meeting Plan(Guid id, Guid groupId, DateTime startsAt, DateTime endsAt, MeetingMode mode, string? place,
        string? videoLink, DateTime now)
    {
        RuleCheck.That(endsAt > startsAt, GovernanceRules.MeetingEndsBeforeStart);
        return new Meeting
        {
            Id = id, GroupId = groupId, StartsAt = startsAt, EndsAt = endsAt, Mode = mode, Place = place, VideoLink = videoLink,
            Status = MeetingStatus.Planned, CreatedAt = now, UpdatedAt = now, Version = 1,
        };
    }

    /// <returns>True when the invitees already have the meeting and must be sent an update.</returns>
    public bool Reschedule(DateTime startsAt, DateTime endsAt, MeetingMode mode, string? place, string? videoLink, DateTime now)
    {
        RequireOpen();
        RuleCheck.That(endsAt > startsAt, GovernanceRules.MeetingEndsBeforeStart);
        var changed = startsAt != StartsAt || endsAt != EndsAt || mode != Mode || place != Place || videoLink != VideoLink;
        (StartsAt, EndsAt, Mode, Place, VideoLink) = (startsAt, endsAt, mode, place, videoLink);
        Touch(now);
        if (!changed || !InviteesKnow) return false;
        Sequence++;
        return true;
    }

    /// <summary>Sending the agenda: the first send is SEQUENCE 0; sending again (a changed agenda) is an update.</summary>
    public void SendInvitation(int recipientCount, DateTime now)
    {
        RequireOpen();
        // An invitation to a meeting already under way tells no one anything in time; what happened is recorded instead.
        RuleCheck.That(now < StartsAt, GovernanceRules.MeetingStarted);
        RuleCheck.That(AgendaItems.Count > 0, GovernanceRules.AgendaEmpty);
        RuleCheck.That(recipientCount > 0, GovernanceRules.NoMembers);
        if (Status == MeetingStatus.Invited) Sequence++;
        Status = MeetingStatus.Invited;
        InvitedAt = now;
        Touch(now);
    }

    /// <returns>True when the invitees must be sent a cancellation.</returns>
    public bool Cancel(DateTime now)
    {
        RequireOpen();
        var tell = InviteesKnow;
        Status = MeetingStatus.Cancelled;
        Touch(now);
        if (tell) Sequence++;
        return tell;
    }

    public AgendaItem AddAgendaItem(string title, AgendaItemKind kind, string? preparer, string? description, string? proposal, DateTime now)
    {
        RequireOpen();
        var item = new AgendaItem(Guid.CreateVersion7(), Id, AgendaItems.Count + 1, title, kind, preparer, description, proposal);
        AgendaItems.Add(item);
        Touch(now);
        return item;
    }

    public void UpdateAgendaItem(Guid itemId, string title, AgendaItemKind kind, string? preparer, string? description, string? proposal,
        int? position, DateTime now)
    {
        RequireOpen();
        var item = Item(itemId);
        item.Change(title, kind, preparer, description, proposal);
        if (position is { } target) Move(item, target);
        Touch(now);
    }

    /// <summary>Moves an item to another place in the agenda (1 is first); the items between shift by one.</summary>
    public void MoveAgendaItem(Guid itemId, int position, DateTime now)
    {
        RequireOpen();
        Move(Item(itemId), position);
        Touch(now);
    }

    private void Move(AgendaItem item, int position)
    {
        var ordered = AgendaItems.OrderBy(i => i.Position).Where(i => i.Id != item.Id).ToList();
        ordered.Insert(Math.Clamp(position, 1, ordered.Count + 1) - 1, item);
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i + 1;
    }

    public void RemoveAgendaItem(Guid itemId, DateTime now)
    {
        RequireOpen();
        AgendaItems.Remove(Item(itemId));
        var position = 1;
        foreach (var item in AgendaItems.OrderBy(i => i.Position)) item.Position = position++;
        Touch(now);
    }

    /// <summary>Refuses a change made from an older version of the meeting than the current one.</summary>
    public void ExpectVersion(int? expected)
    {
        if (expected is { } version) RuleCheck.That(version == Version, GovernanceRules.MeetingStale);
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }

    private AgendaItem Item(Guid itemId) =>
        AgendaItems.SingleOrDefault(i => i.Id == itemId) ?? throw new NotFoundException(GovernanceRules.AgendaItemNotFound);

    private void RequireOpen() =>
        RuleCheck.That(Status is MeetingStatus.Planned or MeetingStatus.Invited, GovernanceRules.MeetingClosed);
}

/// <summary>One item of a meeting's agenda. The description is Markdown, rendered and sanitised on display.</summary>
public sealed class AgendaItem
{
    private AgendaItem() { }

    internal AgendaItem(Guid id, Guid meetingId, int position, string title, AgendaItemKind kind, string? preparer, string? description, string? proposal)
    {
        Id = id; MeetingId = meetingId; Position = position;
        Change(title, kind, preparer, description, proposal);
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public int Position { get; internal set; }
    public string Title { get; private set; } = "";
    public AgendaItemKind Kind { get; private set; }
    public string? Preparer { get; private set; }
    public string? Description { get; private set; }
    public string? Proposal { get; private set; }
    /// <summary>What was said at the meeting, for the minutes.</summary>
    public string? Discussion { get; private set; }
    /// <summary>The decision as recorded at the meeting; numbered (§ n/yyyy) when the minutes are drafted.</summary>
    public string? Decision { get; private set; }

    internal void RecordMinutes(string? discussion, string? decision) => (Discussion, Decision) = (discussion, decision);

    internal void Change(string title, AgendaItemKind kind, string? preparer, string? description, string? proposal)
    {
        Title = title; Kind = kind; Preparer = preparer; Description = description; Proposal = proposal;
    }
}
