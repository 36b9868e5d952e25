using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements;

public sealed record PeriodView(string Period);
public sealed record TextHashView(string Period, string TextHash);
public sealed record SectionNumberView(int Number);

/// <summary>
/// The agreement's versions and text (public once out of the draft state), its parties, its drafting (coordinator),
/// comments (parties' representatives and the coordinator), the comparison of two versions and the open role duties.
/// Versions are addressed by period: /agreement-versions/2026-2029 (decisions 0014 and 0024).
/// </summary>
public static class AgreementsApi
{
    public static void MapAgreementsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Agreements");

        api.MapGet("/agreement-versions", ListAgreementVersions)
            .AllowAnonymous().AsOpenData().WithName(nameof(ListAgreementVersions)).WithSummary("Versions of the agreement with status and text hash (public; drafts for staff)");

        api.MapGet("/agreement-versions/compare", CompareAgreementVersions)
            .AllowAnonymous().AsOpenData().WithName(nameof(CompareAgreementVersions))
            .WithSummary("Section-by-section and word-level difference and the party-list change between two versions, e.g. ?from=2022-2023&to=2026-2029 (public)")
            .ProducesProblem(404);

        api.MapGet("/agreement-versions/{period}", GetAgreementVersion)
            .AllowAnonymous().AsOpenData().WithName(nameof(GetAgreementVersion))
            .WithSummary("One version: status, hash, sections, background documents, parties (public; drafts and the processing record for staff)")
            .ProducesProblem(404);

        api.MapGet("/agreement-versions/{period}/text", GetAgreementCanonicalText)
            .AllowAnonymous().AsOpenData().WithName(nameof(GetAgreementCanonicalText))
            .WithSummary("The canonical text whose SHA-256 is the version's text hash (public; see docs/agreement.md)").ProducesProblem(404);

        api.MapGet("/agreement-versions/{period}/parties", ListParties)
            .AllowAnonymous().AsOpenData().WithName(nameof(ListParties)).WithSummary("The parties of one agreement version, as the agreement lists them (public)")
            .ProducesProblem(404);

