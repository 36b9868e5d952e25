using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Platform.Notifications;

/// <summary>The outbox keeps every e-mail it sends, with its recipients (the privacy notice, decision 0031).</summary>
public sealed class OutboxPersonalData : IPersonalDataRegister
{
    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("outbox", [DataSubject.Staff, DataSubject.ContactPersons, DataSubject.Signatories, DataSubject.GroupMembers, DataSubject.FeedbackSenders],
        [
            // The payload is the message as sent: recipients' addresses, subject and body.
            new(typeof(OutboxMessage), nameof(OutboxMessage.Payload), "email_message"),
            new(typeof(OutboxMessage), nameof(OutboxMessage.SentAt), "times"),
            new(typeof(OutboxMessage), nameof(OutboxMessage.LastError), "delivery_error"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
    ];
}
