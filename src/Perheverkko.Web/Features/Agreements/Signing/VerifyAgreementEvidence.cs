using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>What a check found. No personal data: a verifier learns whether what they hold matches what is on record.</summary>
public sealed record VerificationResult(bool Matches, string? Period, AgreementStatus? Status, DateOnly? InForceFrom, string? TextHash,
    bool? CertificateChainIntact, bool? StoredChainIntact, bool? MatchesStoredChain, int? Signatures);

/// <summary>
/// Public: anyone holding the agreement text or a signing certificate (JSON) can check it against the record. A
/// certificate's chain is recomputed from its own fields, then compared with the stored chain, which is itself
/// recomputed, so a changed stored event shows as a broken chain.
/// </summary>
public sealed class VerifyAgreementEvidence(PerheverkkoDb db)
{
    public sealed record Request(string? Text, string? Certificate);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<VerificationResult> HandleAsync(Request request, CancellationToken cancellationToken)
    {
        new InputCheck().Optional("text", request.Text, 2_000_000).Optional("certificate", request.Certificate, 5_000_000).ThrowIfInvalid();
        if (!string.IsNullOrWhiteSpace(request.Certificate)) return await CertificateAsync(request.Certificate, cancellationToken);
        RuleCheck.That(!string.IsNullOrWhiteSpace(request.Text), SigningRules.VerifyNothing);
        var hash = AgreementText.Sha256(request.Text!); // the same canonical form as freezing
        var version = await db.AgreementVersions.AsNoTracking().Where(v => v.TextHash == hash).FirstOrDefaultAsync(cancellationToken);
        return version is null
            ? new VerificationResult(false, null, null, null, hash, null, null, null, null)
            : new VerificationResult(true, version.Period, version.Status, version.InForceFrom, hash, null, null, null, null);
    }

    private async Task<VerificationResult> CertificateAsync(string json, CancellationToken cancellationToken)
    {
        SigningCertificateDocument? certificate;
        try { certificate = JsonSerializer.Deserialize<SigningCertificateDocument>(json, Json); }
        catch (JsonException) { certificate = null; }
        if (certificate is not { Format: SigningCertificateDocument.FormatName, Agreement: { } agreement, Chain: { } chain })
            throw new DomainRuleViolation(SigningRules.CertificateUnreadable);

        // Recomputed from the fields, not taken from the certificate's own "canonical" and "hash" texts.
        var certificateIntact = SigningChain.FirstBroken(chain.Select(e => (e.Sequence, e.PreviousHash, e.Hash,
            SigningChain.Canonical(e.PreviousHash, e.Sequence, agreement.Id, e.Kind.ToString(), e.OccurredAt, e.TextHash, e.PartyId, e.PartyName,
                e.SignatoryUserId, e.SignatoryName, e.AuthorityBasis, e.Reason)))) is null;
        var version = await db.AgreementVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == agreement.Id, cancellationToken);
        if (version is null) return new VerificationResult(false, null, null, null, agreement.TextHash, certificateIntact, null, false, null);
        var stored = await db.SigningEvents.AsNoTracking().Where(e => e.AgreementVersionId == version.Id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var storedIntact = SigningChain.FirstBroken(stored) is null;
        // A certificate issued earlier covers a prefix of the chain: it matches when the stored chain has its last event.
        var last = chain.MaxBy(e => e.Sequence);
        var matchesStored = last is null ? stored.Count == 0 : stored.Any(e => e.Sequence == last.Sequence && e.Hash == last.Hash);
        var matches = certificateIntact && storedIntact && matchesStored && agreement.TextHash == version.TextHash;
        return new VerificationResult(matches, version.Period, version.Status, version.InForceFrom, version.TextHash, certificateIntact, storedIntact, matchesStored,
            chain.Count(e => e.Kind == SigningEventKind.Signed));
    }
}
