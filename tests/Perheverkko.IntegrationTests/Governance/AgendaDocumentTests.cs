using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Documents;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Governance;

/// <summary>Agenda documents: only PDF, DOCX and XLSX by their content, at most 20 MB, readable by exactly those who may read the meeting.</summary>
public sealed class AgendaDocumentTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid Savonlinna = NetworkSeeder.OrganisationId("savonlinna");
    private static readonly Guid FamilyAdvice = GovernanceSeeder.GroupId("perheneuvoverkosto");

    internal static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>An Office Open XML container: a ZIP whose [Content_Types].xml names the main part's type.</summary>
    internal static byte[] Office(string mainPartType, bool withMacros = false)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                writer.Write($"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/main.xml\" ContentType=\"{mainPartType}\"/></Types>");
            using (var writer = new StreamWriter(zip.CreateEntry("main.xml").Open())) writer.Write("<document/>");
            if (withMacros) using (var writer = new StreamWriter(zip.CreateEntry("word/vbaProject.bin").Open())) writer.Write("macro");
        }
        return buffer.ToArray();
    }

    internal static readonly byte[] Docx = Office("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    private static readonly byte[] Xlsx = Office("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");

    internal static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid item, string fileName, string contentType, byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return client.PostAsync($"/api/v1/agenda-items/{item}/attachments?fileName={Uri.EscapeDataString(fileName)}", body);
    }

    [Theory, BothDatabases]
    public async Task Only_real_pdf_docx_and_xlsx_up_to_20_MB_are_kept_with_their_hash_and_members_only_documents_stay_in_the_group(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var from = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        // Two members-only groups: the Mikkeli representative belongs to the Perheneuvo network, the Savonlinna one to another.
        var other = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/groups", new
        {
            // A municipality's LAPE working group (003 §3.4: the local multi-actor group) is a group kind of its own.
            slug = "savonlinnan-lape", kind = "MunicipalLapeGroup", name = new { fi = "Savonlinnan LAPE-työryhmä" }, purpose = "Paikallinen koordinointi",
            meetingsPerYear = 4, visibility = "MembersOnly",
        }));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{FamilyAdvice}/memberships",
            new { staffUserId = SeedIds.For("user", DemoUsers.MikkeliRepresentative), organisationId = Mikkeli, role = "Member", from }));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{other}/memberships",
            new { staffUserId = SeedIds.For("user", DemoUsers.SavonlinnaRepresentative), organisationId = Savonlinna, role = "Member", from }));
        var meeting = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{FamilyAdvice}/meetings",
            new { date = app.NextYearOn(2, 3).Iso(), startTime = "13:00:00", endTime = "15:00:00", mode = "Remote" }));
        var item = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items", new { title = "Vuosisuunnitelma", kind = "Decision" }));

        var pdf = await CreatedIdAsync(await UploadAsync(coordinator, item, "suunnitelma.pdf", "application/pdf", Pdf));
        await CreatedIdAsync(await UploadAsync(coordinator, item, "muistio.docx", AttachmentFiles.Docx.MediaType, Docx));
        await CreatedIdAsync(await UploadAsync(coordinator, item, "talous.xlsx", AttachmentFiles.Xlsx.MediaType, Xlsx));

        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        var refused = new (string Name, string Type, byte[] Content, string Code)[]
        {
            ("kuva.pdf", "application/pdf", png, "attachment.type_not_allowed"), // the name and the type lie; the content does not
            ("suunnitelma.docx", AttachmentFiles.Docx.MediaType, Pdf, "attachment.type_not_allowed"), // a PDF under a Word name
            ("makrot.docx", AttachmentFiles.Docx.MediaType, Office("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", withMacros: true), "attachment.type_not_allowed"),
            ("makrot.docm", "application/vnd.ms-word.document.macroEnabled.12", Office("application/vnd.ms-word.document.macroEnabled.main+xml"), "attachment.type_not_allowed"),
            ("arkisto.docx", AttachmentFiles.Docx.MediaType, Office("application/xml"), "attachment.type_not_allowed"), // a ZIP, but not a Word document
            ("teksti.pdf", "text/plain", Pdf, "attachment.type_not_allowed"), // only the file's own types are accepted on the API
            ("iso.pdf", "application/pdf", [.. Pdf, .. new byte[AttachmentFiles.MaxBytes]], "attachment.too_large"),
            ("tyhja.pdf", "application/pdf", [], "attachment.empty"),
        };
        foreach (var (name, type, content, code) in refused)
        {
            var response = await UploadAsync(coordinator, item, name, type, content);
            Assert.True((int)response.StatusCode is 422 or 413, $"{name}: {(int)response.StatusCode}");
            Assert.Equal(code, await CodeOfAsync(response));
        }
        Assert.Equal(3, await app.WithDbAsync(db => db.AgendaAttachments.CountAsync()));

        var stored = await app.WithDbAsync(db => db.AgendaAttachments.SingleAsync(a => a.Id == pdf));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), stored.Sha256);
        Assert.Equal(Pdf.Length, stored.Size);

        var member = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var outsider = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/v1/attachments/{pdf}")).StatusCode); // not before the agenda is sent
        var membership = await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.GroupId == FamilyAdvice));
        Assert.Equal(1, membership);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/meetings/{meeting}/invitations", null)).StatusCode);

        var download = await member.GetAsync($"/api/v1/attachments/{pdf}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("suunnitelma.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        var view = await member.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}");
        var files = view.GetProperty("agendaItems")[0].GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(["suunnitelma.pdf", "muistio.docx", "talous.xlsx"], files.Select(f => f.GetProperty("fileName").GetString()));
        Assert.Equal(stored.Sha256, files[0].GetProperty("sha256").GetString());

        // A member of another members-only group, and staff of the parties, cannot read this group's documents.
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/v1/attachments/{pdf}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(DemoUsers.Professional)).GetAsync($"/api/v1/attachments/{pdf}")).StatusCode);
        // Nor change them.
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(member, item, "oma.pdf", "application/pdf", Pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.DeleteAsync($"/api/v1/attachments/{pdf}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/v1/attachments/{pdf}")).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.AgendaAttachments.CountAsync()));
    }

    [Theory, BothDatabases]
    public async Task The_coordinator_uploads_on_the_meeting_page_with_the_antiforgery_token_and_a_wrong_file_gets_a_field_message(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var day = app.NextYearOn(1, 12);
        var (meeting, item) = await app.WithDbAsync(async db =>
        {
            var planned = Meeting.Plan(Guid.CreateVersion7(), GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup), day.HelsinkiUtc(9),
                day.HelsinkiUtc(11), MeetingMode.Remote, null, null, DateTime.UtcNow);
            var agendaItem = planned.AddAgendaItem("Talousarvio", AgendaItemKind.Decision, null, null, null, DateTime.UtcNow);
            db.Meetings.Add(planned);
            await db.SaveChangesAsync();
            return (planned.Id, agendaItem.Id);
        });
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(browser, DemoUsers.Coordinator);
        var page = $"/staff/meetings/{meeting}";
        var fields = new Dictionary<string, string> { ["Upload.ItemId"] = item.ToString() };

        var added = await Forms.PostMultipartAsync(browser, page, fields, [("Upload.File", "talousarvio.pdf", "application/octet-stream", Pdf)], $"{page}?handler=Upload");
        var html = await added.Content.ReadAsStringAsync();
        Assert.Contains("Liite lisätty.", html);
        Assert.Contains("talousarvio.pdf", html);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Pdf)), html);

        var wrong = await (await Forms.PostMultipartAsync(browser, page, fields, [("Upload.File", "ohjelma.pdf", "application/pdf", "MZ\x90\0"u8.ToArray())],
            $"{page}?handler=Upload")).Content.ReadAsStringAsync();
        Assert.Contains("Liitteeksi käyvät vain PDF-, Word- (.docx) ja Excel-tiedostot (.xlsx)", wrong);
        var forged = await Forms.PostMultipartAsync(browser, page, fields, [("Upload.File", "toinen.pdf", "application/pdf", Pdf)], $"{page}?handler=Upload", withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.AgendaAttachments.CountAsync()));
    }
}
