namespace Perheverkko.Web.Features.Agreements;

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
