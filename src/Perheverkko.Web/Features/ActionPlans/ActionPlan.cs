using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>The fixed areas a plan's goals are grouped by (issue #17 item 1); <see cref="Communication"/> is the communication plan of 001 §14.</summary>
public enum ActionPlanArea { MeetingPlaces, GroupActivities, EarlySupport, Perheneuvo, Communication, Workforce, Evaluation }

/// <summary>Draft (the coordinator writes, the parties comment) → processed by the leadership group → published (read-only).</summary>
public enum ActionPlanState { Draft, Processed, Published }

/// <summary>What a party commits to a goal (001 §6): working time, premises, funding or grants, or something else.</summary>
public enum ResourceKind { WorkingTime, Premises, Funding, Other }

/// <summary>
/// The region's action plan for one year (001 §10: reviewed every year). Its goals are written while it is a draft; the
/// leadership group's processing is linked to a numbered decision of the governance feature; once published it does
/// not change — the next year's plan starts as a copy of it.
/// </summary>
public sealed class ActionPlan : IRegionOwned
{
    private ActionPlan() { }

    public ActionPlan(Guid id, Guid regionId, int year, Guid? sourcePlanId, DateTime now)
    { Id = id; RegionId = regionId; Year = year; SourcePlanId = sourcePlanId; State = ActionPlanState.Draft; CreatedAt = now; UpdatedAt = now; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public int Year { get; private set; }
    public ActionPlanState State { get; private set; }
    /// <summary>The plan this one was copied from (last year's), if any.</summary>
    public Guid? SourcePlanId { get; private set; }
    /// <summary>The leadership group's decision (governance's numbered decision) that processed the plan.</summary>
    public Guid? DecisionNumberId { get; private set; }
    public Guid? DecisionMeetingId { get; private set; }
    /// <summary>"§ 5/2026" as it read when recorded, so the public page names it without reading the minutes.</summary>
    public string? DecisionLabel { get; private set; }
    public DateOnly? ProcessedOn { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public List<ActionPlanGoal> Goals { get; private set; } = [];

    /// <summary>Only a draft's goals change: a processed plan is what the leadership group saw.</summary>
    public void RequireDraft() => RuleCheck.That(State == ActionPlanState.Draft, ActionPlanRules.NotDraft);

    public void Touch(DateTime now) => UpdatedAt = now;

    public void RecordProcessing(Guid decisionNumberId, Guid meetingId, string label, DateOnly on, DateTime now)
    {
        RuleCheck.That(State != ActionPlanState.Published, ActionPlanRules.NotDraft);
        RuleCheck.That(Goals.Count > 0, ActionPlanRules.NoGoals);
        (DecisionNumberId, DecisionMeetingId, DecisionLabel, ProcessedOn) = (decisionNumberId, meetingId, label, on);
        State = ActionPlanState.Processed; UpdatedAt = now;
    }

    public void Publish(DateTime now)
    {
        RuleCheck.That(State == ActionPlanState.Processed, ActionPlanRules.NotProcessed);
        State = ActionPlanState.Published; PublishedAt = now; UpdatedAt = now;
    }
}

/// <summary>One goal of a plan: what, who is responsible, by which measures, with which resources, and how progress shows.</summary>
public sealed class ActionPlanGoal : IRegionOwned
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int MeasuresMaxLength = 4000;
    public const int IndicatorMaxLength = 1000;

    private ActionPlanGoal() { }

    public ActionPlanGoal(Guid id, Guid regionId, Guid planId, Guid? sourceGoalId, int position, ActionPlanGoalContent content)
    { Id = id; RegionId = regionId; PlanId = planId; SourceGoalId = sourceGoalId; Position = position; Apply(content); }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid PlanId { get; private set; }
    /// <summary>The goal of last year's plan this one was copied from: the comparison pairs goals by it.</summary>
    public Guid? SourceGoalId { get; private set; }
    public int Position { get; private set; }
    public ActionPlanArea Area { get; private set; }
    public LocalizedText Title { get; private set; } = new("");
    public LocalizedText Description { get; private set; } = new("");
    /// <summary>The parties responsible (organisations of the region).</summary>
    public List<Guid> ResponsibleOrganisationIds { get; private set; } = [];
    public string Measures { get; private set; } = "";
    /// <summary>The indicator or survey question that will show progress.</summary>
    public string Indicator { get; private set; } = "";
    public List<ActionPlanResource> Resources { get; private set; } = [];

    public void Apply(ActionPlanGoalContent content)
    {
        Area = content.Area; Title = content.Title; Description = content.Description; ResponsibleOrganisationIds = [.. content.Responsible];
        Measures = content.Measures; Indicator = content.Indicator;
    }
}

/// <summary>What a goal says, as one value (the use case's checked input, and what a copy carries).</summary>
public sealed record ActionPlanGoalContent(ActionPlanArea Area, LocalizedText Title, LocalizedText Description, IReadOnlyList<Guid> Responsible,
    string Measures, string Indicator);

/// <summary>A resource a party commits to a goal, e.g. working time "2 h/vko".</summary>
public sealed class ActionPlanResource : IRegionOwned
{
    public const int DescriptionMaxLength = 200;

    private ActionPlanResource() { }

    public ActionPlanResource(Guid id, Guid regionId, Guid goalId, Guid organisationId, ResourceKind kind, string description)
    { Id = id; RegionId = regionId; GoalId = goalId; OrganisationId = organisationId; Kind = kind; Description = description; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid GoalId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public ResourceKind Kind { get; private set; }
    public string Description { get; private set; } = "";
}

/// <summary>A party's representative's (or the coordinator's) comment on a draft plan or one of its goals; shown to staff only.</summary>
public sealed class ActionPlanComment : IRegionOwned
{
    public const int TextMaxLength = 2000;

    private ActionPlanComment() { }

    public ActionPlanComment(Guid id, Guid regionId, Guid planId, Guid? goalId, Guid? authorUserId, string authorName, Guid? organisationId, string text, DateTime now)
    { Id = id; RegionId = regionId; PlanId = planId; GoalId = goalId; AuthorUserId = authorUserId; AuthorName = authorName; OrganisationId = organisationId; Text = text; CreatedAt = now; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid PlanId { get; private set; }
    /// <summary>None: a comment on the whole plan.</summary>
    public Guid? GoalId { get; private set; }
    public Guid? AuthorUserId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public Guid? OrganisationId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
}
