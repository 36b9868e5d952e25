using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>How the contact reached Perheneuvo (003 §3.4: at a meeting place, by phone, electronically).</summary>
public enum ContactChannel { Electronic, Phone, MeetingPlace }

/// <summary>How the family wants to be answered.</summary>
public enum AnswerBy { Email, PhoneCall, AnswerPage }

public enum ContactState
{
    /// <summary>Waiting in its team's or the regional queue; nobody has taken it.</summary>
    Received,
    /// <summary>A worker has taken it (or the family wrote again after an answer).</summary>
    InProgress,
    /// <summary>Answered; waiting for the family or for closing.</summary>
    Answered,
    Closed,
}

/// <summary>How a contact ended: what the statistics count.</summary>
public enum ContactOutcome { GuidanceGiven, ReferredToService, ReferredToActivity, NotReached, Other }

/// <summary>
/// One family's contact with Perheneuvo (a question, a call, a visit): guidance and counselling, not a social-welfare
/// client record. The family's words and contact details are sealed (encrypted, decision 0029) by the use cases; this
/// class holds them as sealed strings and never sees them in the clear. After the retention time the content goes and
/// the row stays as the anonymous statistics row: region, municipality, topic, channel, outcome and the times.
/// </summary>
public sealed class FamilyContact : IRegionOwned
{
    public const int QuestionMaxLength = 4000;
    public const int NameMaxLength = 200;

    private readonly List<ContactEntry> entries = [];
    private readonly List<AnswerLink> answerLinks = [];

    private FamilyContact() { }

