using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Features.Privacy;

/// <summary>Accessibility feedback is stored only as the e-mail in the outbox (the privacy notice, decision 0031).</summary>
public sealed class PrivacyPersonalData : IPersonalDataRegister
{
    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("accessibility-feedback", [DataSubject.FeedbackSenders],
        [
            new(typeof(OutboxMessage), nameof(OutboxMessage.Payload), "feedback"),
        ],
        LegalBasis.LegalObligation, RetentionEnforcedBy: null, EncryptedAtRest: false),
    ];
}
