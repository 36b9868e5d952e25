using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Documents;
using static Perheverkko.IntegrationTests.Materials.MaterialTestData;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Materials;

/// <summary>Versions, the file checks, changes by the owner only, folders and removal, by the API and on the pages (issue #18 item 3).</summary>
public sealed class MaterialChangeTests
{
    [Theory, BothDatabases]
    public async Task Versions_files_changes_and_folders_follow_their_rules(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var savonlinna = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);

        // Folders are the coordinator's: a representative's folder is refused, an empty folder goes, one with materials stays.
        Assert.Equal(HttpStatusCode.Forbidden, (await mikkeli.PostAsJsonAsync("/api/v1/material-folders", new { name = new { fi = "Oma kansio" } })).StatusCode);
        Assert.Equal("validation.failed", await CodeOfAsync(await coordinator.PostAsJsonAsync("/api/v1/material-folders", new { name = new { fi = "" } })));
        var folder = await FolderAsync(coordinator, "Pohjat", 1);
        var empty = await FolderAsync(coordinator, "Tyhjä");
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsJsonAsync($"/api/v1/material-folders/{empty}", new { name = new { fi = "Tyhjä kansio", sv = "Tom mapp" }, position = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mikkeli.DeleteAsync($"/api/v1/material-folders/{empty}")).StatusCode);
        Assert.Equal("material.folder_not_found", await CodeOfAsync(await coordinator.DeleteAsync($"/api/v1/material-folders/{Guid.NewGuid()}")));

