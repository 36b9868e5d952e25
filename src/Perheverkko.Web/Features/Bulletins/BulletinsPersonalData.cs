using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Features.Bulletins;

/// <summary>
/// What bulletins keep about people (issue #18 item 2; docs/bulletins.md): who each bulletin went to, in which
/// language, until the delivery addresses are cleared after <see cref="DeliveryRetentionMonths"/> months (the counts
/// stay); and the addresses that unsubscribed from the region's optional bulletins, kept while the choice holds.
/// </summary>
public sealed class BulletinsPersonalData : IPersonalDataRegister
{
    public const int DeliveryRetentionMonths = 12;
    public const string RetentionJob = "job bulletin-retention (delivery addresses cleared 12 months after sending; opt-outs kept while the choice holds)";

    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("bulletins", [DataSubject.Staff, DataSubject.ContactPersons, DataSubject.Signatories, DataSubject.GroupMembers],
        [
            new(typeof(BulletinDelivery), nameof(BulletinDelivery.Email), "email"),
            new(typeof(BulletinDelivery), nameof(BulletinDelivery.Language), "language"),
            new(typeof(BulletinOptOut), nameof(BulletinOptOut.Email), "email"),
            new(typeof(BulletinOptOut), nameof(BulletinOptOut.At), "times"),
            new(typeof(Bulletin), nameof(Bulletin.CreatedBy), "staff_reference"),
            new(typeof(Bulletin), nameof(Bulletin.SentBy), "staff_reference"),
        ],
        LegalBasis.PublicTask, RetentionJob, EncryptedAtRest: false),
    ];
}
