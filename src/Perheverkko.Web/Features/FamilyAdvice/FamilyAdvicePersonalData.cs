using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// What Perheneuvo keeps about families and its workers (issue #15 items 7 and 9; the privacy notice, decision 0031):
/// the family's words and details encrypted (decision 0029) and deleted by the retention job; the statistics row stays
/// without them.
/// </summary>
public sealed class FamilyAdvicePersonalData : IPersonalDataRegister
{
    public const string RetentionJob = "job perheneuvo-retention (AdviceSettings.RetentionMonths, default 6 months after closing)";

    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("perheneuvo-contacts", [DataSubject.Families],
        [
            new(typeof(FamilyContact), "Details.Name", "name"),
            new(typeof(FamilyContact), "Details.Email", "email"),
            new(typeof(FamilyContact), "Details.Phone", "phone"),
            new(typeof(FamilyContact), "Details.CallWindow", "call_window"),
            new(typeof(ContactEntry), nameof(ContactEntry.SealedText), "advice_words"),
            new(typeof(FamilyContact), nameof(FamilyContact.AnswerBy), "answer_by"),
            new(typeof(FamilyContact), nameof(FamilyContact.Language), "language"),
            new(typeof(FamilyContact), nameof(FamilyContact.Reference), "advice_reference"),
            new(typeof(AnswerLink), nameof(AnswerLink.Hash), "answer_link"),
            new(typeof(FamilyContact), nameof(FamilyContact.ReceivedAt), "times"),
        ],
        LegalBasis.PublicTask, RetentionJob, EncryptedAtRest: true, ScopeNote: "privacy.category.perheneuvo-contacts.scope"),
        new("perheneuvo-workers", [DataSubject.Staff],
        [
            new(typeof(AdviceTeamMember), nameof(AdviceTeamMember.UserId), "staff_reference"),
            new(typeof(FamilyContact), nameof(FamilyContact.AssignedToId), "staff_reference"),
            new(typeof(FamilyContact), nameof(FamilyContact.RecordedById), "staff_reference"),
            new(typeof(ContactEntry), nameof(ContactEntry.AuthorId), "staff_reference"),
        ],
        LegalBasis.PublicTask, RetentionJob, EncryptedAtRest: false),
    ];
}
