namespace Perheverkko.Web.Features.Agreements;

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
