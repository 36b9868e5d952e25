namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>
/// Compares a presented signing certificate, part by part, with the certificate the record gives now
/// (<see cref="SigningCertificate.Compose"/>). Answers the names of the parts that differ — never their content, so a
/// verifier learns nothing about the signatories. Everything is compared except the time of issue and what
/// legitimately grows after a certificate was issued (docs/agreement-signing.md "Verifying a certificate"):
/// <list type="bullet">
/// <item>the chain: a certificate covers a prefix of the stored chain; events after its last one are not a difference;</item>
/// <item>signatures: exactly the record's signatures up to that last event;</item>
/// <item>parties: the certificate's parties are the record's first parties in order (accession appends a party, so
/// later parties may be missing, and none may be left out before the last one it names); a party's decision may
/// have been recorded after issue (a certificate's pending decision, with nothing else about it, is not a
/// difference), and its joining and end dates may have been set after issue; everything a certificate states about
/// a party must otherwise be on record as it is — a decision corrected after issue makes an older certificate no
/// longer match, and a new one is issued;</item>
/// <item>the agreement: its status may have moved forward, its sending, entry into force and end dates may have been set.</item>
/// </list>
/// </summary>
public static class CertificateComparison
{
    public const string Agreement = "agreement";
    public const string Parties = "parties";
    public const string Signatures = "signatures";
    public const string Chain = "chain";
    public const string Text = "text";

    /// <summary>The parts of <paramref name="presented"/> that differ from <paramref name="record"/>, in the order above; empty when it matches.</summary>
    public static IReadOnlyList<string> Differences(SigningCertificateDocument presented, SigningCertificateDocument record)
    {
        var differences = new List<string>();
        if (!AgreementMatches(presented.Agreement, record.Agreement)) differences.Add(Agreement);
        if (!PartiesMatch(presented.Parties ?? [], record.Parties)) differences.Add(Parties);
        var chain = presented.Chain ?? [];
        var last = chain.Count == 0 ? 0 : chain.Max(e => e.Sequence);
        if (!(presented.Signatures ?? []).SequenceEqual(record.Signatures.Where(s => s.Sequence <= last))) differences.Add(Signatures);
        if (!ChainMatches(presented, record, last)) differences.Add(Chain);
        if (presented.Agreement?.TextHash != record.Agreement.TextHash || record.TextIntact == false || presented.TextIntact == false) differences.Add(Text);
        return differences;
    }

    private static bool AgreementMatches(CertificateAgreement? a, CertificateAgreement r) =>
        a is not null && a.Id == r.Id && a.Period == r.Period && a.Title == r.Title && a.FrozenAt == r.FrozenAt
        && a.Status <= r.Status && SameOrLater(a.SentForSigningAt, r.SentForSigningAt) && SameOrLater(a.InForceFrom, r.InForceFrom)
        && SameOrLater(a.EndedOn, r.EndedOn);

    private static bool PartiesMatch(IReadOnlyList<CertificateParty> presented, IReadOnlyList<CertificateParty> record) =>
        presented.Count <= record.Count && presented.Zip(record).All(pair => PartyMatches(pair.First, pair.Second));

    private static bool PartyMatches(CertificateParty? a, CertificateParty r)
    {
        if (a is null || a.OrganisationId != r.OrganisationId || a.Name != r.Name || a.SigningRule != r.SigningRule) return false;
        if (!SameOrLater(a.JoinedOn, r.JoinedOn) || !SameOrLater(a.EndsOn, r.EndsOn)) return false;
        var decidedLater = a is { DecisionStatus: DecisionStatus.Pending, DecisionReference: null, AuthorisedToSign: null, DecisionAttachmentSha256: null };
        return decidedLater || (a.DecisionStatus == r.DecisionStatus && a.DecisionReference == r.DecisionReference
            && a.AuthorisedToSign == r.AuthorisedToSign && a.DecisionAttachmentSha256 == r.DecisionAttachmentSha256);
    }

    /// <summary>
    /// The certificate's chain is intact by its own fields (recomputed, not its stated hashes), says so, ends at its
    /// stated last hash, and is, event for event, the stored chain up to its last sequence; the stored chain is intact.
    /// </summary>
    private static bool ChainMatches(SigningCertificateDocument presented, SigningCertificateDocument record, int last)
    {
        var chain = presented.Chain ?? [];
        var stored = record.Chain.Where(e => e.Sequence <= last).ToList();
        return presented.ChainIntact && IsIntact(chain, presented.Agreement?.Id ?? Guid.Empty) && record.ChainIntact
            && presented.LastHash == chain.MaxBy(e => e.Sequence)?.Hash && chain.OrderBy(e => e.Sequence).SequenceEqual(stored);
    }

    /// <summary>Recomputed from the event's fields, not taken from the certificate's own "canonical" and "hash" texts.</summary>
    public static bool IsIntact(IEnumerable<CertificateEvent> chain, Guid versionId) =>
        SigningChain.FirstBroken(chain.Select(e => (e.Sequence, e.PreviousHash, e.Hash,
            SigningChain.Canonical(e.PreviousHash, e.Sequence, versionId, e.Kind.ToString(), e.OccurredAt, e.TextHash, e.PartyId, e.PartyName,
                e.SignatoryUserId, e.SignatoryName, e.AuthorityBasis, e.Reason)))) is null;

    /// <summary>A value the certificate states must be on record; one it left empty may have been set since.</summary>
    private static bool SameOrLater<T>(T? presented, T? record) where T : struct => presented is null || Equals(presented, record);
}
