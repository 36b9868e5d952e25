using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>Where a municipality's evaluation of a year stands; "not started" is the absence of a row.</summary>
public enum EvaluationState { NotStarted, Draft, Submitted }

/// <summary>The fixed scale every goal is judged on (001 §18): the same words in every municipality, so the region can compare.</summary>
public enum GoalStatus { NotStarted, Started, Progressing, Achieved, NotAssessed }

/// <summary>Whose goal a row is: one of the region's action plan, or one the municipality entered from its welfare plan.</summary>
public enum EvaluationGoalKind { ActionPlan, WelfarePlan }

/// <summary>One goal's row as a form sends it.</summary>
public sealed record EvaluationRowContent(EvaluationGoalKind Kind, Guid? GoalId, string Title, GoalStatus Status, string? Narrative);

/// <summary>
/// A municipality's evaluation of a year (issue 17 item 3; 001 §18): one row per goal of the region's action plan and
/// per goal of the municipality's welfare plan (hyvinvointisuunnitelma), each with a status and a short narrative.
/// Saved as a draft any number of times, then submitted once; a submitted evaluation is read-only.
/// </summary>
public sealed class MunicipalEvaluation : IRegionOwned
{
    public const int TitleMaxLength = 300;
    public const int NarrativeMaxLength = 1000;
    public const int MaxRows = 100;

    private MunicipalEvaluation() { }

    public MunicipalEvaluation(Guid id, Guid regionId, int year, Guid municipalityId, Guid organisationId, DateTime now)
    {
        Id = id; RegionId = regionId; Year = year; MunicipalityId = municipalityId; OrganisationId = organisationId;
        State = EvaluationState.Draft; CreatedAt = now; UpdatedAt = now; Version = 1;
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public int Year { get; private set; }
    public Guid MunicipalityId { get; private set; }
    /// <summary>The municipality's own organisation: its representatives and professionals fill the form.</summary>
    public Guid OrganisationId { get; private set; }
    public EvaluationState State { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }
    public List<EvaluationRow> Rows { get; private set; } = [];

    /// <summary>Replaces the rows with the form's (a draft only).</summary>
    public void SaveDraft(int? version, IReadOnlyList<EvaluationRowContent> rows, DateTime now)
    {
        RuleCheck.That(State == EvaluationState.Draft, EvaluationsRules.Submitted);
        RuleCheck.That(version is null || version == Version, EvaluationsRules.Stale);
        Rows.Clear();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            Rows.Add(new EvaluationRow(Guid.CreateVersion7(), RegionId, Id, i, r.Kind, r.GoalId, r.Title.Trim(), r.Status,
                string.IsNullOrWhiteSpace(r.Narrative) ? null : r.Narrative.Trim()));
        }
        UpdatedAt = now;
        if (version is not null) Version++;
    }

    public void Submit(int version, DateTime now)
    {
        RuleCheck.That(State == EvaluationState.Draft, EvaluationsRules.Submitted);
        RuleCheck.That(version == Version, EvaluationsRules.Stale);
        State = EvaluationState.Submitted; SubmittedAt = now; UpdatedAt = now; Version++;
    }
}

/// <summary>One goal of an evaluation with its status and narrative; carries the region so it is confined like its evaluation.</summary>
public sealed class EvaluationRow : IRegionOwned
{
    private EvaluationRow() { }

    public EvaluationRow(Guid id, Guid regionId, Guid evaluationId, int order, EvaluationGoalKind kind, Guid? goalId, string title, GoalStatus status, string? narrative)
    {
        Id = id; RegionId = regionId; EvaluationId = evaluationId; Order = order; Kind = kind; GoalId = goalId; Title = title; Status = status; Narrative = narrative;
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid EvaluationId { get; private set; }
    public int Order { get; private set; }
    public EvaluationGoalKind Kind { get; private set; }
    /// <summary>The action plan's goal (none for a welfare-plan goal).</summary>
    public Guid? GoalId { get; private set; }
    /// <summary>The goal's title as it read when saved: the action plan may change after the evaluation.</summary>
    public string Title { get; private set; } = "";
    public GoalStatus Status { get; private set; }
    /// <summary>Null once the year-end deletion has cleared a draft's narratives.</summary>
    public string? Narrative { get; private set; }
}

/// <summary>The region's settings of a year's evaluation round: when it is due and how early the reminder goes.
/// Saving them opens the round: the reminder job only reminds rounds that have settings.</summary>
public sealed class EvaluationSettings : IRegionOwned
{
    public const int DefaultReminderDays = 14;

    private EvaluationSettings() { }

    public EvaluationSettings(Guid id, Guid regionId, int year, DateOnly dueOn, int reminderDays)
    { Id = id; RegionId = regionId; Year = year; DueOn = dueOn; ReminderDays = reminderDays; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public int Year { get; private set; }
    public DateOnly DueOn { get; private set; }
    public int ReminderDays { get; private set; }

    public void Change(DateOnly dueOn, int reminderDays) { DueOn = dueOn; ReminderDays = reminderDays; }

    /// <summary>The default due date: the end of February of the year after (000 §18: collected early in the year).</summary>
    public static DateOnly DefaultDueOn(int year) => new DateOnly(year + 1, 3, 1).AddDays(-1);
}

/// <summary>Which reminder step a municipality of a year has been sent (each once).</summary>
public enum EvaluationReminderStep { BeforeDue, AfterDue }

/// <summary>That a reminder step was sent; its unique index makes a second instance's attempt nothing.</summary>
public sealed class EvaluationReminder : IRegionOwned
{
    private EvaluationReminder() { }

    public EvaluationReminder(Guid id, Guid regionId, int year, Guid municipalityId, EvaluationReminderStep step, DateTime sentAt)
    { Id = id; RegionId = regionId; Year = year; MunicipalityId = municipalityId; Step = step; SentAt = sentAt; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public int Year { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public EvaluationReminderStep Step { get; private set; }
    public DateTime SentAt { get; private set; }
}
