namespace Perheverkko.Web.Features.Agreements;

/// <summary>The minutes excerpt of a decision, kept in the database next to its SHA-256 (see docs/agreement-signing.md).</summary>
public sealed class DecisionAttachment
{
    public const long MaxBytes = 20L * 1024 * 1024;

    private DecisionAttachment() { }
    public DecisionAttachment(Guid decisionId, byte[] content) { DecisionId = decisionId; Content = content; }

    public Guid DecisionId { get; private set; }
    public byte[] Content { get; private set; } = [];

    public void Replace(byte[] content) => Content = content;
}
