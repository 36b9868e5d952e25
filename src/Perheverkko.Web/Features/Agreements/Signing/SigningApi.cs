using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>
/// Decisions, signatories, signing, entry into force, notice, evidence and the annex of an agreement version, addressed
/// by its period like its text: /agreement-versions/2026-2029/signing (decision 0024).
/// </summary>
public static class SigningApi
{
    public const string VerifyRateLimit = "agreement-verify";
    public const string Tag = "Agreement signing";

    public sealed record SentView(DateTime SentAt, int Notified);
    public sealed record AttachmentView(string Sha256);

    public static void MapSigningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi(Tag);
        const string Version = "/agreement-versions/{period}";
        const string Party = Version + "/parties/{organisationId:guid}";

        api.MapGet(Version + "/signing", GetSigningDashboard)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetSigningDashboard))
            .WithSummary("Per party: decision, signatories and signatures, who is still missing (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapPost(Version + "/signing", SendForSigning)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(SendForSigning))
            .WithSummary("Send a version that is out for decisions for signatures; records the date and mails each named signatory (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPost(Version + "/end", EndAgreementVersion)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(EndAgreementVersion)).WithSummary("End a version in force on its last day (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost(Version + "/parties", AddParty)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(AddParty))
            .WithSummary("Add an organisation as a party, also to a version in force (accession); it decides and signs like the others (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPut(Party + "/decision", RecordPartyDecision)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(RecordPartyDecision))
            .WithSummary("Record or correct the party's decision: organ, meeting date, §, register number, texts, status (own representative, coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPut(Party + "/decision/attachment", StoreDecisionAttachment)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(StoreDecisionAttachment))
            .WithSummary("The minutes excerpt as the request body (application/pdf, at most 20 MB; optional X-File-Name header); returns its SHA-256")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422).ProducesProblem(409);

        api.MapGet(Party + "/decision/attachment", GetDecisionAttachment)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetDecisionAttachment)).WithSummary("The decision's minutes excerpt (staff)")
            .Produces(200, contentType: "application/pdf").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapPut(Party + "/signatories", NameSignatories)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(NameSignatories))
            .WithSummary("Name the party's signatory, or two who sign jointly; staff accounts of the party (own representative, coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost(Party + "/signatures", SignAgreement)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(SignAgreement))
            .WithSummary("Sign for the party (its named signatory, signed in with a second factor; an access token cannot sign: signature.token_cannot_sign)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost(Party + "/rejections", RejectSigning)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(RejectSigning))
            .WithSummary("Decline to sign, with a reason (the named signatory, signed in with a second factor)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost(Party + "/notice", GiveNotice)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GiveNotice))
            .WithSummary("Give notice (001 §21) with confirm=true; by 30 June it ends on 31 December, later on 31 December of the next year (own representative)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422).ProducesProblem(409);

        api.MapDelete(Party + "/notice", WithdrawNotice)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(WithdrawNotice)).WithSummary("Withdraw a notice before it takes effect (own representative)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPost(Party + "/leaving", RecordLeaving)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(RecordLeaving))
            .WithSummary("Record that a party leaves other than by notice, with its last day (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapGet(Version + "/certificate", GetSigningCertificate)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetSigningCertificate))
            .WithSummary("The signing certificate as JSON: text hash, parties and decisions, signatures, the hash chain (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet(Version + "/certificate.pdf", GetSigningCertificatePdf)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetSigningCertificatePdf)).WithSummary("The signing certificate as PDF (staff)")
            .Produces(200, contentType: "application/pdf").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet(Version + "/annex", GetAgreementAnnex)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetAgreementAnnex))
            .WithSummary("The annex: the parties' contact persons and signatories (staff of the parties; audited)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet(Version + "/annex.pdf", GetAgreementAnnexPdf)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetAgreementAnnexPdf)).WithSummary("The annex as PDF (staff of the parties; audited)")
            .Produces(200, contentType: "application/pdf").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet(Version + "/annex.xlsx", GetAgreementAnnexXlsx)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetAgreementAnnexXlsx)).WithSummary("The annex as a spreadsheet (staff of the parties; audited)")
            .Produces(200, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet(Version + "/decisions", ListPartyDecisions)
            .AllowAnonymous().AsOpenData().WithName(nameof(ListPartyDecisions))
            .WithSummary("The parties' decisions (organ, date, §, register number, status) and signing state; no personal data (public)")
            .ProducesProblem(404);

        api.MapPost("/agreement-verification", VerifyAgreementEvidence)
            .AllowAnonymous().RequireRateLimiting(VerifyRateLimit).WithName(nameof(VerifyAgreementEvidence))
            .WithSummary("Check an agreement text or a signing certificate (JSON as a string) against the record (public, rate-limited)")
            .ProducesValidationProblem(422).ProducesProblem(429);
    }

    public static async Task<Ok<SigningDashboardView>> GetSigningDashboard(string period, HttpContext http, SigningQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DashboardAsync(http.Actor(), await queries.VersionIdAsync(period, ct), ct));

    public static async Task<Ok<SentView>> SendForSigning(string period, HttpContext http, SigningQueries versions, SendForSigning handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(http.Actor(), await versions.VersionIdAsync(period, ct), ct);
        return TypedResults.Ok(new SentView(result.SentAt, result.Notified));
    }

    public static async Task<NoContent> EndAgreementVersion(string period, EndAgreementVersion.Request request, HttpContext http, SigningQueries versions,
        EndAgreementVersion handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), await versions.VersionIdAsync(period, ct), request, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Created<CreatedId>> AddParty(string period, AddParty.Request request, HttpContext http, SigningQueries versions, AddParty handler,
        CancellationToken ct)
    {
        var partyId = await handler.HandleAsync(http.Actor(), await versions.VersionIdAsync(period, ct), request, ct);
        return TypedResults.Created($"/api/v1/agreement-versions/{period}/signing", new CreatedId(partyId));
    }

    public static async Task<Ok<CreatedId>> RecordPartyDecision(string period, Guid organisationId, RecordPartyDecision.Request request, HttpContext http,
        SigningQueries versions, RecordPartyDecision handler, CancellationToken ct) =>
        TypedResults.Ok(new CreatedId(await handler.HandleAsync(http.Actor(), await versions.VersionIdAsync(period, ct), organisationId, request, ct)));

    public static async Task<Ok<AttachmentView>> StoreDecisionAttachment(string period, Guid organisationId, HttpContext http, SigningQueries versions,
        StoreDecisionAttachment handler, CancellationToken ct)
    {
        var content = await UploadedFile.ReadAtMostAsync(http.Request.Body, DecisionAttachment.MaxBytes, SigningRules.AttachmentTooLarge, ct);
        var name = http.Request.Headers["X-File-Name"].ToString();
        return TypedResults.Ok(new AttachmentView(await handler.HandleAsync(http.Actor(), await versions.VersionIdAsync(period, ct), organisationId, name, content, ct)));
    }

    public static async Task<FileContentHttpResult> GetDecisionAttachment(string period, Guid organisationId, HttpContext http, SigningQueries queries, CancellationToken ct)
    {
        var file = await queries.AttachmentAsync(http.Actor(), await queries.VersionIdAsync(period, ct), organisationId, ct);
        return TypedResults.File(file.Content, "application/pdf", file.FileName);
    }

    public static async Task<NoContent> NameSignatories(string period, Guid organisationId, NameSignatories.Request request, HttpContext http,
        SigningQueries versions, NameSignatories handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), await versions.VersionIdAsync(period, ct), organisationId, request, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<SignAgreement.Result>> SignAgreement(string period, Guid organisationId, SignAgreement.Request request, HttpContext http,
        SigningQueries versions, SignAgreement handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), SigningSessions.Of(http), await versions.VersionIdAsync(period, ct), organisationId, request, ct));

    public static async Task<NoContent> RejectSigning(string period, Guid organisationId, RejectSigning.Request request, HttpContext http,
        SigningQueries versions, RejectSigning handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), SigningSessions.Of(http), await versions.VersionIdAsync(period, ct), organisationId, request, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<GiveNotice.Result>> GiveNotice(string period, Guid organisationId, GiveNotice.Request request, HttpContext http,
        SigningQueries versions, GiveNotice handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), await versions.VersionIdAsync(period, ct), organisationId, request, ct));

    public static async Task<NoContent> WithdrawNotice(string period, Guid organisationId, HttpContext http, SigningQueries versions, WithdrawNotice handler,
        CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), await versions.VersionIdAsync(period, ct), organisationId, ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> RecordLeaving(string period, Guid organisationId, RecordLeaving.Request request, HttpContext http,
        SigningQueries versions, RecordLeaving handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), await versions.VersionIdAsync(period, ct), organisationId, request, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<SigningCertificateDocument>> GetSigningCertificate(string period, HttpContext http, SigningQueries versions,
        SigningCertificate certificate, CancellationToken ct) =>
        TypedResults.Ok(await certificate.BuildAsync(http.Actor(), await versions.VersionIdAsync(period, ct), ct));

    public static async Task<FileContentHttpResult> GetSigningCertificatePdf(string period, HttpContext http, SigningQueries versions,
        SigningCertificate certificate, CancellationToken ct) =>
        TypedResults.File(SigningCertificate.Pdf(await certificate.BuildAsync(http.Actor(), await versions.VersionIdAsync(period, ct), ct)),
            "application/pdf", "allekirjoitustodistus.pdf");

    public static async Task<Ok<IReadOnlyList<AnnexRow>>> GetAgreementAnnex(string period, HttpContext http, SigningQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.AnnexAsync(http.Actor(), await queries.VersionIdAsync(period, ct), ct)).Rows);

    public static async Task<FileContentHttpResult> GetAgreementAnnexPdf(string period, HttpContext http, SigningQueries queries, CancellationToken ct)
    {
        var (version, rows) = await queries.AnnexAsync(http.Actor(), await queries.VersionIdAsync(period, ct), ct);
        return TypedResults.File(AgreementAnnex.Pdf(version, rows), "application/pdf", $"liite-{version.Slug}.pdf");
    }

    public static async Task<FileContentHttpResult> GetAgreementAnnexXlsx(string period, HttpContext http, SigningQueries queries, CancellationToken ct)
    {
        var (version, rows) = await queries.AnnexAsync(http.Actor(), await queries.VersionIdAsync(period, ct), ct);
        return TypedResults.File(AgreementAnnex.Xlsx(version, rows), AgreementAnnex.XlsxType, $"liite-{version.Slug}.xlsx");
    }

    public static async Task<Ok<PublicDecisionsView>> ListPartyDecisions(string period, SigningQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PublicDecisionsAsync(await queries.VersionIdAsync(period, ct), ct));

    public static async Task<Ok<VerificationResult>> VerifyAgreementEvidence(VerifyAgreementEvidence.Request request, VerifyAgreementEvidence handler,
        CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(request, ct));
}