        api.MapPost("/agreement-versions", CreateAgreementDraft)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(CreateAgreementDraft))
            .WithSummary("Start a draft for a new period from an existing version's text and parties (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost("/agreement-versions/{period}/sections", AddAgreementSection)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(AddAgreementSection)).WithSummary("Add a section to a draft (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPut("/agreement-versions/{period}/sections/{number:int}", ChangeAgreementSection)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(ChangeAgreementSection))
            .WithSummary("Change a section of a draft: number, title, body, Swedish text (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapDelete("/agreement-versions/{period}/sections/{number:int}", RemoveAgreementSection)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(RemoveAgreementSection)).WithSummary("Remove a section without comments from a draft (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPut("/agreement-versions/{period}/background-documents", SetAgreementBackgroundDocuments)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(SetAgreementBackgroundDocuments))
            .WithSummary("Replace the background documents a draft names (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapGet("/agreement-versions/{period}/comments", ListAgreementComments)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(ListAgreementComments)).WithSummary("The comment threads of a version's sections (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapPost("/agreement-versions/{period}/sections/{number:int}/comments", CommentOnAgreementSection)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(CommentOnAgreementSection))
            .WithSummary("Comment on a section of a draft (coordinator, admin, representative of a party to the version)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost("/agreement-versions/{period}/processing", RecordAgreementProcessing)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(RecordAgreementProcessing))
            .WithSummary("Record the leadership group's processing: a meeting, or a date and a note (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);

        api.MapPost("/agreement-versions/{period}/freeze", FreezeAgreementDraft)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(FreezeAgreementDraft))
            .WithSummary("Freeze a draft for the parties' decisions; answers the SHA-256 of its canonical text (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        api.MapGet("/agreement-versions/{period}/duties", ListAgreementRoleDuties)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(nameof(ListAgreementRoleDuties))
            .WithSummary("The open role duties of a version's parties (001 §7 iv): meeting places, leadership-group seats, the coordinator (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        // The old addresses by id, for one more release (decision 0024).
        app.MapAgreementPeriodsApi();
    }

    /// <summary>How the public reads by period say which region's period they mean (decision 0026).</summary>
    public const string RegionParameter =
        "The region whose period is meant, by its short name (\"etela-savo\"): a period such as 2026-2029 is unique only within a region. " +
        "Without it: a regional staff member's own region, else the default region (the only one, or South Savo). An unknown region is 404 (region.not_found).";

    private static async Task<Guid> RegionOfAsync(HttpContext http, string? region, CancellationToken ct) =>
        (await http.RequestServices.GetRequiredService<RegionAddressQueries>().ForReaderAsync(http.Actor(), region, ct)).Id;

    public static async Task<Ok<IReadOnlyList<AgreementVersionSummary>>> ListAgreementVersions([Description(RegionParameter)] string? region, HttpContext http,
        AgreementTextQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.VersionsAsync(http.Actor(), await RegionOfAsync(http, region, ct), ct));

    public static async Task<Ok<AgreementComparison>> CompareAgreementVersions(string? from, string? to, [Description(RegionParameter)] string? region, HttpContext http,
        AgreementTextQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.CompareAsync(http.Actor(), await RegionOfAsync(http, region, ct), from, to, ct));

    public static async Task<Ok<AgreementVersionView>> GetAgreementVersion(string period, [Description(RegionParameter)] string? region, HttpContext http,
        AgreementTextQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.VersionAsync(http.Actor(), await RegionOfAsync(http, region, ct), period, ct));

    /// <summary>On the canonical text of a frozen version: "true" when it hashes to the version's text hash, "false" when the stored text was changed.</summary>
    public const string TextIntactHeader = "Perheverkko-Text-Intact";

    public static async Task<ContentHttpResult> GetAgreementCanonicalText(string period, [Description(RegionParameter)] string? region, HttpContext http,
        AgreementTextQueries queries, CancellationToken ct)
    {
        var version = await queries.VersionAsync(http.Actor(), await RegionOfAsync(http, region, ct), period, ct);
        // The text served is the stored one; the header says whether it still hashes to the version's text hash.
        if (version.TextIntact is { } intact) http.Response.Headers[TextIntactHeader] = intact ? "true" : "false";
        return TypedResults.Text(AgreementText.Canonical(version.Sections.Select(s => new SectionText(s.Number, s.Title, s.Body))), "text/plain; charset=utf-8");
    }

    public static async Task<Ok<IReadOnlyList<PartyView>>> ListParties(string period, [Description(RegionParameter)] string? region, HttpContext http,
        AgreementQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PartiesAsync(await RegionOfAsync(http, region, ct), period, ct));

    public static async Task<Created<PeriodView>> CreateAgreementDraft(CreateAgreementDraft.Request request, HttpContext http, CreateAgreementDraft handler,
        CancellationToken ct)
    {
        var period = await handler.HandleAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/agreement-versions/{period}", new PeriodView(period));
    }

    public static async Task<Created<SectionNumberView>> AddAgreementSection(string period, AgreementSectionInput request, HttpContext http,
        AddAgreementSection handler, CancellationToken ct)
    {
        var number = await handler.HandleAsync(http.Actor(), period, request, ct);
        return TypedResults.Created($"/api/v1/agreement-versions/{period}", new SectionNumberView(number));
    }

    public static async Task<NoContent> ChangeAgreementSection(string period, int number, AgreementSectionInput request, HttpContext http,
        ChangeAgreementSection handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), period, number, request, ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> RemoveAgreementSection(string period, int number, HttpContext http, RemoveAgreementSection handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), period, number, ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> SetAgreementBackgroundDocuments(string period, SetBackgroundDocuments.Request request, HttpContext http,
        SetBackgroundDocuments handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), period, request, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<IReadOnlyList<SectionCommentView>>> ListAgreementComments(string period, HttpContext http, AgreementTextQueries queries,
        CancellationToken ct) =>
        TypedResults.Ok(await queries.CommentsAsync(http.Actor(), period, ct));

    public static async Task<Created<CreatedId>> CommentOnAgreementSection(string period, int number, CommentOnSection.Request request, HttpContext http,
        CommentOnSection handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), period, number, request, ct);
        return TypedResults.Created($"/api/v1/agreement-versions/{period}/comments", new CreatedId(id));
    }

    public static async Task<Created<CreatedId>> RecordAgreementProcessing(string period, RecordLeadershipProcessing.Request request, HttpContext http,
        RecordLeadershipProcessing handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), period, request, ct);
        return TypedResults.Created($"/api/v1/agreement-versions/{period}", new CreatedId(id));
    }

    public static async Task<Ok<TextHashView>> FreezeAgreementDraft(string period, HttpContext http, FreezeAgreementDraft handler, CancellationToken ct) =>
        TypedResults.Ok(new TextHashView(period, await handler.HandleAsync(http.Actor(), period, ct)));

    public static async Task<Ok<RoleDutiesView>> ListAgreementRoleDuties(string period, HttpContext http, AgreementTextQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DutiesAsync(http.Actor(), period, ct));
}
