using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>The rules of the agreement's text and its drafting, each with its stable code.</summary>
public static class AgreementTextRules
{
    public static readonly Rule VersionNotFound = new("agreement.not_found", "No such agreement version.", RuleKind.NotFound);
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

/// <summary>A numbered section of a version's text: title and body in Finnish (the binding text), optionally in Swedish.</summary>
public sealed class AgreementSection
{
    public const int MaxTitle = 300;
    public const int MaxBody = 20_000;

    private AgreementSection() { }

    internal AgreementSection(Guid id, Guid agreementVersionId, int number, string title, string body, string? titleSv, string? bodySv, DateTime now)
    {
        Id = id; AgreementVersionId = agreementVersionId; Number = number; UpdatedAt = now;
        Title = title; Body = body; TitleSv = titleSv; BodySv = bodySv;
    }

    public Guid Id { get; private set; }
    public Guid AgreementVersionId { get; private set; }
    /// <summary>The § number; unique within the version and the order of the text.</summary>
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>Plain text: paragraphs separated by an empty line, list items on lines starting with "- ".</summary>
    public string Body { get; private set; } = "";
    public string? TitleSv { get; private set; }
    public string? BodySv { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    internal void Change(int number, string title, string body, string? titleSv, string? bodySv, DateTime now)
    { Number = number; Title = title; Body = body; TitleSv = titleSv; BodySv = bodySv; UpdatedAt = now; }
}

/// <summary>A document the agreement names as its background (001 §4), e.g. the wellbeing plan.</summary>
public sealed class BackgroundDocument
{
    private BackgroundDocument() { }
    internal BackgroundDocument(Guid id, Guid agreementVersionId, int position, string title, string? url)
    { Id = id; AgreementVersionId = agreementVersionId; Position = position; Title = title; Url = url; }

    public Guid Id { get; private set; }
    public Guid AgreementVersionId { get; private set; }
    public int Position { get; private set; }
    public string Title { get; private set; } = "";
    public string? Url { get; private set; }
}

/// <summary>A comment on a section of a draft, by a party's representative or the coordinator: one thread per section.</summary>
public sealed class SectionComment
{
    public const int MaxBody = 4000;

    private SectionComment() { }
    public SectionComment(Guid id, Guid sectionId, Guid? authorId, string authorName, Guid? organisationId, string body, DateTime createdAt)
    { Id = id; SectionId = sectionId; AuthorId = authorId; AuthorName = authorName; OrganisationId = organisationId; Body = body; CreatedAt = createdAt; }

    public Guid Id { get; private set; }
    public Guid SectionId { get; private set; }
    public Guid? AuthorId { get; private set; }
    /// <summary>Kept with the comment so the thread stays readable when an account is removed.</summary>
    public string AuthorName { get; private set; } = "";
    /// <summary>The party the author speaks for; none for the coordinator.</summary>
    public Guid? OrganisationId { get; private set; }
    public string Body { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
}

/// <summary>
/// The leadership group's processing of a version (001 §7 ii, §8: documents of the service whole are processed there
/// before the parties' own decision-making): a link to the governance meeting where there is one, otherwise a date
/// and a note.
/// </summary>
public sealed class LeadershipProcessing
{
    public const int MaxNote = 2000;

    private LeadershipProcessing() { }
    public LeadershipProcessing(Guid id, Guid agreementVersionId, Guid? meetingId, DateOnly date, string note, string recordedBy, DateTime recordedAt)
    { Id = id; AgreementVersionId = agreementVersionId; MeetingId = meetingId; Date = date; Note = note; RecordedBy = recordedBy; RecordedAt = recordedAt; }

    public Guid Id { get; private set; }
    public Guid AgreementVersionId { get; private set; }
    public Guid? MeetingId { get; private set; }
    /// <summary>The day it was processed (the meeting's day in Helsinki when a meeting is linked).</summary>
    public DateOnly Date { get; private set; }
    public string Note { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
}
