using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>The rules of decisions, signing, notice and evidence, each with its stable code, declared once.</summary>
public static class SigningRules
{
    public static readonly Rule PartyNotFound = new("party.not_found", "This organisation is not a party to this agreement version.", RuleKind.NotFound);
    public static readonly Rule NotOutForDecisions = new("agreement.not_out_for_decisions", "Only a version frozen and out for the parties' decisions can be sent for signatures.", RuleKind.Conflict);
    public static readonly Rule NotOutForSigning = new("agreement.not_out_for_signing", "This version is not out for signing.", RuleKind.Conflict);
    public static readonly Rule NotInForce = new("agreement.not_in_force", "This version is not in force.", RuleKind.Conflict);
    public static readonly Rule EndBeforeStart = new("agreement.end_before_start", "A version cannot end before it entered into force.", Field: "lastDay");
    public static readonly Rule DecisionsClosed = new("decision.version_not_open", "Decisions are recorded for a version that is out for decisions, out for signing or in force.", RuleKind.Conflict);
    public static readonly Rule DecisionInFuture = new("decision.date_in_future", "The meeting date of a decision cannot be in the future.", Field: "meetingDate");
    public static readonly Rule DecisionBeforeFreeze = new("decision.before_freeze", "The decision is dated before the text was frozen for decisions; it cannot be about this text.", Field: "meetingDate");
    public static readonly Rule DecisionAfterSigning = new("decision.party_signed", "The party has signed on the basis of its decision; the decision can no longer be changed.", RuleKind.Conflict);
    public static readonly Rule NoDecision = new("decision.not_found", "No decision has been recorded for this party.", RuleKind.NotFound);
    public static readonly Rule AttachmentNotPdf = new("decision_attachment.not_pdf", "The attachment must be a PDF file.", Field: "attachment");
    public static readonly Rule AttachmentTooLarge = new("decision_attachment.too_large", "The attachment may be at most 20 MB.", Field: "attachment");
    public static readonly Rule AttachmentNotFound = new("decision_attachment.not_found", "The decision has no attachment.", RuleKind.NotFound);
    public static readonly Rule SignatoryCount = new("signatories.count", "Name one signatory, or two when the party's rules say two sign together.", Field: "signatories");
    public static readonly Rule SignatoryTwice = new("signatories.twice", "The same person cannot be both signatories.", Field: "signatories");
    public static readonly Rule SignatoryNotStaff = new("signatories.not_staff_of_party", "A signatory must have a staff account of the party's own organisation.", Field: "signatories");
    public static readonly Rule SignatoriesFixed = new("signatories.fixed", "The party has already signed or rejected; its signatories can no longer change.", RuleKind.Conflict);
    public static readonly Rule TokenCannotSign = new("signature.token_cannot_sign", "An access token cannot sign: sign in to the service with a second factor and sign on the signing page.");
    public static readonly Rule SecondFactorRequired = new("signature.second_factor_required", "Signing needs a sign-in with a second factor (an authenticator app). Turn it on in your profile and sign in again.");
    public static readonly Rule ConsentRequired = new("signature.consent_required", "Confirm that you sign the agreement on behalf of the party.", Field: "consent");
    public static readonly Rule NotSignatory = new("signature.not_signatory", "You are not a named signatory of this party.");
    public static readonly Rule AlreadySigned = new("signature.already_given", "You have already signed or rejected this version for this party.", RuleKind.Conflict);
    public static readonly Rule NoApprovedDecision = new("signature.no_approved_decision", "The party's approving decision must be recorded before it signs: the decision is the basis of the signatory's authority.");
    public static readonly Rule HashMismatch = new("signature.hash_mismatch", "The text hash does not match the frozen text of this version; reload the signing page.", Field: "textHash");
    public static readonly Rule ChainBusy = new("signature.concurrent", "Another signature was recorded at the same moment; try again.", RuleKind.Conflict);
    public static readonly Rule NoticeNotAParty = new("notice.not_a_party", "Notice can be given only by a party of a version in force whose participation has not ended or been set to end.", RuleKind.Conflict);
    public static readonly Rule NoticeAlreadyGiven = new("notice.already_given", "The party has already given notice.", RuleKind.Conflict);
    public static readonly Rule NoticeConfirmationRequired = new("notice.confirmation_required", "Confirm the notice and the end date it gives.", Field: "confirm");
    public static readonly Rule NoNotice = new("notice.none", "The party has not given notice.", RuleKind.Conflict);
    public static readonly Rule NoticeInEffect = new("notice.in_effect", "The notice has taken effect; it can no longer be withdrawn.", RuleKind.Conflict);
    public static readonly Rule AlreadyEnding = new("party.already_ending", "The party's participation already has an end date.", RuleKind.Conflict);
    public static readonly Rule LeavingBeforeJoining = new("party.leaving_before_joining", "A party cannot leave before it joined.", Field: "lastDay");
    public static readonly Rule AlreadyParty = new("party.exists", "The organisation is already a party to this version.", RuleKind.Conflict, "organisationId");
    public static readonly Rule OrganisationNotFound = new("party.organisation_not_found", "No such organisation.", RuleKind.NotFound, "organisationId");
    public static readonly Rule AccessionClosed = new("party.version_closed", "Parties are added to a version before it has ended.", RuleKind.Conflict);
    public static readonly Rule VerifyNothing = new("verify.nothing_given", "Give the agreement text or a signing certificate (JSON).");
    public static readonly Rule CertificateUnreadable = new("verify.certificate_unreadable", "The file is not a signing certificate of this service (JSON).", Field: "certificate");
}

