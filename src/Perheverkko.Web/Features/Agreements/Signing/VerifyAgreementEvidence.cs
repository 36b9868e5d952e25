using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>
/// What a check found. No personal data: a verifier learns whether what they hold matches what is on record, and for a
/// certificate which of its parts differ (<see cref="Mismatches"/>: agreement, parties, signatures, chain, text — names only).
/// <see cref="TextIntact"/> is whether the version's stored text still hashes to its recorded text hash.
/// </summary>
public sealed record VerificationResult(bool Matches, string? Period, AgreementStatus? Status, DateOnly? InForceFrom, string? TextHash,
    bool? CertificateChainIntact, bool? StoredChainIntact, bool? MatchesStoredChain, int? Signatures, bool? TextIntact = null,
    IReadOnlyList<string>? Mismatches = null);

/// <summary>
/// Public: anyone holding the agreement text or a signing certificate (JSON) can check it against the record. A
/// certificate is compared as a whole with the certificate the record gives now, built by the same code that issues
/// certificates (<see cref="SigningCertificate.Compose"/>; <see cref="CertificateComparison"/> says what may differ):
/// its agreement, parties and decisions, signatures, chain and text hash. Its chain is recomputed from its own fields,
/// the stored chain is itself recomputed, and the stored text is re-hashed, so a changed stored event or section shows
/// as broken. Nothing read here is answered or audited as a personal-data read: the answer carries no personal data.
/// </summary>
public sealed class VerifyAgreementEvidence(PerheverkkoDb db, SigningQueries queries)
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
            : new VerificationResult(true, version.Period, version.Status, version.InForceFrom, hash, null, null, null, null,
                await FrozenTextCheck.IntactAsync(db, version.Id, version.TextHash, cancellationToken));
    }

    private async Task<VerificationResult> CertificateAsync(string json, CancellationToken cancellationToken)
    {
        SigningCertificateDocument? certificate;
        try { certificate = JsonSerializer.Deserialize<SigningCertificateDocument>(json, Json); }
        catch (JsonException) { certificate = null; }
        if (certificate is not { Format: SigningCertificateDocument.FormatName, Agreement: { } agreement, Chain: { } chain })
            throw new DomainRuleViolation(SigningRules.CertificateUnreadable);

        var certificateIntact = CertificateComparison.IsIntact(chain, agreement.Id);
        if (!await db.AgreementVersions.AsNoTracking().AnyAsync(v => v.Id == agreement.Id, cancellationToken))
            return new VerificationResult(false, null, null, null, agreement.TextHash, certificateIntact, null, false, null, null, [CertificateComparison.Agreement]);
        var (version, events, decisions) = await queries.LoadAsync(agreement.Id, cancellationToken);
        var record = SigningCertificate.Compose(version, events, decisions, await queries.TextIntactAsync(version, cancellationToken), certificate.IssuedAt);
        var mismatches = CertificateComparison.Differences(certificate, record);
        // A certificate issued earlier covers a prefix of the chain: it matches when the stored chain has its last event.
        var last = chain.MaxBy(e => e.Sequence);
        var matchesStored = last is null ? events.Count == 0 : events.Any(e => e.Sequence == last.Sequence && e.Hash == last.Hash);
        return new VerificationResult(mismatches.Count == 0, version.Period, version.Status, version.InForceFrom, version.TextHash, certificateIntact,
            record.ChainIntact, matchesStored, chain.Count(e => e.Kind == SigningEventKind.Signed), record.TextIntact, mismatches);
    }
}
