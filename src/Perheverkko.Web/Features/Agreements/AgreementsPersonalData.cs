using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>
/// The people an agreement's drafting and signing names: the signatories a party names, the signing evidence (who signed
/// when), the people a party's decision names, and the staff who comment on a draft (the privacy notice, decision 0031).
/// </summary>
public sealed class AgreementsPersonalData : IPersonalDataRegister
{
    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("agreement-signatories", [DataSubject.Signatories],
        [
            new(typeof(PartySignatory), nameof(PartySignatory.Name), "name"),
            new(typeof(PartySignatory), nameof(PartySignatory.Email), "email"),
            new(typeof(PartySignatory), nameof(PartySignatory.StaffUserId), "staff_reference"),
            new(typeof(PartySignatory), nameof(PartySignatory.LastNotifiedAt), "times"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
        new("signing-evidence", [DataSubject.Signatories],
        [
            new(typeof(SigningEvent), nameof(SigningEvent.SignatoryName), "name"),
            new(typeof(SigningEvent), nameof(SigningEvent.SignatoryUserId), "staff_reference"),
            new(typeof(SigningEvent), nameof(SigningEvent.OccurredAt), "times"),
            new(typeof(SigningEvent), nameof(SigningEvent.AuthorityBasis), "authority"),
            new(typeof(SigningEvent), nameof(SigningEvent.Reason), "reason"),
            new(typeof(PartyDecision), nameof(PartyDecision.Preparer), "name"),
            new(typeof(PartyDecision), nameof(PartyDecision.Presenter), "name"),
            new(typeof(PartyDecision), nameof(PartyDecision.AuthorisedToSign), "name"),
            new(typeof(PartyDecision), nameof(PartyDecision.RecordedBy), "recorded_by"),
            new(typeof(Party), nameof(Party.NoticeGivenBy), "name"),
            new(typeof(LeadershipProcessing), nameof(LeadershipProcessing.RecordedBy), "recorded_by"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
        new("agreement-comments", [DataSubject.Staff],
        [
            new(typeof(SectionComment), nameof(SectionComment.AuthorName), "name"),
            new(typeof(SectionComment), nameof(SectionComment.AuthorId), "staff_reference"),
            new(typeof(SectionComment), nameof(SectionComment.Body), "comment"),
            new(typeof(SectionComment), nameof(SectionComment.CreatedAt), "times"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
    ];
}
