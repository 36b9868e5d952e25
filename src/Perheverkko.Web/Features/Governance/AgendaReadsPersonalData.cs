using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// Which agenda documents a staff member has opened, and when first (<see cref="AgendaDocumentRead"/>): only for their
/// own staff desk, and deleted with the document or the account by the database's foreign keys.
/// </summary>
public sealed class AgendaReadsPersonalData : IPersonalDataRegister
{
    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("agenda-reads", [DataSubject.Staff],
        [
            new(typeof(AgendaDocumentRead), nameof(AgendaDocumentRead.UserId), "staff_reference"),
            new(typeof(AgendaDocumentRead), nameof(AgendaDocumentRead.FirstReadAt), "times"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: "foreign keys: deleted with the agenda document or the staff account", EncryptedAtRest: false),
    ];
}
