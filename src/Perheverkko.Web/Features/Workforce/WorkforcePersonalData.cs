using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// What the organisations keep about the people who work in the network's activities (issue #16; docs/workforce.md):
/// the check is only the fact that an extract was shown and its date, deleted the day the person stops; briefing,
/// support and insurance go after the organisation's retention period, and the person with them.
/// </summary>
public sealed class WorkforcePersonalData : IPersonalDataRegister
{
    public const string RetentionJob = "job workforce-retention (check fact at once when the person stops; the rest WorkforceSettings.RetentionMonths later, default 12)";

    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("workforce-people", [DataSubject.ActivityWorkers],
        [
            new(typeof(Worker), nameof(Worker.Name), "name"),
            new(typeof(Worker), nameof(Worker.WorkEmail), "email"),
            new(typeof(Worker), nameof(Worker.Kind), "worker_kind"),
            new(typeof(Worker), nameof(Worker.CheckShownOn), "criminal_record_check"),
            new(typeof(Worker), nameof(Worker.CheckExtractDate), "criminal_record_check"),
            new(typeof(Worker), nameof(Worker.CheckConsentGiven), "criminal_record_check"),
            new(typeof(Worker), nameof(Worker.BriefedOn), "volunteer_briefing"),
            new(typeof(Worker), nameof(Worker.BriefedBy), "volunteer_briefing"),
            new(typeof(Worker), nameof(Worker.SupportPersonId), "support_person"),
            new(typeof(Worker), nameof(Worker.InsurancePolicyId), "insurance"),
            new(typeof(Worker), nameof(Worker.LeftOn), "times"),
            new(typeof(ActivityTask), nameof(ActivityTask.WorkerId), "activity_tasks"),
            new(typeof(LapseNotice), nameof(LapseNotice.WorkerId), "activity_tasks"),
        ],
        LegalBasis.LegalObligation, RetentionJob, EncryptedAtRest: false, ScopeNote: "privacy.category.workforce-people.scope"),
    ];
}
