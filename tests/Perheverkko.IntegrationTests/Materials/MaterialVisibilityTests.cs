using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Calendar;
using static Perheverkko.IntegrationTests.Materials.MaterialTestData;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Materials;

/// <summary>
/// Who sees which material (issue #18 item 3, "the material bank's visibility rules hold for every role and another
/// organisation"): public, parties' staff and one group's materials, on the list, the search, the read and the download.
/// A material one may not see is 404 everywhere, as is another region's.
/// </summary>
public sealed class MaterialVisibilityTests
{
    [Theory, BothDatabases]
    public async Task Each_role_sees_exactly_the_materials_shared_with_it_on_every_route(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SecondRegion.SeedAsync(app);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var folder = await FolderAsync(coordinator, "Oppaat");
        // Savonlinna's representative is a member of the Perheneuvo network: nothing else entitles them to its material.
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{FamilyAdviceGroup}/memberships", new
        {
            staffUserId = SeedIds.For("user", DemoUsers.SavonlinnaRepresentative), organisationId = Savonlinna, role = "Member",
            from = HelsinkiTime.Today(app.Clock).AddDays(-1),
        }));
        var open = await CreatedIdAsync(await UploadAsync(mikkeli, folder, "Ohje vanhemmille", "Public", "opas.pdf", Pdf, tags: "vanhemmuus"));
        var parties = await CreatedIdAsync(await UploadAsync(mikkeli, folder, "Ohje kirjoittajille", "PartiesStaff", "kirjoittajat.pdf", Pdf));
        var group = await CreatedIdAsync(await UploadAsync(mikkeli, folder, "Perheneuvon ohje", "Group", "perheneuvo.pdf", Pdf, group: FamilyAdviceGroup));
        Guid[] all = [open, parties, group];

        var roles = new (string Role, HttpClient Client, Guid[] Sees)[]
        {
            ("admin", await app.ClientForAsync(DemoUsers.Admin), all),
            ("coordinator", coordinator, all),
            ("representative of the owner", mikkeli, all),
            ("professional of the owner", await app.ClientForAsync(DemoUsers.MikkeliAdviceWorker), all),
            ("professional of another organisation", await app.ClientForAsync(DemoUsers.Professional), [open, parties]),
            ("group member of another organisation", await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative), all),
            ("coordinator of another region", await app.ClientForAsync(SecondRegion.CoordinatorEmail), []),
        };
        foreach (var (role, client, sees) in roles)
        {
            var listed = Ids((await client.GetFromJsonAsync<JsonElement>("/api/v1/materials")).GetProperty("folders").EnumerateArray()
                .SelectMany(f => f.GetProperty("materials").EnumerateArray()));
            Assert.True(sees.Order().SequenceEqual(listed.Intersect(all).Order()), $"{role} lists {listed.Count} materials");
            // The search filters by the same rule: every title has "ohje" in it, and "ohjeita" finds each by its base form (Voikko) or stem (Snowball).
            var hits = Ids((await client.GetFromJsonAsync<JsonElement>("/api/v1/materials?q=ohjeita")).GetProperty("hits").EnumerateArray());
            Assert.True(sees.Order().SequenceEqual(hits.Order()), $"{role} finds {hits.Count} materials");
            foreach (var material in all)
            {
                var expected = sees.Contains(material) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                var read = await client.GetAsync($"/api/v1/materials/{material}");
                Assert.True(expected == read.StatusCode, $"{role} reads {material}: {read.StatusCode}");
                if (expected == HttpStatusCode.NotFound) Assert.Equal("material.not_found", await CodeOfAsync(read));
                var download = await client.GetAsync($"/staff/materials/{material}/versions/1");
                Assert.True(expected == download.StatusCode, $"{role} downloads {material}: {download.StatusCode}");
                Assert.Equal(expected, (await client.GetAsync($"/api/v1/materials/{material}/versions/1")).StatusCode);
                if (expected != HttpStatusCode.OK) continue;
                Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
                Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
                Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
            }
        }
        // The staff pages say the same: the list leaves out what one may not see, and its page is not found.
        var professional = roles[4].Client;
        var bank = await (await professional.GetAsync("/staff/materials")).Content.ReadAsStringAsync();
        Assert.Contains("Ohje kirjoittajille", bank);
        Assert.DoesNotContain("Perheneuvon ohje", bank);
        Assert.Equal(HttpStatusCode.NotFound, (await professional.GetAsync($"/staff/materials/{group}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await professional.GetAsync($"/staff/materials/{parties}")).StatusCode);
        Assert.Contains("Perheneuvon ohje", await (await mikkeli.GetAsync("/staff/materials?q=ohjeita")).Content.ReadAsStringAsync());

        // Anonymous visitors: the public page and file only.
        var visitor = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/v1/materials")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync($"/api/v1/materials/{open}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await visitor.GetAsync($"/staff/materials/{open}/versions/1")).StatusCode);
        foreach (var page in new[] { "/materials", $"/r/{SouthSavoNetwork.RegionSlug}/materials" })
        {
            var html = await (await visitor.GetAsync(page)).Content.ReadAsStringAsync();
            Assert.Contains("Ohje vanhemmille", html);
            Assert.DoesNotContain("Ohje kirjoittajille", html);
            Assert.DoesNotContain("Perheneuvon ohje", html);
        }
        Assert.DoesNotContain("Ohje vanhemmille", await (await visitor.GetAsync($"/r/{SecondRegion.Slug}/materials")).Content.ReadAsStringAsync());
        var file = await visitor.GetAsync($"/materials/{open}/file");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(("attachment", "opas.pdf"), (file.Content.Headers.ContentDisposition?.DispositionType, file.Content.Headers.ContentDisposition?.FileName));
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/materials/{parties}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/materials/{group}/file")).StatusCode);
        // A signed-in person of another region sees the public material where anyone would.
        Assert.Contains("Ohje vanhemmille", await (await roles[6].Client.GetAsync("/materials")).Content.ReadAsStringAsync());
    }

    private static List<Guid> Ids(IEnumerable<JsonElement> rows) => rows.Select(r => r.GetProperty("id").GetGuid()).ToList();
}
