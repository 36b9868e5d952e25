using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Features.Agreements.Signing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>
/// The old addresses of agreement versions, /api/v1/agreement-periods and /api/v1/agreement-periods/{id}/…, served as
/// before for one more release (decision 0024). Every answer says so: a Deprecation header, and a Link to the same
/// thing under /api/v1/agreement-versions/{period}; the OpenAPI document marks them deprecated. When they are removed,
/// this file goes, with its call in <see cref="AgreementsApi"/> and their rows in the authorization matrix.
/// </summary>
public static class AgreementPeriodsApi
{
    /// <summary>When the addresses were deprecated (RFC 9745: "@" and seconds since 1970): 5 December 2026.</summary>
    public const string DeprecatedSince = "@1796428800";
    private const string OldPrefix = "/api/v1/agreement-periods";
    private const string NewPrefix = "/api/v1/agreement-versions";

    public static void MapAgreementPeriodsApi(this IEndpointRouteBuilder app)
    {
        var agreements = app.MapApi("Agreements").Deprecated();
        agreements.MapGet("/agreement-periods", ListAgreementPeriods)
            .AllowAnonymous().AsOpenData().WithName(nameof(ListAgreementPeriods)).WithSummary("Agreement periods (public)");
        agreements.MapGet("/agreement-periods/{id:guid}/parties", ListPartiesById)
            .AllowAnonymous().AsOpenData().WithName(nameof(ListPartiesById)).WithSummary("The parties of one agreement period, as the agreement lists them (public)")
            .ProducesProblem(404);

        var signing = app.MapApi(SigningApi.Tag).Deprecated();
        const string Version = "/agreement-periods/{id:guid}";
        const string Party = Version + "/parties/{organisationId:guid}";
        signing.MapGet(Version + "/signing", GetSigningDashboardById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetSigningDashboardById))
            .WithSummary("Per party: decision, signatories and signatures, who is still missing (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        signing.MapPost(Version + "/signing", SendForSigningById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(SendForSigningById))
            .WithSummary("Send a version that is out for decisions for signatures; records the date and mails each named signatory (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        signing.MapPost(Version + "/end", EndAgreementVersionById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(EndAgreementVersionById)).WithSummary("End a version in force on its last day (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        signing.MapPost(Version + "/parties", AddPartyById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(AddPartyById))
            .WithSummary("Add an organisation as a party, also to a version in force (accession); it decides and signs like the others (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        signing.MapPut(Party + "/decision", RecordPartyDecisionById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(RecordPartyDecisionById))
            .WithSummary("Record or correct the party's decision: organ, meeting date, §, register number, texts, status (own representative, coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        signing.MapPut(Party + "/decision/attachment", StoreDecisionAttachmentById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(StoreDecisionAttachmentById))
            .WithSummary("The minutes excerpt as the request body (application/pdf, at most 20 MB; optional X-File-Name header); returns its SHA-256")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422).ProducesProblem(409);
        signing.MapGet(Party + "/decision/attachment", GetDecisionAttachmentById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetDecisionAttachmentById)).WithSummary("The decision's minutes excerpt (staff)")
            .Produces(200, contentType: "application/pdf").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        signing.MapPut(Party + "/signatories", NameSignatoriesById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(NameSignatoriesById))
            .WithSummary("Name the party's signatory, or two who sign jointly; staff accounts of the party (own representative, coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        signing.MapPost(Party + "/signatures", SignAgreementById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(SignAgreementById))
            .WithSummary("Sign for the party (its named signatory, signed in with a second factor; an access token cannot sign: signature.token_cannot_sign)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        signing.MapPost(Party + "/rejections", RejectSigningById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(RejectSigningById))
            .WithSummary("Decline to sign, with a reason (the named signatory, signed in with a second factor)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        signing.MapPost(Party + "/notice", GiveNoticeById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GiveNoticeById))
            .WithSummary("Give notice (001 §21) with confirm=true; by 30 June it ends on 31 December, later on 31 December of the next year (own representative)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422).ProducesProblem(409);
        signing.MapDelete(Party + "/notice", WithdrawNoticeById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(WithdrawNoticeById)).WithSummary("Withdraw a notice before it takes effect (own representative)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        signing.MapPost(Party + "/leaving", RecordLeavingById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(RecordLeavingById))
            .WithSummary("Record that a party leaves other than by notice, with its last day (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        signing.MapGet(Version + "/certificate", GetSigningCertificateById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetSigningCertificateById))
            .WithSummary("The signing certificate as JSON: text hash, parties and decisions, signatures, the hash chain (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        signing.MapGet(Version + "/certificate.pdf", GetSigningCertificatePdfById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetSigningCertificatePdfById)).WithSummary("The signing certificate as PDF (staff)")
            .Produces(200, contentType: "application/pdf").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        signing.MapGet(Version + "/annex", GetAgreementAnnexById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetAgreementAnnexById))
            .WithSummary("The annex: the parties' contact persons and signatories (staff of the parties; audited)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        signing.MapGet(Version + "/annex.pdf", GetAgreementAnnexPdfById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetAgreementAnnexPdfById)).WithSummary("The annex as PDF (staff of the parties; audited)")
            .Produces(200, contentType: "application/pdf").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        signing.MapGet(Version + "/annex.xlsx", GetAgreementAnnexXlsxById)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(GetAgreementAnnexXlsxById)).WithSummary("The annex as a spreadsheet (staff of the parties; audited)")
            .Produces(200, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        signing.MapGet(Version + "/decisions", ListPartyDecisionsById)
            .AllowAnonymous().AsOpenData().WithName(nameof(ListPartyDecisionsById))
            .WithSummary("The parties' decisions (organ, date, §, register number, status) and signing state; no personal data (public)")
            .ProducesProblem(404);
    }

    /// <summary>Every endpoint of the group answers with the Deprecation and Link headers and is marked deprecated in the OpenAPI document.</summary>
    private static RouteGroupBuilder Deprecated(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            await AnnounceSuccessorAsync(context.HttpContext);
            return await next(context);
        });
        group.WithDescription("Deprecated (decision 0024): the same under /api/v1/agreement-versions, named by the Link header of each answer; removed in the next release.");
        group.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Deprecated = true;
            return Task.CompletedTask;
        });
        return group;
    }

    /// <summary>The successor is the same path with "agreement-periods/{id}" written as "agreement-versions/{period}"; an unknown id has none.</summary>
    private static async Task AnnounceSuccessorAsync(HttpContext http)
    {
        http.Response.Headers["Deprecation"] = DeprecatedSince;
        var rest = http.Request.Path.Value![OldPrefix.Length..];
        string? successor = NewPrefix + rest;
        if (http.GetRouteValue("id") is string id && Guid.TryParse(id, out var versionId))
        {
            var period = await http.RequestServices.GetRequiredService<AgreementQueries>().PeriodOfAsync(versionId, http.RequestAborted);
            var afterId = rest.IndexOf('/', 1);
            successor = period is null ? null : $"{NewPrefix}/{period}{(afterId < 0 ? "" : rest[afterId..])}";
        }
        if (successor is not null) http.Response.Headers.Link = $"<{http.Request.PathBase}{successor}>; rel=\"successor-version\"";
    }

    public static async Task<Ok<IReadOnlyList<AgreementPeriodView>>> ListAgreementPeriods(AgreementQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PeriodsAsync(ct));

    public static async Task<Ok<IReadOnlyList<PartyView>>> ListPartiesById(Guid id, AgreementQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PartiesAsync(id, ct));

    public static async Task<Ok<SigningDashboardView>> GetSigningDashboardById(Guid id, HttpContext http, SigningQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DashboardAsync(http.Actor(), id, ct));

    public static async Task<Ok<SigningApi.SentView>> SendForSigningById(Guid id, HttpContext http, SendForSigning handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(http.Actor(), id, ct);
        return TypedResults.Ok(new SigningApi.SentView(result.SentAt, result.Notified));
    }

    public static async Task<NoContent> EndAgreementVersionById(Guid id, EndAgreementVersion.Request request, HttpContext http, EndAgreementVersion handler,
        CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, request, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Created<CreatedId>> AddPartyById(Guid id, AddParty.Request request, HttpContext http, AddParty handler, CancellationToken ct)
    {
        var partyId = await handler.HandleAsync(http.Actor(), id, request, ct);
        return TypedResults.Created($"{OldPrefix}/{id}/signing", new CreatedId(partyId));
    }

    public static async Task<Ok<CreatedId>> RecordPartyDecisionById(Guid id, Guid organisationId, RecordPartyDecision.Request request, HttpContext http,
        RecordPartyDecision handler, CancellationToken ct) =>
        TypedResults.Ok(new CreatedId(await handler.HandleAsync(http.Actor(), id, organisationId, request, ct)));

    public static async Task<Ok<SigningApi.AttachmentView>> StoreDecisionAttachmentById(Guid id, Guid organisationId, HttpContext http,
        StoreDecisionAttachment handler, CancellationToken ct)
    {
        var content = await UploadedFile.ReadAtMostAsync(http.Request.Body, DecisionAttachment.MaxBytes, SigningRules.AttachmentTooLarge, ct);
        var name = http.Request.Headers["X-File-Name"].ToString();
        return TypedResults.Ok(new SigningApi.AttachmentView(await handler.HandleAsync(http.Actor(), id, organisationId, name, content, ct)));
    }

    public static async Task<FileContentHttpResult> GetDecisionAttachmentById(Guid id, Guid organisationId, HttpContext http, SigningQueries queries,
        CancellationToken ct)
    {
        var file = await queries.AttachmentAsync(http.Actor(), id, organisationId, ct);
        return TypedResults.File(file.Content, "application/pdf", file.FileName);
    }

    public static async Task<NoContent> NameSignatoriesById(Guid id, Guid organisationId, NameSignatories.Request request, HttpContext http,
        NameSignatories handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, organisationId, request, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<SignAgreement.Result>> SignAgreementById(Guid id, Guid organisationId, SignAgreement.Request request, HttpContext http,
        SignAgreement handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), SigningSessions.Of(http), id, organisationId, request, ct));

    public static async Task<NoContent> RejectSigningById(Guid id, Guid organisationId, RejectSigning.Request request, HttpContext http,
        RejectSigning handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), SigningSessions.Of(http), id, organisationId, request, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<GiveNotice.Result>> GiveNoticeById(Guid id, Guid organisationId, GiveNotice.Request request, HttpContext http,
        GiveNotice handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), id, organisationId, request, ct));

    public static async Task<NoContent> WithdrawNoticeById(Guid id, Guid organisationId, HttpContext http, WithdrawNotice handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, organisationId, ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> RecordLeavingById(Guid id, Guid organisationId, RecordLeaving.Request request, HttpContext http,
        RecordLeaving handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, organisationId, request, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<SigningCertificateDocument>> GetSigningCertificateById(Guid id, HttpContext http, SigningCertificate certificate,
        CancellationToken ct) =>
        TypedResults.Ok(await certificate.BuildAsync(http.Actor(), id, ct));

    public static async Task<FileContentHttpResult> GetSigningCertificatePdfById(Guid id, HttpContext http, SigningCertificate certificate,
        CancellationToken ct) =>
        TypedResults.File(SigningCertificate.Pdf(await certificate.BuildAsync(http.Actor(), id, ct)), "application/pdf", "allekirjoitustodistus.pdf");

    public static async Task<Ok<IReadOnlyList<AnnexRow>>> GetAgreementAnnexById(Guid id, HttpContext http, SigningQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.AnnexAsync(http.Actor(), id, ct)).Rows);

    public static async Task<FileContentHttpResult> GetAgreementAnnexPdfById(Guid id, HttpContext http, SigningQueries queries, CancellationToken ct)
    {
        var (version, rows) = await queries.AnnexAsync(http.Actor(), id, ct);
        return TypedResults.File(AgreementAnnex.Pdf(version, rows), "application/pdf", $"liite-{version.Slug}.pdf");
    }

    public static async Task<FileContentHttpResult> GetAgreementAnnexXlsxById(Guid id, HttpContext http, SigningQueries queries, CancellationToken ct)
    {
        var (version, rows) = await queries.AnnexAsync(http.Actor(), id, ct);
        return TypedResults.File(AgreementAnnex.Xlsx(version, rows), AgreementAnnex.XlsxType, $"liite-{version.Slug}.xlsx");
    }

    public static async Task<Ok<PublicDecisionsView>> ListPartyDecisionsById(Guid id, SigningQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PublicDecisionsAsync(id, ct));
}
