using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Indicators;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.YearCycle;

/// <summary>
/// Indicators (issue #17 item 5): the region chooses them, imports Sotkanet's JSON and CSV from a file and fetches them from
/// (a fake) Sotkanet; every import is all or nothing and names the row it refused.
/// </summary>
public sealed class IndicatorImportTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.MunicipalityId("mikkeli");
    private static readonly Guid Savonlinna = NetworkSeeder.MunicipalityId("savonlinna");

    private static async Task<(HttpStatusCode, string, string)> RefusalAsync(HttpResponseMessage response)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.GetProperty("code").GetString()!, body.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "");
    }

    [Theory, BothDatabases]
    public async Task Files_in_Sotkanet_formats_and_the_fetch_import_all_or_nothing(DatabaseProvider provider)
    {
        await using var sotkanet = await FakeSotkanet.StartAsync();
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string?> { ["Indicators:SotkanetBaseAddress"] = sotkanet.BaseAddress });
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);

        // Choosing: the coordinator adds Sotkanet 127; a representative may not; a duplicate and a NUL are refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await representative.PostAsJsonAsync("/api/v1/indicators", new { sotkanetId = 127, name = new { fi = "Ilmoitukset" } })).StatusCode);
        var id = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/indicators", new { sotkanetId = 127, name = new { fi = "Lastensuojeluilmoitukset", sv = "Barnskyddsanmälningar" } }));
        Assert.Equal("indicator.duplicate", (await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/indicators", new { sotkanetId = 127, name = new { fi = "Taas" } }))).Item2);
        var nul = await coordinator.PostAsJsonAsync("/api/v1/indicators", new { sotkanetId = 128, name = new { fi = "Nolla\u0000merkki" } });
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "validation.failed"), ((await RefusalAsync(nul)).Item1, (await RefusalAsync(nul)).Item2));
        Assert.Equal((HttpStatusCode.NotFound, "indicator.not_found"), (await RefusalAsync(await coordinator.PutAsJsonAsync($"/api/v1/indicators/{Guid.NewGuid()}", new { name = new { fi = "X" } })))
            is var nf ? (nf.Item1, nf.Item2) : default);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsJsonAsync($"/api/v1/indicators/{id}", new { name = new { fi = "Lastensuojeluilmoitukset", en = "Child-welfare notifications" } })).StatusCode);
        Assert.Equal(4, await app.WithDbAsync(db => db.Indicators.CountAsync()));

        async Task<HttpResponseMessage> Import(string data, string? regions = null) =>
            await coordinator.PostAsJsonAsync("/api/v1/indicators/imports", new { data, regions });
        async Task<int> Values() => await app.WithDbAsync(db => db.IndicatorValues.CountAsync(v => v.IndicatorId == id));

        // Without Sotkanet's regions list, its region ids cannot become municipalities.
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "indicator.regions_missing"), (await RefusalAsync(await Import(SotkanetFiles.Data(127, (833, 2024, "total", 1.0))))) is var r0 ? (r0.Item1, r0.Item2) : default);

        // A JSON file with its regions list: Mikkeli and Savonlinna are kept; Helsinki, the whole country and "female" are skipped.
        var json = SotkanetFiles.Data(127, (833, 2023, "total", 12.5), (833, 2024, "total", 13.1), (901, 2024, "total", 9.75), (901, 2024, "female", 10.0),
            (200, 2024, "total", 20.0), (658, 2024, "total", 11.0), (901, 2023, "total", null));
        var imported = await (await Import(json, SotkanetFiles.Regions)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((4, 3), (imported.GetProperty("imported").GetInt32(), imported.GetProperty("skipped").GetInt32()));
        var values = await app.WithDbAsync(db => db.IndicatorValues.Where(v => v.IndicatorId == id).OrderBy(v => v.Year).ThenBy(v => v.MunicipalityId).ToListAsync());
        Assert.Equal(13.1, values.Single(v => v.MunicipalityId == Mikkeli && v.Year == 2024).Value);
        Assert.Null(values.Single(v => v.MunicipalityId == Savonlinna && v.Year == 2023).Value);

        // The CSV export (semicolons, a decimal comma) replaces a value; the mapping stored by the first import is used.
        var csv = "indicator;region;year;gender;value;absValue\n127;833;2024;total;14,2;140\n127;901;2022;total;8.5;85\n";
        Assert.Equal(HttpStatusCode.OK, (await Import(csv)).StatusCode);
        Assert.Equal(14.2, await app.WithDbAsync(db => db.IndicatorValues.Where(v => v.IndicatorId == id && v.MunicipalityId == Mikkeli && v.Year == 2024).Select(v => v.Value).SingleAsync()));
        Assert.Equal(5, await Values());

        // Each refusal names its row, and nothing of the file is saved (the first, good row of each file included).
        foreach (var (file, regions, code, row) in new (string, string?, string, int?)[]
        {
            (SotkanetFiles.Data(127, (833, 2021, "total", 1.0), (833, 2022, "total", 2.0)).Replace("\"indicator\":127,\"region\":833,\"year\":2022", "\"indicator\":999,\"region\":833,\"year\":2022"), null, "indicator.unknown_indicator", 2),
            (SotkanetFiles.Data(127, (833, 2021, "total", 1.0), (833, 1850, "total", 2.0)), null, "indicator.year_out_of_range", 2),
            (SotkanetFiles.Data(127, (833, 2021, "total", 1.0), (99999, 2022, "total", 2.0)), SotkanetFiles.Regions, "indicator.unknown_region", 2),
            ("indicator;region;year;gender;value\n127;833;2021;total;1\n127;833;;total;2\n", null, "indicator.malformed_row", 2),
            ("[{\"indicator\":127,\"region\":833,\"year\":2021,\"gender\":\"total\",\"value\":\"many\"}]", null, "indicator.malformed_row", 1),
            ("this is no Sotkanet file", null, "indicator.malformed_file", null),
            (SotkanetFiles.Data(127, (833, 2021, "total", 1.0)), "{\"not\":\"a list\"}", "indicator.malformed_regions", null),
        })
        {
            var (status, refusedCode, title) = await RefusalAsync(await Import(file, regions));
            Assert.Equal((HttpStatusCode.UnprocessableEntity, code), (status, refusedCode));
            if (row is { } n) Assert.StartsWith($"Row {n}:", title);
        }
        Assert.Equal(5, await Values());
        Assert.Equal(2, await app.WithDbAsync(db => db.SotkanetMunicipalities.CountAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await representative.PostAsJsonAsync("/api/v1/indicators/imports", new { data = csv })).StatusCode);

        // The staff page: a refused row is named next to the file field, a good file is imported.
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(browser, DemoUsers.Coordinator)).StatusCode);
        var refusedPage = await Forms.PostMultipartAsync(browser, "/staff/indicators", new Dictionary<string, string>(),
            [("DataFile", "sotkanet.csv", "text/csv", Encoding.UTF8.GetBytes("indicator;region;year;gender;value\n127;833;2021;total;1\n127;833;1800;total;2\n"))], "/staff/indicators?handler=Import");
        var refusedHtml = WebUtility.HtmlDecode(await refusedPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refusedPage.StatusCode);
        Assert.Contains("Rivi 2: Rivin vuosi ei ole järkevä tilastovuosi", refusedHtml);
        var goodPage = await Forms.PostMultipartAsync(browser, "/staff/indicators", new Dictionary<string, string>(),
            [("DataFile", "sotkanet.json", "application/json", Encoding.UTF8.GetBytes(SotkanetFiles.Data(127, (833, 2021, "total", 11.0))))], "/staff/indicators?handler=Import");
        Assert.Equal(HttpStatusCode.Redirect, goodPage.StatusCode);
        Assert.Contains("Lastensuojeluilmoitukset", WebUtility.HtmlDecode(await browser.GetStringAsync("/staff/indicators")));
        Assert.Equal(6, await Values());

        // Fetching from Sotkanet: its regions list and data for the region's indicators and years, then the same import.
        var fetched = await (await coordinator.PostAsJsonAsync("/api/v1/indicators/fetches", new { fromYear = 2023, toYear = 2024 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, 2), (fetched.GetProperty("imported").GetInt32(), fetched.GetProperty("skipped").GetInt32()));
        Assert.Contains(sotkanet.Queries, q => q.Contains("indicator=127") && q.Contains("years=2023") && q.Contains("years=2024") && q.Contains("genders=total"));
        Assert.Equal(12.5, await app.WithDbAsync(db => db.IndicatorValues.Where(v => v.IndicatorId == id && v.MunicipalityId == Mikkeli && v.Year == 2023).Select(v => v.Value).SingleAsync()));
        // Sotkanet down: a conflict that says so, nothing changes.
        sotkanet.Failing = true;
        var before = await Values();
        Assert.Equal((HttpStatusCode.Conflict, "indicator.source_failed"), (await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/indicators/fetches", new { }))) is var f ? (f.Item1, f.Item2) : default);
        Assert.Equal(before, await Values());

        // The yearly job fetches for a region that has imported nothing this year.
        sotkanet.Failing = false;
        await app.WithDbAsync(db => db.IndicatorValues.ExecuteDeleteAsync());
        await app.WithScopeAsync(sp => sp.GetRequiredService<SotkanetYearlyImport>().RunAsync(CancellationToken.None));
        Assert.True(await Values() > 0);

        Assert.True(await app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Event == AuditEvent.IndicatorsImported)) >= 4);
    }
}
