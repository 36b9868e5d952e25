using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Agreements.Signing;

namespace Perheverkko.UnitTests.Features.Agreements;

/// <summary>Issue #12 item 1: what a certificate issued earlier may lack, and what it may not differ in.</summary>
public sealed class CertificateComparisonTests
{
    private static readonly Guid Version = Guid.Parse("0190b5a0-0000-7000-8000-000000000001");
    private static readonly Guid First = Guid.Parse("0190b5a0-0000-7000-8000-000000000002");
    private static readonly Guid Second = Guid.Parse("0190b5a0-0000-7000-8000-000000000003");
    private static readonly DateTime At = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private const string TextHash = "4f3c";

    private static List<CertificateEvent> Chain(int count)
    {
        var events = new List<CertificateEvent>();
        var previous = SigningEvent.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var kind = i == 1 ? SigningEventKind.SentForSigning : SigningEventKind.Signed;
            var (party, name, user, signatory) = i == 1 ? ((Guid?)null, (string?)null, (Guid?)null, (string?)null) : (First, "Ensimmäinen", Guid.Empty, $"Allekirjoittaja {i}");
            var canonical = SigningChain.Canonical(previous, i, Version, kind.ToString(), At.AddDays(i), TextHash, party, name, user, signatory, "peruste", null);
            var hash = SigningChain.HashOf(canonical);
            events.Add(new CertificateEvent(i, kind, At.AddDays(i), TextHash, party, name, user, signatory, "peruste", null, previous, hash, canonical));
            previous = hash;
        }
        return events;
    }

    private static SigningCertificateDocument Certificate(int events, AgreementStatus status, params CertificateParty[] parties)
    {
        var chain = Chain(events);
        return new SigningCertificateDocument(SigningCertificateDocument.FormatName, At, new CertificateAgreement(Version, "2026-2029", "Sopimus", status, TextHash,
                At, At.AddDays(1), status == AgreementStatus.InForce ? new DateOnly(2026, 3, 5) : null, null), parties,
            chain.Where(e => e.Kind != SigningEventKind.SentForSigning).Select(e => new CertificateSignature(e.PartyName!, e.SignatoryName!, e.Kind, e.OccurredAt,
                e.TextHash, e.AuthorityBasis, e.Reason, e.Sequence)).ToList(), chain, true, chain.LastOrDefault()?.Hash, true);
    }

    private static CertificateParty Pending(Guid id, string name) => new(id, name, SigningRule.Single, DecisionStatus.Pending, null, null, null, null, null);

    private static CertificateParty Approved(Guid id, string name, DateOnly? joined = null) =>
        new(id, name, SigningRule.Single, DecisionStatus.Approved, "lautakunta 1.2.2026 § 4", "hallintojohtaja", null, joined, null);

    [Fact]
    public void An_earlier_certificate_matches_what_grew_since_its_issue()
    {
        var earlier = Certificate(2, AgreementStatus.OutForSigning, Approved(First, "Ensimmäinen"), Pending(Second, "Toinen"));
        var now = Certificate(3, AgreementStatus.InForce, Approved(First, "Ensimmäinen", new DateOnly(2026, 3, 5)), Approved(Second, "Toinen"),
            Pending(Guid.NewGuid(), "Liittynyt myöhemmin"));
        Assert.Empty(CertificateComparison.Differences(earlier, now));
        Assert.Empty(CertificateComparison.Differences(now, now));
    }

    [Fact]
    public void A_later_certificate_or_a_changed_part_does_not_match()
    {
        var now = Certificate(2, AgreementStatus.OutForSigning, Approved(First, "Ensimmäinen"), Approved(Second, "Toinen"));
        var later = Certificate(3, AgreementStatus.InForce, Approved(First, "Ensimmäinen"), Approved(Second, "Toinen"));
        Assert.Equal([CertificateComparison.Agreement, CertificateComparison.Signatures, CertificateComparison.Chain],
            CertificateComparison.Differences(later, now));
        Assert.Equal([CertificateComparison.Parties], CertificateComparison.Differences(now with { Parties = [Approved(Second, "Toinen")] }, now));
        Assert.Equal([CertificateComparison.Parties],
            CertificateComparison.Differences(now with { Parties = [Approved(First, "Ensimmäinen") with { DecisionStatus = DecisionStatus.Rejected }] }, now));
        Assert.Equal([CertificateComparison.Chain], CertificateComparison.Differences(now with { ChainIntact = false }, now));
        Assert.Equal([CertificateComparison.Chain], CertificateComparison.Differences(now with { LastHash = "00" }, now));
        Assert.Equal([CertificateComparison.Text], CertificateComparison.Differences(now, now with { TextIntact = false }));
        // A certificate whose own chain was rewritten consistently still differs from the stored chain.
        var forged = now.Chain.Select(e => e with { SignatoryName = e.SignatoryName is null ? null : "Joku Muu" }).ToList();
        Assert.Contains(CertificateComparison.Chain, CertificateComparison.Differences(now with { Chain = forged }, now));
    }
}