public enum SigningRule
{
    /// <summary>One office-holder signs for the party.</summary>
    Single,
    /// <summary>Two sign together (kaksi yhdessä), as the party's own rules may require.</summary>
    Joint,
}

public enum PartyEnd
{
    /// <summary>Notice under 001 §21.</summary>
    Notice,
    /// <summary>Recorded by the coordinator: the organisation ceased, merged, or did not join in time.</summary>
    Leaving,
    /// <summary>The version itself ended (its period is over, or the next version replaced it).</summary>
    VersionEnded,
}

public enum DecisionStatus
{
    Pending,
    Approved,
    Rejected,
    /// <summary>The party's organ did not decide in time for this version.</summary>
    NotInTime,
}

/// <summary>A staff account named to sign for a party (001 §23 allekirjoittaja).</summary>
public sealed class PartySignatory
{
    private PartySignatory() { }
    public PartySignatory(Guid id, Guid partyId, Guid staffUserId, string name, string email)
    { Id = id; PartyId = partyId; StaffUserId = staffUserId; Name = name; Email = email; }

    public Guid Id { get; private set; }
    public Guid PartyId { get; private set; }
    public Guid StaffUserId { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    /// <summary>When the signing link was last mailed (first notice or reminder); reminders count from here.</summary>
    public DateTime? LastNotifiedAt { get; private set; }

    public void Notified(DateTime now) => LastNotifiedAt = now;
}

/// <summary>A party's decision on a version, as its organ's minutes record it (seed 002).</summary>
public sealed class PartyDecision
{
    private PartyDecision() { }
    public PartyDecision(Guid id, Guid partyId) { Id = id; PartyId = partyId; }

