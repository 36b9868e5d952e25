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
    public static readonly Rule PartyLeft = new("signature.party_left", "The party has left this version; it no longer signs.", RuleKind.Conflict);
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
    public static readonly Rule TextChanged = new("signature.text_changed",
        "The stored text of this version no longer matches its frozen hash; it cannot be signed until the text is restored.", RuleKind.Conflict);
    public static readonly Rule VerifyNothing = new("verify.nothing_given", "Give the agreement text or a signing certificate (JSON).");
    public static readonly Rule CertificateUnreadable = new("verify.certificate_unreadable", "The file is not a signing certificate of this service (JSON).", Field: "certificate");
}