    public FamilyContact(Guid id, Guid regionId, string reference, ContactChannel channel, Guid? municipalityId, Guid topicId,
        AnswerBy answerBy, string language, SealedContactDetails details, Guid? teamId, DateOnly dueOn, DateTime now, Guid? recordedById = null)
    {
        Id = id; RegionId = regionId; Reference = reference; Channel = channel; MunicipalityId = municipalityId; TopicId = topicId;
        AnswerBy = answerBy; Language = language; Details = details; TeamId = teamId; DueOn = dueOn; ReceivedAt = now;
        RecordedById = recordedById; State = ContactState.Received; Version = 1; UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    /// <summary>The code the family is given on the receipt ("PN-7K3D-Q9M2"): unique within the region, no personal data.</summary>
    public string Reference { get; private set; } = "";
    public ContactChannel Channel { get; private set; }
    /// <summary>Null: the family did not know or say.</summary>
    public Guid? MunicipalityId { get; private set; }
    public Guid TopicId { get; private set; }
    public AnswerBy AnswerBy { get; private set; }
    /// <summary>The language the family wrote in: e-mails to them go in it.</summary>
    public string Language { get; private set; } = "fi";
    public SealedContactDetails Details { get; private set; } = SealedContactDetails.None;
    /// <summary>The municipality team whose queue it is in; null is the regional queue the coordinator sees.</summary>
    public Guid? TeamId { get; private set; }
    /// <summary>The worker who took it.</summary>
    public Guid? AssignedToId { get; private set; }
    /// <summary>The staff member who recorded a contact that came by phone or at a meeting place.</summary>
    public Guid? RecordedById { get; private set; }
    public ContactState State { get; private set; }
    public ContactOutcome? Outcome { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    /// <summary>The first answer is due by the end of this Finnish working day.</summary>
    public DateOnly DueOn { get; private set; }
    public DateTime? FirstAnsweredAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    /// <summary>When the retention job deleted the family's words and details; the row stays for the statistics.</summary>
    public DateTime? ContentDeletedAt { get; private set; }
    /// <summary>When staff revoked the family's answer links (all of them).</summary>
    public DateTime? AnswerLinkRevokedAt { get; private set; }
    /// <summary>When the team was reminded of an overdue first answer, and when the coordinator was.</summary>
    public DateTime? TeamRemindedAt { get; private set; }
    public DateTime? CoordinatorRemindedAt { get; private set; }
    public int Version { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<ContactEntry> Entries => entries;
    /// <summary>
    /// The hashes of the links to the family's private answer page: the receipt's, and a fresh one in every e-mail (only
    /// hashes are stored, so a later e-mail cannot repeat an earlier link). All work until revoked or the content is deleted.
    /// </summary>
    public IReadOnlyList<AnswerLink> AnswerLinks => answerLinks;

    public bool IsContentDeleted => ContentDeletedAt is not null;
    public bool IsAnswerLinkActive => answerLinks.Count > 0 && AnswerLinkRevokedAt is null && !IsContentDeleted;

    /// <summary>Overdue: no first answer and the due day has passed (Helsinki date).</summary>
    public bool IsOverdue(DateOnly today) => FirstAnsweredAt is null && State != ContactState.Closed && today > DueOn;

    /// <summary>A new link to the answer page (its secret's SHA-256); the secret goes to the family once and is not kept.</summary>
    public void IssueAnswerLink(string hash, DateTime now)
    {
        RuleCheck.That(AnswerLinkRevokedAt is null && !IsContentDeleted, FamilyAdviceRules.NotFound);
        answerLinks.Add(new AnswerLink(Guid.CreateVersion7(), Id, hash, now));
    }

    /// <summary>The family's first words, or a staff member's account of a call or visit.</summary>
    public ContactEntry Open(string sealedQuestion, DateTime now) => Add(ContactEntryKind.FamilyMessage, null, sealedQuestion, null, now);

    public void Claim(int expectedVersion, Guid workerId, DateTime now)
    {
        Begin(expectedVersion);
        RuleCheck.That(State != ContactState.Closed, FamilyAdviceRules.Closed);
        AssignedToId = workerId;
        if (State == ContactState.Received) State = ContactState.InProgress;
        Add(ContactEntryKind.Assignment, workerId, null, workerId, now);
    }

    /// <summary>Assign to a member of the contact's team (the caller checks the membership).</summary>
    public void Assign(int expectedVersion, Guid workerId, Guid assignedBy, DateTime now)
    {
        Begin(expectedVersion);
        RuleCheck.That(State != ContactState.Closed, FamilyAdviceRules.Closed);
        AssignedToId = workerId;
        if (State == ContactState.Received) State = ContactState.InProgress;
        Add(ContactEntryKind.Assignment, assignedBy, null, workerId, now);
    }

    /// <summary>To another municipality's team (or the regional queue), with a reason; whoever had it no longer does.</summary>
    public void Transfer(int expectedVersion, Guid? toTeamId, Guid? toMunicipalityId, string sealedReason, Guid by, DateTime now)
    {
        Begin(expectedVersion);
        RuleCheck.That(State != ContactState.Closed, FamilyAdviceRules.Closed);
        RuleCheck.That(toTeamId != TeamId, FamilyAdviceRules.TransferToSameTeam);
        TeamId = toTeamId;
        MunicipalityId = toMunicipalityId ?? MunicipalityId;
        AssignedToId = null;
        State = FirstAnsweredAt is null ? ContactState.Received : ContactState.InProgress;
        Add(ContactEntryKind.Transfer, by, sealedReason, toTeamId, now);
    }

    /// <summary>An answer the family reads on their page (and by e-mail when they gave one).</summary>
    public ContactEntry Reply(int expectedVersion, string sealedText, Guid by, DateTime now)
    {
        Begin(expectedVersion);
        RuleCheck.That(State != ContactState.Closed, FamilyAdviceRules.Closed);
        Answered(by, now);
        return Add(ContactEntryKind.Reply, by, sealedText, null, now);
    }

    /// <summary>A call back made (reached or not), with what was said in short.</summary>
    public ContactEntry RecordCall(int expectedVersion, string sealedSummary, Guid by, DateTime now)
    {
        Begin(expectedVersion);
        RuleCheck.That(State != ContactState.Closed, FamilyAdviceRules.Closed);
        Answered(by, now);
        return Add(ContactEntryKind.CallMade, by, sealedSummary, null, now);
    }

    /// <summary>Guidance to a service or activity of the directory: the family's page shows its public link.</summary>
    public ContactEntry Refer(int expectedVersion, Guid directoryEntryId, string? sealedText, Guid by, DateTime now)
    {
        Begin(expectedVersion);
        RuleCheck.That(State != ContactState.Closed, FamilyAdviceRules.Closed);
        Answered(by, now);
        return Add(ContactEntryKind.Referral, by, sealedText, directoryEntryId, now);
    }

    /// <summary>An internal note: never shown to the family.</summary>
    public ContactEntry Note(int expectedVersion, string sealedText, Guid by, DateTime now)
    {
        Begin(expectedVersion);
        RuleCheck.That(!IsContentDeleted, FamilyAdviceRules.ContentDeleted);
        return Add(ContactEntryKind.Note, by, sealedText, null, now);
    }

    /// <summary>
    /// The family wrote again on their page. A closed contact opens again (its content is still kept), so nothing the
    /// family writes waits unseen in a closed case; it goes back to the queue of its team.
    /// </summary>
    public ContactEntry FamilyWrites(string sealedText, DateTime now)
    {
        RuleCheck.That(IsAnswerLinkActive, FamilyAdviceRules.NotFound);
        if (State == ContactState.Closed)
        {
            State = ContactState.InProgress;
            ClosedAt = null;
            Outcome = null;
            Add(ContactEntryKind.Reopening, null, null, null, now);
        }
        else if (State == ContactState.Answered) State = ContactState.InProgress;
        Version++;
        UpdatedAt = now;
        return Add(ContactEntryKind.FamilyMessage, null, sealedText, null, now);
    }

    public void Close(int expectedVersion, ContactOutcome outcome, Guid by, DateTime now)
    {
        Begin(expectedVersion);
        RuleCheck.That(State != ContactState.Closed, FamilyAdviceRules.Closed);
        State = ContactState.Closed;
        Outcome = outcome;
        ClosedAt = now;
        Add(ContactEntryKind.Closing, by, null, null, now);
    }

    public void RevokeAnswerLink(int expectedVersion, Guid by, DateTime now)
    {
        Begin(expectedVersion);
        RuleCheck.That(AnswerLinkRevokedAt is null, FamilyAdviceRules.LinkAlreadyRevoked);
        AnswerLinkRevokedAt = now;
        Add(ContactEntryKind.LinkRevoked, by, null, null, now);
    }

    public void RemindedTeam(DateTime now) => TeamRemindedAt = now;
    public void RemindedCoordinator(DateTime now) => CoordinatorRemindedAt = now;

    /// <summary>
    /// The retention job's step: the family's words, details, the notes and the link go; what the statistics count stays.
    /// Entries are removed by the caller (they are the words); the reference code goes too, as it links a person to the row.
    /// </summary>
    public void DeleteContent(DateTime now)
    {
        Details = SealedContactDetails.None;
        answerLinks.Clear();
        Reference = $"deleted-{Id:N}";
        entries.Clear();
        ContentDeletedAt = now;
        Version++;
        UpdatedAt = now;
    }

    private void Answered(Guid by, DateTime now)
    {
        FirstAnsweredAt ??= now;
        AssignedToId ??= by;
        State = ContactState.Answered;
    }

    private void Begin(int expectedVersion)
    {
        RuleCheck.That(expectedVersion == Version, FamilyAdviceRules.Stale);
        RuleCheck.That(!IsContentDeleted, FamilyAdviceRules.ContentDeleted);
    }

    private ContactEntry Add(ContactEntryKind kind, Guid? authorId, string? sealedText, Guid? targetId, DateTime now)
    {
        var entry = new ContactEntry(Guid.CreateVersion7(), Id, kind, authorId, sealedText, targetId, now);
        entries.Add(entry);
        Version++;
        UpdatedAt = now;
        return entry;
    }
}

/// <summary>One link to a family's answer page: the SHA-256 (hex) of its secret.</summary>
public sealed class AnswerLink
{
    private AnswerLink() { }
    public AnswerLink(Guid id, Guid contactId, string hash, DateTime issuedAt) { Id = id; ContactId = contactId; Hash = hash; IssuedAt = issuedAt; }

    public Guid Id { get; private set; }
    public Guid ContactId { get; private set; }
    public string Hash { get; private set; } = "";
    public DateTime IssuedAt { get; private set; }
}

/// <summary>The family's optional name and how to reach them, each sealed; a phone call back asks for a number and a time window.</summary>
public sealed record SealedContactDetails(string? Name, string? Email, string? Phone, string? CallWindow)
{
    public static SealedContactDetails None { get; } = new(null, null, null, null);
}

public enum ContactEntryKind
{
    /// <summary>The family's words (the first question, or a later message on their page).</summary>
    FamilyMessage,
    Reply,
    CallMade,
    Referral,
    Note,
    Assignment,
    Transfer,
    Closing,
    Reopening,
    LinkRevoked,
}

/// <summary>One step in a contact's history. Only family messages, replies, calls and referrals are shown to the family.</summary>
public sealed class ContactEntry
{
    private ContactEntry() { }

    public ContactEntry(Guid id, Guid contactId, ContactEntryKind kind, Guid? authorId, string? sealedText, Guid? targetId, DateTime at)
    { Id = id; ContactId = contactId; Kind = kind; AuthorId = authorId; SealedText = sealedText; TargetId = targetId; At = at; }

    public Guid Id { get; private set; }
    public Guid ContactId { get; private set; }
    public ContactEntryKind Kind { get; private set; }
    /// <summary>The staff member; null for the family.</summary>
    public Guid? AuthorId { get; private set; }
    /// <summary>The words, sealed (decision 0029).</summary>
    public string? SealedText { get; private set; }
    /// <summary>A referral's directory entry, a transfer's team, an assignment's worker.</summary>
    public Guid? TargetId { get; private set; }
    public DateTime At { get; private set; }

    public bool IsShownToFamily => Kind is ContactEntryKind.FamilyMessage or ContactEntryKind.Reply or ContactEntryKind.CallMade or ContactEntryKind.Referral;
}
