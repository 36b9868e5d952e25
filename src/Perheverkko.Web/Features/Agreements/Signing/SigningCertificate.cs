using System.Globalization;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.Web.Features.Agreements.Signing;

public sealed record CertificateAgreement(Guid Id, string Period, string Title, AgreementStatus Status, string? TextHash, DateTime? FrozenAt,
    DateTime? SentForSigningAt, DateOnly? InForceFrom, DateOnly? EndedOn);

public sealed record CertificateParty(Guid OrganisationId, string Name, SigningRule SigningRule, DecisionStatus DecisionStatus, string? DecisionReference,
    string? AuthorisedToSign, string? DecisionAttachmentSha256, DateOnly? JoinedOn, DateOnly? EndsOn);

public sealed record CertificateSignature(string Party, string Signatory, SigningEventKind Kind, DateTime At, string TextHash, string? AuthorityBasis,
    string? Reason, int Sequence);

/// <summary>One event as stored, with the canonical text its hash covers (see docs/agreement-signing.md).</summary>
public sealed record CertificateEvent(int Sequence, SigningEventKind Kind, DateTime OccurredAt, string TextHash, Guid? PartyId, string? PartyName,
    Guid? SignatoryUserId, string? SignatoryName, string? AuthorityBasis, string? Reason, string PreviousHash, string Hash, string Canonical);

/// <summary>
/// The signing certificate of a version: what was signed, by whom, on what authority, and the evidence chain.
/// <see cref="TextIntact"/> is whether the stored text still hashed to the text hash when it was issued (absent in
/// certificates issued before the check existed).
/// </summary>
public sealed record SigningCertificateDocument(string Format, DateTime IssuedAt, CertificateAgreement Agreement, IReadOnlyList<CertificateParty> Parties,
    IReadOnlyList<CertificateSignature> Signatures, IReadOnlyList<CertificateEvent> Chain, bool ChainIntact, string? LastHash, bool? TextIntact = null)
{
    public const string FormatName = "perheverkko-signing-certificate/1";
}

/// <summary>Builds the certificate as JSON and as PDF, for staff (it names the signatories).</summary>
public sealed class SigningCertificate(SigningQueries queries, AccessControl access, Platform.Audit.AuditLog audit, TimeProvider clock)
{
    public async Task<SigningCertificateDocument> BuildAsync(Actor? actor, Guid versionId, CancellationToken cancellationToken)
    {
        var (version, events, decisions) = await queries.LoadAsync(versionId, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewAgreementSigning, PartyRelationships.Of(version), cancellationToken);
        await audit.RecordNowAsync(actor, Platform.Audit.AuditEvent.AgreementSignatoriesRead, Platform.Audit.AuditOutcome.Succeeded, "AgreementVersion", versionId,
            "certificate", cancellationToken);
        return Compose(version, events, decisions, await queries.TextIntactAsync(version, cancellationToken), clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// The certificate's content from the record: what <see cref="BuildAsync"/> issues and what the public verification
    /// rebuilds to compare a presented certificate with (no access check, no audit: the caller decides both).
    /// </summary>
    internal static SigningCertificateDocument Compose(AgreementVersion version, IReadOnlyList<SigningEvent> events,
        IReadOnlyDictionary<Guid, PartyDecision> decisions, bool? textIntact, DateTime issuedAt)
    {
        var parties = version.Parties.OrderBy(p => p.Position).Select(p =>
        {
            var d = decisions.GetValueOrDefault(p.Id);
            return new CertificateParty(p.OrganisationId, p.ListedName, p.SigningRule, d?.Status ?? DecisionStatus.Pending, d?.Reference, d?.AuthorisedToSign,
                d?.AttachmentSha256, p.JoinedOn, p.EndsOn);
        }).ToList();
        var signatures = events.Where(e => e.Kind != SigningEventKind.SentForSigning).Select(e =>
            new CertificateSignature(e.PartyName!, e.SignatoryName!, e.Kind, e.OccurredAt, e.TextHash, e.AuthorityBasis, e.Reason, e.Sequence)).ToList();
        var chain = events.Select(e => new CertificateEvent(e.Sequence, e.Kind, e.OccurredAt, e.TextHash, e.PartyId, e.PartyName, e.SignatoryUserId,
            e.SignatoryName, e.AuthorityBasis, e.Reason, e.PreviousHash, e.Hash, e.Canonical())).ToList();
        return new SigningCertificateDocument(SigningCertificateDocument.FormatName, issuedAt,
            new CertificateAgreement(version.Id, version.Period, version.Title, version.Status, version.TextHash, version.FrozenAt, version.SentForSigningAt,
                version.InForceFrom, version.EndedOn),
            parties, signatures, chain, SigningChain.FirstBroken(events) is null, events.LastOrDefault()?.Hash, textIntact);
    }

    /// <summary>The same content on paper, in Finnish (the agreement's language).</summary>
    public static byte[] Pdf(SigningCertificateDocument c)
    {
        static string Utc(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        static string Day(DateOnly? d) => d?.ToString("d.M.yyyy", CultureInfo.InvariantCulture) ?? "–";
        var a = c.Agreement;
        var pdf = new PdfReport("Allekirjoitustodistus", $"{a.Title} {a.Period}")
            .Field("Tila", a.Status.ToString())
            .Field("Tekstin SHA-256", a.TextHash ?? "–")
            .Field("Tekstin tarkistus", c.TextIntact switch
            {
                true => "Tallennettu teksti vastaa tiivistettä.",
                false => "TEKSTI EI VASTAA TALLENNETTUA TIIVISTETTÄ: tallennettua tekstiä on muutettu jäädyttämisen jälkeen.",
                null => "–",
            })
            .Field("Jäädytetty", a.FrozenAt is { } f ? Utc(f) : "–")
            .Field("Lähetetty allekirjoitettavaksi", a.SentForSigningAt is { } s ? Utc(s) : "–")
            .Field("Voimassa alkaen", Day(a.InForceFrom))
            .Field("Todistus laadittu", Utc(c.IssuedAt))
            .Heading("Sopijaosapuolet ja päätökset")
            .Table(["Osapuoli", "Päätös", "Viite", "Osapuolena"],
                c.Parties.Select(p => (IReadOnlyList<string?>)[p.Name, p.DecisionStatus.ToString(), p.DecisionReference ?? "–",
                    p.JoinedOn is null ? "–" : $"{Day(p.JoinedOn)}–{(p.EndsOn is null ? "" : Day(p.EndsOn))}"]), [3, 1.3, 3.5, 1.8])
            .Heading("Allekirjoitukset")
            .Table(["Osapuoli", "Allekirjoittaja", "Aika", "Valtuutuksen peruste"],
                c.Signatures.Select(s => (IReadOnlyList<string?>)[s.Party, s.Signatory + (s.Kind == SigningEventKind.Rejected ? $" (kieltäytyi: {s.Reason})" : ""),
                    Utc(s.At), s.AuthorityBasis ?? "–"]), [2.5, 2.2, 1.8, 3.5])
            .Heading("Tapahtumaketju")
            .Paragraph(c.ChainIntact ? "Ketju on eheä: jokaisen tapahtuman tiiviste vastaa sen sisältöä ja edellistä tiivistettä." : "KETJU ON RIKKI: tallennettuja tapahtumia on muutettu.", bold: true);
        foreach (var e in c.Chain)
            pdf.Field($"{e.Sequence}. {e.Kind}", $"{Utc(e.OccurredAt)}\nedellinen {e.PreviousHash}\ntiiviste {e.Hash}");
        return pdf.ToBytes();
    }
}
