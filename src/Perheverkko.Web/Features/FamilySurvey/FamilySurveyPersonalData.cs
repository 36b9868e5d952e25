using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>
/// The family survey keeps no account, address, identifier or time with an answer (docs/family-survey.md); what may still
/// name a person is what a family writes in a free-text answer, so those words are listed here with the deletion that
/// removes them after the annual report (000 §19; the region's policy).
/// </summary>
public sealed class FamilySurveyPersonalData : IPersonalDataRegister
{
    public const string RetentionJob = "job year-end-deletion (survey.free_text, when the region's annual report of the year is completed or published, by its policy)";

    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("family-survey-free-text", [DataSubject.Families],
        [
            new(typeof(SurveyFreeText), nameof(SurveyFreeText.Text), "survey_words"),
        ],
        LegalBasis.PublicTask, RetentionJob, EncryptedAtRest: false),
    ];
}