    public Guid Id { get; private set; }
    public Guid PartyId { get; private set; }
    /// <summary>The deciding organ, e.g. "Vapaa-aika- ja sivistyslautakunta" (VAPSILTK).</summary>
    public string Organ { get; private set; } = "";
    public DateOnly MeetingDate { get; private set; }
    /// <summary>The § number in the organ's minutes.</summary>
    public int Section { get; private set; }
    /// <summary>The register (diary) number, e.g. 33/12.07.02/2022.</summary>
    public string? RegisterNumber { get; private set; }
    public string? Background { get; private set; }
    public string? Proposal { get; private set; }
    public string? Decision { get; private set; }
    public string? Preparer { get; private set; }
    public string? Presenter { get; private set; }
    /// <summary>The office-holder(s) the decision authorises to sign, as the decision words it.</summary>
    public string? AuthorisedToSign { get; private set; }
    public DecisionStatus Status { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public string? AttachmentFileName { get; private set; }
    public string? AttachmentSha256 { get; private set; }
    public long? AttachmentSize { get; private set; }

    /// <summary>How the decision is cited: organ, date and §, and the register number.</summary>
    public string Reference => $"{Organ} {MeetingDate.ToString("d.M.yyyy", CultureInfo.InvariantCulture)} § {Section}" +
        (RegisterNumber is null ? "" : $", {RegisterNumber}");

    public void Record(string organ, DateOnly meetingDate, int section, string? registerNumber, string? background, string? proposal,
        string? decision, string? preparer, string? presenter, string? authorisedToSign, DecisionStatus status,
        DateOnly today, DateOnly? frozenOn, string recordedBy, DateTime now)
    {
        RuleCheck.That(meetingDate <= today, SigningRules.DecisionInFuture);
        RuleCheck.That(frozenOn is not { } frozen || meetingDate >= frozen, SigningRules.DecisionBeforeFreeze);
        Organ = organ; MeetingDate = meetingDate; Section = section; RegisterNumber = registerNumber; Background = background;
        Proposal = proposal; Decision = decision; Preparer = preparer; Presenter = presenter; AuthorisedToSign = authorisedToSign;
        Status = status; RecordedBy = recordedBy; RecordedAt = now;
    }

    public void Attach(string fileName, string sha256, long size)
    {
        AttachmentFileName = fileName; AttachmentSha256 = sha256; AttachmentSize = size;
    }
}

/// <summary>The minutes excerpt of a decision, kept in the database next to its SHA-256 (see docs/agreement-signing.md).</summary>
public sealed class DecisionAttachment
{
    public const long MaxBytes = 20L * 1024 * 1024;

    private DecisionAttachment() { }
    public DecisionAttachment(Guid decisionId, byte[] content) { DecisionId = decisionId; Content = content; }

    public Guid DecisionId { get; private set; }
    public byte[] Content { get; private set; } = [];

    public void Replace(byte[] content) => Content = content;
}

public enum SigningEventKind
{
    SentForSigning,
    Signed,
    Rejected,
}

/// <summary>
/// One link of a version's signing evidence: sending for signatures, a signature or a rejection. Never changed after
/// it is written; its <see cref="Hash"/> covers the previous event's hash and its own canonical fields, so a change
/// to any stored event breaks the chain from there on.
/// </summary>
public sealed class SigningEvent
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private SigningEvent() { }

    public Guid Id { get; private set; }
    public Guid AgreementVersionId { get; private set; }
    /// <summary>1, 2, 3… per version; unique, so two events cannot claim the same place in the chain.</summary>
    public int Sequence { get; private set; }
    public SigningEventKind Kind { get; private set; }
    /// <summary>UTC, whole microseconds (what both databases keep exactly).</summary>
    public DateTime OccurredAt { get; private set; }
    public string TextHash { get; private set; } = "";
    public Guid? PartyId { get; private set; }
    public string? PartyName { get; private set; }
    public Guid? SignatoryUserId { get; private set; }
    public string? SignatoryName { get; private set; }
    /// <summary>The basis of the signatory's authority: the party's decision reference.</summary>
    public string? AuthorityBasis { get; private set; }
    public string? Reason { get; private set; }
    public string PreviousHash { get; private set; } = Genesis;
    public string Hash { get; private set; } = "";

    public static SigningEvent Next(SigningEvent? previous, Guid versionId, SigningEventKind kind, DateTime now, string textHash,
        Guid? partyId = null, string? partyName = null, Guid? signatoryUserId = null, string? signatoryName = null,
        string? authorityBasis = null, string? reason = null)
    {
        var e = new SigningEvent
        {
            Id = Guid.CreateVersion7(), AgreementVersionId = versionId, Sequence = (previous?.Sequence ?? 0) + 1, Kind = kind,
            OccurredAt = new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc), TextHash = textHash, PartyId = partyId,
            PartyName = partyName, SignatoryUserId = signatoryUserId, SignatoryName = signatoryName, AuthorityBasis = authorityBasis,
            Reason = reason, PreviousHash = previous?.Hash ?? Genesis,
        };
        e.Hash = SigningChain.HashOf(e.Canonical());
        return e;
    }

