using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>Decisions, signatories, signing, entry into force, notice, evidence and the annex of an agreement version.</summary>
public static class SigningApi
{
    public const string VerifyRateLimit = "agreement-verify";
    private const string Tag = "Agreement signing";

    public sealed record SentView(DateTime SentAt, int Notified);
    public sealed record AttachmentView(string Sha256);

    public static void MapSigningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi(Tag);
        const string Version = "/agreement-periods/{id:guid}";
        const string Party = Version + "/parties/{organisationId:guid}";

        api.MapGet(Version + "/signing", async (Guid id, HttpContext http, SigningQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.DashboardAsync(http.Actor(), id, ct)))
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetSigningDashboard")
            .WithSummary("Per party: decision, signatories and signatures, who is still missing (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapPost(Version + "/signing", async (Guid id, HttpContext http, SendForSigning handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(http.Actor(), id, ct);
                return TypedResults.Ok(new SentView(result.SentAt, result.Notified));
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("SendForSigning")
            .WithSummary("Send a version that is out for decisions for signatures; records the date and mails each named signatory (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPost(Version + "/end", async (Guid id, EndAgreementVersion.Request request, HttpContext http, EndAgreementVersion handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(http.Actor(), id, request, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("EndAgreementVersion").WithSummary("End a version in force on its last day (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost(Version + "/parties", async (Guid id, AddParty.Request request, HttpContext http, AddParty handler, CancellationToken ct) =>
            {
                var partyId = await handler.HandleAsync(http.Actor(), id, request, ct);
                return TypedResults.Created($"/api/v1/agreement-periods/{id}/signing", new Organisations.CreatedId(partyId));
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddParty")
            .WithSummary("Add an organisation as a party, also to a version in force (accession); it decides and signs like the others (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPut(Party + "/decision", async (Guid id, Guid organisationId, RecordPartyDecision.Request request, HttpContext http, RecordPartyDecision handler, CancellationToken ct) =>
            {
                var decisionId = await handler.HandleAsync(http.Actor(), id, organisationId, request, ct);
                return TypedResults.Ok(new Organisations.CreatedId(decisionId));
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RecordPartyDecision")
            .WithSummary("Record or correct the party's decision: organ, meeting date, §, register number, texts, status (own representative, coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPut(Party + "/decision/attachment", async (Guid id, Guid organisationId, HttpContext http, StoreDecisionAttachment handler, CancellationToken ct) =>
            {
                var content = await UploadedFile.ReadAtMostAsync(http.Request.Body, DecisionAttachment.MaxBytes, SigningRules.AttachmentTooLarge, ct);
                var name = http.Request.Headers["X-File-Name"].ToString();
                return TypedResults.Ok(new AttachmentView(await handler.HandleAsync(http.Actor(), id, organisationId, name, content, ct)));
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("StoreDecisionAttachment")
            .WithSummary("The minutes excerpt as the request body (application/pdf, at most 20 MB; optional X-File-Name header); returns its SHA-256")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422).ProducesProblem(409);

        api.MapGet(Party + "/decision/attachment", async (Guid id, Guid organisationId, HttpContext http, SigningQueries queries, CancellationToken ct) =>
            {
                var file = await queries.AttachmentAsync(http.Actor(), id, organisationId, ct);
                return TypedResults.File(file.Content, "application/pdf", file.FileName);
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetDecisionAttachment").WithSummary("The decision's minutes excerpt (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapPut(Party + "/signatories", async (Guid id, Guid organisationId, NameSignatories.Request request, HttpContext http, NameSignatories handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(http.Actor(), id, organisationId, request, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("NameSignatories")
            .WithSummary("Name the party's signatory, or two who sign jointly; staff accounts of the party (own representative, coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost(Party + "/signatures", async (Guid id, Guid organisationId, SignAgreement.Request request, HttpContext http, SignAgreement handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(http.Actor(), SigningSessions.Of(http), id, organisationId, request, ct)))
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("SignAgreement")
            .WithSummary("Sign for the party (its named signatory, signed in with a second factor; an access token cannot sign: signature.token_cannot_sign)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost(Party + "/rejections", async (Guid id, Guid organisationId, RejectSigning.Request request, HttpContext http, RejectSigning handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(http.Actor(), SigningSessions.Of(http), id, organisationId, request, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RejectSigning")
            .WithSummary("Decline to sign, with a reason (the named signatory, signed in with a second factor)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost(Party + "/notice", async (Guid id, Guid organisationId, GiveNotice.Request request, HttpContext http, GiveNotice handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(http.Actor(), id, organisationId, request, ct)))
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GiveNotice")
            .WithSummary("Give notice (001 §21) with confirm=true; by 30 June it ends on 31 December, later on 31 December of the next year (own representative)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422).ProducesProblem(409);

        api.MapDelete(Party + "/notice", async (Guid id, Guid organisationId, HttpContext http, WithdrawNotice handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(http.Actor(), id, organisationId, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("WithdrawNotice").WithSummary("Withdraw a notice before it takes effect (own representative)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPost(Party + "/leaving", async (Guid id, Guid organisationId, RecordLeaving.Request request, HttpContext http, RecordLeaving handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(http.Actor(), id, organisationId, request, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RecordLeaving")
            .WithSummary("Record that a party leaves other than by notice, with its last day (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapGet(Version + "/certificate", async (Guid id, HttpContext http, SigningCertificate certificate, CancellationToken ct) =>
                TypedResults.Ok(await certificate.BuildAsync(http.Actor(), id, ct)))
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetSigningCertificate")
            .WithSummary("The signing certificate as JSON: text hash, parties and decisions, signatures, the hash chain (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet(Version + "/certificate.pdf", async (Guid id, HttpContext http, SigningCertificate certificate, CancellationToken ct) =>
                TypedResults.File(SigningCertificate.Pdf(await certificate.BuildAsync(http.Actor(), id, ct)), "application/pdf", "allekirjoitustodistus.pdf"))
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetSigningCertificatePdf").WithSummary("The signing certificate as PDF (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet(Version + "/annex", async (Guid id, HttpContext http, SigningQueries queries, CancellationToken ct) =>
                TypedResults.Ok((await queries.AnnexAsync(http.Actor(), id, ct)).Rows))
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetAgreementAnnex")
            .WithSummary("The annex: the parties' contact persons and signatories (staff of the parties; audited)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet(Version + "/annex.pdf", async (Guid id, HttpContext http, SigningQueries queries, CancellationToken ct) =>
            {
                var (version, rows) = await queries.AnnexAsync(http.Actor(), id, ct);
                return TypedResults.File(AgreementAnnex.Pdf(version, rows), "application/pdf", $"liite-{version.Slug}.pdf");
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetAgreementAnnexPdf").WithSummary("The annex as PDF (staff of the parties; audited)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet(Version + "/annex.xlsx", async (Guid id, HttpContext http, SigningQueries queries, CancellationToken ct) =>
            {
                var (version, rows) = await queries.AnnexAsync(http.Actor(), id, ct);
                return TypedResults.File(AgreementAnnex.Xlsx(version, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"liite-{version.Slug}.xlsx");
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetAgreementAnnexXlsx").WithSummary("The annex as a spreadsheet (staff of the parties; audited)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet(Version + "/decisions", async (Guid id, SigningQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.PublicDecisionsAsync(id, ct)))
            .AllowAnonymous().WithName("ListPartyDecisions")
            .WithSummary("The parties' decisions (organ, date, §, register number, status) and signing state; no personal data (public)")
            .ProducesProblem(404);

        api.MapPost("/agreement-verification", async (VerifyAgreementEvidence.Request request, VerifyAgreementEvidence handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(request, ct)))
            .AllowAnonymous().RequireRateLimiting(VerifyRateLimit).WithName("VerifyAgreementEvidence")
            .WithSummary("Check an agreement text or a signing certificate (JSON as a string) against the record (public, rate-limited)")
            .ProducesValidationProblem(422).ProducesProblem(429);
    }
}
