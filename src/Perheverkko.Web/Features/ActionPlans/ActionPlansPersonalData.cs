using Perheverkko.Web.Features.YearClock;
using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>
/// The staff the year cycle names: who commented on a draft action plan (their name, account and words), and whom a
/// year-clock task names as its owner or who made a year-clock calendar address (their account only).
/// </summary>
public sealed class ActionPlansPersonalData : IPersonalDataRegister
{
    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("action-plan-comments", [DataSubject.Staff],
        [
            new(typeof(ActionPlanComment), nameof(ActionPlanComment.AuthorName), "name"),
            new(typeof(ActionPlanComment), nameof(ActionPlanComment.AuthorUserId), "staff_reference"),
            new(typeof(ActionPlanComment), nameof(ActionPlanComment.Text), "comment"),
            new(typeof(ActionPlanComment), nameof(ActionPlanComment.CreatedAt), "times"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
        new("year-clock-owners", [DataSubject.Staff],
        [
            new(typeof(YearClockTask), nameof(YearClockTask.OwnerUserId), "staff_reference"),
            new(typeof(YearClockFeed), nameof(YearClockFeed.StaffUserId), "staff_reference"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
    ];
}
