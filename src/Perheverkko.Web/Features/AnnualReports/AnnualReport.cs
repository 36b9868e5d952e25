using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>Where a report is: compiled (re-compilable), completed (000 §19 "compiled"), approved (when the region requires it), published.</summary>
public enum AnnualReportState { Draft, Completed, Approved, Published }

/// <summary>When "until the annual report" data goes (000 §19): once the report is completed (the default), once it is published, or only by hand.</summary>
public enum YearEndRetention { AfterCompleted, AfterPublished, ByHand }

/// <summary>
/// The region's annual report of a year (issue #17 item 6; 001 §19): the sections every <see cref="IAnnualReportSource"/>
/// wrote when it was last compiled, stored per language as JSON so a finished report does not change with the live data,
/// and the coordinator's narrative (Markdown, Finnish required).
/// </summary>
public sealed class AnnualReport : IRegionOwned
{
    public const int NarrativeMaxLength = 20_000;

    private AnnualReport() { }

    public AnnualReport(Guid id, Guid regionId, int year)
    {
        Id = id; RegionId = regionId; Year = year;
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public int Year { get; private set; }
    public LocalizedText Narrative { get; private set; } = new("");
    public string SectionsFi { get; private set; } = "[]";
    public string SectionsSv { get; private set; } = "[]";
    public string SectionsEn { get; private set; } = "[]";
    public DateTime CompiledAt { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    /// <summary>The leadership group's meeting that approved it, when recorded.</summary>
    public Guid? ApprovedAtMeetingId { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    /// <summary>By hand (the <see cref="YearEndRetention.ByHand"/> policy): the coordinator asked the deletion job to run.</summary>
    public DateTime? DeletionRequestedAt { get; private set; }
    /// <summary>When the year-end deletion ran for the region and year.</summary>
    public DateTime? YearEndDeletedAt { get; private set; }
    public int Version { get; private set; }

    public AnnualReportState State =>
        PublishedAt is not null ? AnnualReportState.Published
        : ApprovedAt is not null ? AnnualReportState.Approved
        : CompletedAt is not null ? AnnualReportState.Completed
        : AnnualReportState.Draft;

    public string SectionsIn(string language) => language switch { "sv" => SectionsSv, "en" => SectionsEn, _ => SectionsFi };

    /// <summary>Stores the sections and the narrative; only a draft is compiled again.</summary>
    public void Compile(LocalizedText narrative, string fi, string sv, string en, DateTime now)
    {
        RuleCheck.That(CompletedAt is null, AnnualReportsRules.Finished);
        Narrative = narrative; SectionsFi = fi; SectionsSv = sv; SectionsEn = en; CompiledAt = now;
        Version++;
    }

    public void Complete(DateTime now)
    {
        RuleCheck.That(CompletedAt is null, AnnualReportsRules.Finished);
        CompletedAt = now;
        Version++;
    }

    public void Approve(Guid? meetingId, DateTime now)
    {
        RuleCheck.That(CompletedAt is not null, AnnualReportsRules.NotCompleted);
        RuleCheck.That(ApprovedAt is null && PublishedAt is null, AnnualReportsRules.AlreadyApproved);
        ApprovedAt = now; ApprovedAtMeetingId = meetingId;
        Version++;
    }

    /// <summary>Publishing completes a draft too; with formal approval required, only an approved report is published.</summary>
    public void Publish(bool approvalRequired, DateTime now)
    {
        RuleCheck.That(PublishedAt is null, AnnualReportsRules.AlreadyPublished);
        RuleCheck.That(!approvalRequired || ApprovedAt is not null, AnnualReportsRules.NotApproved);
        CompletedAt ??= now;
        PublishedAt = now;
        Version++;
    }

    public void RequestDeletion(DateTime now)
    {
        RuleCheck.That(CompletedAt is not null, AnnualReportsRules.NotCompleted);
        DeletionRequestedAt ??= now;
    }

    public bool DeletionDue(YearEndRetention policy) => YearEndDeletedAt is null && policy switch
    {
        YearEndRetention.AfterCompleted => CompletedAt is not null,
        YearEndRetention.AfterPublished => PublishedAt is not null,
        _ => DeletionRequestedAt is not null,
    };

    public void MarkDeleted(DateTime now) => YearEndDeletedAt = now;
}

/// <summary>The region's report settings: whether the leadership group formally approves the report, and the retention policy.</summary>
public sealed class AnnualReportSettings : IRegionOwned
{
    private AnnualReportSettings() { }

    public AnnualReportSettings(Guid regionId) => RegionId = regionId;

    public Guid RegionId { get; private set; }
    public bool ApprovalRequired { get; private set; }
    public YearEndRetention Retention { get; private set; } = YearEndRetention.AfterCompleted;

    public void Change(bool approvalRequired, YearEndRetention retention) { ApprovalRequired = approvalRequired; Retention = retention; }
}