    /// <summary>The fields the hash covers, as one JSON array (see docs/agreement-signing.md for checking it by hand).</summary>
    public string Canonical() => SigningChain.Canonical(PreviousHash, Sequence, AgreementVersionId, Kind.ToString(), OccurredAt, TextHash,
        PartyId, PartyName, SignatoryUserId, SignatoryName, AuthorityBasis, Reason);
}

/// <summary>The hash chain over signing events: how an event is written canonically, hashed and checked.</summary>
public static class SigningChain
{
    private static readonly JsonSerializerOptions CanonicalJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Canonical(string previousHash, int sequence, Guid versionId, string kind, DateTime occurredAt, string textHash,
        Guid? partyId, string? partyName, Guid? signatoryUserId, string? signatoryName, string? authorityBasis, string? reason) =>
        JsonSerializer.Serialize(new object?[]
        {
            previousHash, sequence, versionId.ToString(), kind, occurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            textHash, partyId?.ToString(), partyName, signatoryUserId?.ToString(), signatoryName, authorityBasis, reason,
        }, CanonicalJson);

    public static string HashOf(string canonical) => Sha256Hex(Encoding.UTF8.GetBytes(canonical));

    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// Checks every link: each event's hash is the hash of its own canonical fields, and each points at the hash before
    /// it, from the genesis on. Returns the sequence number of the first broken event, or null when the chain is intact.
    /// </summary>
    public static int? FirstBroken(IEnumerable<(int Sequence, string PreviousHash, string Hash, string Canonical)> events)
    {
        var expectedPrevious = SigningEvent.Genesis;
        var expectedSequence = 1;
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            if (e.Sequence != expectedSequence || e.PreviousHash != expectedPrevious || HashOf(e.Canonical) != e.Hash) return e.Sequence;
            expectedPrevious = e.Hash;
            expectedSequence++;
        }
        return null;
    }

    public static int? FirstBroken(IEnumerable<SigningEvent> events) =>
        FirstBroken(events.Select(e => (e.Sequence, e.PreviousHash, e.Hash, e.Canonical())));
}

/// <summary>001 §21: notice by the end of June ends the agreement at the end of that calendar year; later notice, at the end of the next.</summary>
public static class NoticeRule
{
    /// <param name="noticeDay">The Helsinki date the notice was given.</param>
    /// <returns>The party's last day.</returns>
    public static DateOnly EndDate(DateOnly noticeDay) =>
        new(noticeDay.Month <= 6 ? noticeDay.Year : noticeDay.Year + 1, 12, 31);

}

/// <summary>A party's place in the signing round, as the entry-into-force rule sees it.</summary>
public sealed record PartySigningState(SigningRule Rule, IReadOnlyCollection<Guid> Signatories, IReadOnlyCollection<Guid> SignedBy, bool TakesPart);

/// <summary>001 §24: the agreement enters into force when every party (or its authorised representatives) has signed.</summary>
public static class EntryIntoForce
{
    public static bool RuleMet(PartySigningState party) =>
        party.Signatories.Count == (party.Rule == SigningRule.Joint ? 2 : 1) && party.Signatories.All(party.SignedBy.Contains);

    /// <summary>
    /// Every party taking part has met its rule, and there is at least one. Parties whose organ rejected the text or
    /// did not decide in time, or whose leaving was recorded, do not take part (see docs/decisions/0016).
    /// </summary>
    public static bool IsDue(IEnumerable<PartySigningState> parties)
    {
        var taking = parties.Where(p => p.TakesPart).ToList();
        return taking.Count > 0 && taking.All(RuleMet);
    }
}
