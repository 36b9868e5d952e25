using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Platform.Audit;

/// <summary>The audit trail names who did what (the privacy notice, decision 0031).</summary>
public sealed class AuditPersonalData : IPersonalDataRegister
{
    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("audit-trail", [DataSubject.Staff],
        [
            new(typeof(AuditRecord), nameof(AuditRecord.ActorId), "staff_reference"),
            new(typeof(AuditRecord), nameof(AuditRecord.ActorName), "name"),
            new(typeof(AuditRecord), nameof(AuditRecord.OccurredAt), "times"),
            new(typeof(AuditRecord), nameof(AuditRecord.Event), "event"),
            // A detail may name the person an action concerned (a contact person added, a signatory named).
            new(typeof(AuditRecord), nameof(AuditRecord.Detail), "event"),
        ],
        LegalBasis.LegalObligation, RetentionEnforcedBy: null, EncryptedAtRest: false),
    ];
}