        // Two versions: both download, the latest is current.
        var material = await CreatedIdAsync(await UploadAsync(mikkeli, folder, "Lomakepohja", "PartiesStaff", "pohja.pdf", Pdf, description: "Yhteinen lomake"));
        // One document, kept: a ZIP's entries carry the time they were written, so two calls may differ by a second.
        var docx = Docx();
        await CreatedIdAsync(await AddVersionAsync(mikkeli, material, "pohja.docx", docx, DocxType));
        var view = await mikkeli.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{material}");
        Assert.Equal((2, true), (view.GetProperty("latestVersion").GetInt32(), view.GetProperty("mayEdit").GetBoolean()));
        Assert.Equal([2, 1], view.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        var first = await mikkeli.GetAsync($"/api/v1/materials/{material}/versions/1");
        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await first.Content.ReadAsByteArrayAsync());
        var second = await mikkeli.GetAsync($"/api/v1/materials/{material}/versions/2");
        Assert.Equal(DocxType, second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(docx, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal("material.version_not_found", await CodeOfAsync(await mikkeli.GetAsync($"/api/v1/materials/{material}/versions/3")));

        // Files of forbidden kinds, empty or too large ones are refused, as a new material and as a version; nothing is saved.
        var counts = await CountsAsync(app);
        byte[] executable = [(byte)'M', (byte)'Z', 0x90, 0, .. Pdf];
        foreach (var (fileName, type, content, code) in new (string, string, byte[], string)[]
        {
            ("ohjelma.pdf", "application/pdf", executable, "material.file_type_not_allowed"), // an .exe renamed .pdf
            ("makrot.docx", DocxType, Docx(withMacros: true), "material.file_type_not_allowed"),
            ("pohja.docx", DocxType, Pdf, "material.file_type_not_allowed"), // a PDF under a Word name
            ("sivu.pdf", "text/html", Pdf, "material.file_type_not_allowed"), // a type a cross-site form could send
            ("tyhja.pdf", "application/pdf", [], "material.file_empty"),
            ("iso.pdf", "application/pdf", [.. Pdf, .. new byte[AttachmentFiles.MaxBytes]], "material.file_too_large"),
        })
        {
            Assert.Equal(code, await CodeOfAsync(await UploadAsync(mikkeli, folder, "Kielletty", "PartiesStaff", fileName, content, type)));
            Assert.Equal(code, await CodeOfAsync(await AddVersionAsync(mikkeli, material, fileName, content, type)));
        }
        // Text with a NUL, a link that is no web address, a group that is not named: refused, nothing saved.
        Assert.Equal("validation.failed", await CodeOfAsync(await UploadAsync(mikkeli, folder, "Lomake\0pohja", "PartiesStaff", "pohja.pdf", Pdf)));
        Assert.Equal("material.url_invalid", await CodeOfAsync(await mikkeli.PostAsJsonAsync("/api/v1/materials",
            new { folderId = folder, title = "Linkki", visibility = "Public", url = "javascript:alert(1)" })));
        Assert.Equal("material.group_required", await CodeOfAsync(await UploadAsync(mikkeli, folder, "Ryhmälle", "Group", "pohja.pdf", Pdf)));
        Assert.Equal("material.folder_unknown", await CodeOfAsync(await UploadAsync(mikkeli, Guid.NewGuid(), "Minne", "PartiesStaff", "pohja.pdf", Pdf)));
        Assert.Equal(counts, await CountsAsync(app));

        // Another organisation's material: Savonlinna's representative sees it but may not change it (403, nothing changed).
        object Change(int version, string title = "Muutettu", string visibility = "PartiesStaff", Guid? groupId = null, Guid? folderId = null) =>
            new { folderId = folderId ?? folder, title, description = "Yhteinen lomake", tags = "lomake", visibility, groupId, version };
        Assert.Equal(HttpStatusCode.Forbidden, (await savonlinna.PutAsJsonAsync($"/api/v1/materials/{material}", Change(1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await savonlinna.DeleteAsync($"/api/v1/materials/{material}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AddVersionAsync(savonlinna, material, "oma.pdf", Pdf)).StatusCode);
        // Nor add one in Mikkeli's name.
        Assert.Equal(HttpStatusCode.Forbidden, (await savonlinna.PostAsJsonAsync("/api/v1/materials",
            new { folderId = folder, organisationId = Mikkeli, title = "Mikkelin nimissä", visibility = "Public", url = "https://perhekeskus.example/" })).StatusCode);
        Assert.False((await savonlinna.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{material}")).GetProperty("mayEdit").GetBoolean());
        Assert.Equal(counts, await CountsAsync(app));
        Assert.Equal("Lomakepohja", (await mikkeli.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{material}")).GetProperty("title").GetString());

        // The owner changes it: an old copy is stale, a group must be the region's, a NUL is refused; then it moves and is renamed.
        Assert.Equal("material.stale", await CodeOfAsync(await mikkeli.PutAsJsonAsync($"/api/v1/materials/{material}", Change(0))));
        Assert.Equal("material.group_unknown", await CodeOfAsync(await mikkeli.PutAsJsonAsync($"/api/v1/materials/{material}", Change(1, visibility: "Group", groupId: SecondRegion.GroupId))));
        Assert.Equal("validation.failed", await CodeOfAsync(await mikkeli.PutAsJsonAsync($"/api/v1/materials/{material}", Change(1, title: "Muu\0ttunut"))));
        Assert.Equal(HttpStatusCode.NoContent, (await mikkeli.PutAsJsonAsync($"/api/v1/materials/{material}", Change(1, folderId: empty))).StatusCode);
        var changed = await app.WithDbAsync(db => db.Materials.AsNoTracking().SingleAsync(m => m.Id == material));
        Assert.Equal(("Muutettu", empty, "lomake"), (changed.Title, changed.FolderId, changed.Tags));
        Assert.Equal("material.folder_not_empty", await CodeOfAsync(await coordinator.DeleteAsync($"/api/v1/material-folders/{empty}")));
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/v1/material-folders/{folder}")).StatusCode);

        // A link has no versions; the coordinator may add one for another organisation.
        var link = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/materials",
            new { folderId = empty, organisationId = Savonlinna, title = "Perhekeskuksen sivut", visibility = "Public", url = "https://perhekeskus.example/opas" }));
        Assert.Equal("material.not_a_file", await CodeOfAsync(await AddVersionAsync(savonlinna, link, "a.pdf", Pdf)));
        Assert.Equal(HttpStatusCode.NoContent, (await savonlinna.DeleteAsync($"/api/v1/materials/{link}")).StatusCode);

        // Removal takes the versions and the index row with it.
        Assert.Equal(HttpStatusCode.NoContent, (await mikkeli.DeleteAsync($"/api/v1/materials/{material}")).StatusCode);
        Assert.Equal((0, 0), await CountsAsync(app));
        Assert.Equal(HttpStatusCode.NotFound, (await mikkeli.GetAsync($"/api/v1/materials/{material}")).StatusCode);
        Assert.Empty((await mikkeli.GetFromJsonAsync<JsonElement>("/api/v1/materials?q=lomakepohja")).GetProperty("hits").EnumerateArray());
        await app.WithDbAsync(async db =>
        {
            Assert.Equal(4, await db.AuditRecords.CountAsync(a => a.Event == AuditEvent.MaterialSaved));
            Assert.Equal(2, await db.AuditRecords.CountAsync(a => a.Event == AuditEvent.MaterialRemoved));
            Assert.Equal(4, await db.AuditRecords.CountAsync(a => a.Event == AuditEvent.MaterialFolderChanged));
            return 0;
        });

        // The pages: a refused file keeps what was typed with the message at the file; removal asks first.
        var browser = app.Anonymous();
        await Forms.SignInAsync(browser, DemoUsers.MikkeliRepresentative);
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "File", ["Input.FolderId"] = empty.ToString(), ["Input.Title"] = "Toimintasuunnitelma 2027",
            ["Input.Tags"] = "suunnitelma", ["Input.Visibility"] = "PartiesStaff",
        };
        var refused = await Forms.PostMultipartAsync(browser, "/staff/materials/new", fields, [("Input.File", "ohjelma.pdf", "application/pdf", [(byte)'M', (byte)'Z', 0, 0])]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Vain PDF-, Word- (.docx) ja Excel-tiedostot", html);
        Assert.Contains("value=\"Toimintasuunnitelma 2027\"", html);
        Assert.Equal((0, 0), await CountsAsync(app));

        var added = await Forms.PostMultipartAsync(browser, "/staff/materials/new", fields, [("Input.File", "suunnitelma.pdf", "application/pdf", Pdf)]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = added.Headers.Location!.OriginalString.Split('?')[0];
        Assert.Contains("suunnitelma.pdf", await (await browser.GetAsync(page)).Content.ReadAsStringAsync());
        var asked = await Forms.PostAsync(browser, page, new Dictionary<string, string>(), $"{page}?handler=Remove");
        Assert.Contains("Kyllä, poista", await asked.Content.ReadAsStringAsync());
        Assert.Equal((1, 1), await CountsAsync(app));
        var removed = await Forms.PostAsync(browser, page, new Dictionary<string, string> { ["Confirm"] = "true" }, $"{page}?handler=Remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal((0, 0), await CountsAsync(app));
    }

    private static Task<(int Materials, int Versions)> CountsAsync(TestApp app) =>
        app.WithDbAsync(async db => (await db.Materials.CountAsync(), await db.MaterialVersions.CountAsync()));
}
