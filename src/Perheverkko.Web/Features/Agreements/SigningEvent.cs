namespace Perheverkko.Web.Features.Agreements;

public enum SigningEventKind
{
    SentForSigning,
    Signed,
    Rejected,
}

/// <summary>
/// One link of a version's signing evidence: sending for signatures, a signature or a rejection. Never changed after
/// it is written; its <see cref="Hash"/> covers the previous event's hash and its own canonical fields, so a change
/// to any stored event breaks the chain from there on.
/// </summary>
public sealed class SigningEvent
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private SigningEvent() { }

    public Guid Id { get; private set; }
    public Guid AgreementVersionId { get; private set; }
    /// <summary>1, 2, 3… per version; unique, so two events cannot claim the same place in the chain.</summary>
    public int Sequence { get; private set; }
    public SigningEventKind Kind { get; private set; }
    /// <summary>UTC, whole microseconds (what both databases keep exactly).</summary>
    public DateTime OccurredAt { get; private set; }
    public string TextHash { get; private set; } = "";
    public Guid? PartyId { get; private set; }
    public string? PartyName { get; private set; }
    public Guid? SignatoryUserId { get; private set; }
    public string? SignatoryName { get; private set; }
    /// <summary>The basis of the signatory's authority: the party's decision reference.</summary>
    public string? AuthorityBasis { get; private set; }
    public string? Reason { get; private set; }
    public string PreviousHash { get; private set; } = Genesis;
    public string Hash { get; private set; } = "";

    public static SigningEvent Next(SigningEvent? previous, Guid versionId, SigningEventKind kind, DateTime now, string textHash,
        Guid? partyId = null, string? partyName = null, Guid? signatoryUserId = null, string? signatoryName = null,
        string? authorityBasis = null, string? reason = null)
    {
        var e = new SigningEvent
        {
            Id = Guid.CreateVersion7(), AgreementVersionId = versionId, Sequence = (previous?.Sequence ?? 0) + 1, Kind = kind,
            OccurredAt = new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc), TextHash = textHash, PartyId = partyId,
            PartyName = partyName, SignatoryUserId = signatoryUserId, SignatoryName = signatoryName, AuthorityBasis = authorityBasis,
            Reason = reason, PreviousHash = previous?.Hash ?? Genesis,
        };
        e.Hash = SigningChain.HashOf(e.Canonical());
        return e;
    }

    /// <summary>The fields the hash covers, as one JSON array (see docs/agreement-signing.md for checking it by hand).</summary>
    public string Canonical() => SigningChain.Canonical(PreviousHash, Sequence, AgreementVersionId, Kind.ToString(), OccurredAt, TextHash,
        PartyId, PartyName, SignatoryUserId, SignatoryName, AuthorityBasis, Reason);
}
