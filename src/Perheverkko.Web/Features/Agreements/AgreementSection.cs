namespace Perheverkko.Web.Features.Agreements;

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
