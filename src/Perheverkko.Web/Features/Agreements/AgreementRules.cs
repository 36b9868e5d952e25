using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>
/// The rules of the agreement's versions, their text and its drafting, each with its stable code. The signing round
/// (decisions, signatures, notice, evidence) has its own catalogue, <see cref="SigningRules"/>.
/// </summary>
public static class AgreementRules
{
    public static readonly Rule VersionNotFound = new("agreement.not_found", "No such agreement version.", RuleKind.NotFound);
    /// <summary>A version addressed by its id (the deprecated /api/v1/agreement-periods/{id} routes, decision 0024) that does not exist.</summary>
    public static readonly Rule PeriodNotFound = new("agreement_period.not_found", "No such agreement period.", RuleKind.NotFound);
    public static readonly Rule SectionNotFound = new("agreement.section_not_found", "No such section in this version.", RuleKind.NotFound);
    public static readonly Rule TextFrozen = new("agreement.text_frozen", "The text of this version is frozen; a change needs a new version.", RuleKind.Conflict);
    public static readonly Rule NotADraft = new("agreement.not_a_draft", "Only a draft can be frozen.", RuleKind.Conflict);
    public static readonly Rule NoSections = new("agreement.no_sections", "A draft without sections cannot be frozen.");
    public static readonly Rule SectionNumberTaken = new("agreement.section_number_taken", "The version already has a section with this number.", RuleKind.Conflict, "number");
    public static readonly Rule SectionHasComments = new("agreement.section_has_comments", "The section has comments; change its wording instead of removing it.", RuleKind.Conflict);
    public static readonly Rule PeriodTaken = new("agreement.period_taken", "There is already a version for this period.", RuleKind.Conflict, "startYear");
    public static readonly Rule PeriodInvalid = new("agreement.period_invalid", "The period must end in or after the year it starts.", Field: "endYear");
    public static readonly Rule CommentsOnlyOnDrafts = new("agreement.comments_closed", "Comments are taken on drafts only.", RuleKind.Conflict);
    public static readonly Rule MeetingNotFound = new("agreement.meeting_not_found", "No such meeting.", RuleKind.NotFound, "meetingId");
    public static readonly Rule UnknownVersionInDiff = new("agreement.diff_unknown_version", "Both versions of a comparison must exist.", RuleKind.NotFound);
}
