using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>The annual report rules (issue #17 items 6 and 7), each with its stable code and message, declared once.</summary>
public static class AnnualReportsRules
{
    public static readonly Rule NotFound = new("annualreport.not_found", "No such annual report.", RuleKind.NotFound);
    public static readonly Rule YearOutOfRange = new("annualreport.year_out_of_range", "Choose a year from 2000 to next year.", Field: "year");
    /// <summary>A completed report keeps what it said: it is not compiled again.</summary>
    public static readonly Rule Finished = new("annualreport.finished", "The report is completed and is no longer compiled again.", RuleKind.Conflict);
    public static readonly Rule NotCompleted = new("annualreport.not_completed", "Complete the report first.", RuleKind.Conflict);
    public static readonly Rule ApprovalNotRequired = new("annualreport.approval_not_required", "The region's setting does not ask for formal approval.", RuleKind.Conflict);
    public static readonly Rule AlreadyApproved = new("annualreport.already_approved", "The report has been approved already.", RuleKind.Conflict);
    public static readonly Rule NotApproved = new("annualreport.not_approved", "The region requires formal approval before the report is published.", RuleKind.Conflict);
    public static readonly Rule AlreadyPublished = new("annualreport.already_published", "The report has been published already.", RuleKind.Conflict);
    public static readonly Rule MeetingInvalid = new("annualreport.meeting_invalid", "Choose an upcoming meeting of the region's leadership group.", Field: "meetingId");
}
