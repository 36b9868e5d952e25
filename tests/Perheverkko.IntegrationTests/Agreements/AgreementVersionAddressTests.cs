using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.Agreements.SigningKit;

namespace Perheverkko.IntegrationTests.Agreements;

/// <summary>
/// Decision 0024: the API addresses an agreement version by its period, /api/v1/agreement-versions/2026-2029/…; the old
/// addresses by id, /api/v1/agreement-periods…, answer as before for one more release, with a Deprecation header and a
/// Link to their successor, and are marked deprecated in the OpenAPI document.
/// </summary>
public sealed class AgreementVersionAddressTests
{
    private const string Successor = "successor-version";

    [Theory, BothDatabases]
    public async Task A_version_and_its_parties_are_addressed_by_period_and_the_old_addresses_by_id_answer_the_same_naming_their_successor(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var anonymous = app.Anonymous();

        var parties = await anonymous.GetAsync(VersionPath(Period, "parties"));
        Assert.Equal(HttpStatusCode.OK, parties.StatusCode);
        Assert.False(parties.Headers.Contains("Deprecation"));
        var list = await parties.Content.ReadFromJsonAsync<JsonElement[]>();
        Assert.Equal(20, list!.Length);
        Assert.Equal("Enonkoski", list[0].GetProperty("listedName").GetString());
        // An unknown period is not found the same way under every address of the scheme, the signing round's included.
        Assert.Equal("agreement.not_found", await CodeAsync(anonymous.GetAsync(VersionPath("1999-2000", "parties")), HttpStatusCode.NotFound));
        Assert.Equal("agreement.not_found", await CodeAsync(anonymous.GetAsync(VersionPath("1999-2000", "decisions")), HttpStatusCode.NotFound));
        Assert.Equal("agreement.not_found", await CodeAsync(anonymous.GetAsync(VersionPath("not-a-period", "decisions")), HttpStatusCode.NotFound));

        // The old list of periods: as before (periods with an en dash), its successor the list of versions.
        var periods = await anonymous.GetAsync("/api/v1/agreement-periods");
        AssertDeprecated(periods, "/api/v1/agreement-versions");
        var periodList = await periods.Content.ReadFromJsonAsync<JsonElement[]>();
        Assert.Equal(["2022–2023", "2024–2025", "2026–2029"], periodList!.Select(p => p.GetProperty("period").GetString()));
        Assert.Equal(Period2026.ToString(), periodList![2].GetProperty("id").GetString());

        var oldParties = await anonymous.GetAsync($"/api/v1/agreement-periods/{Period2026}/parties");
        AssertDeprecated(oldParties, VersionPath(Period, "parties"));
        Assert.Equal(await (await anonymous.GetAsync(VersionPath(Period, "parties"))).Content.ReadAsStringAsync(), await oldParties.Content.ReadAsStringAsync());
        var oldDecisions = await anonymous.GetAsync($"/api/v1/agreement-periods/{Period2026}/decisions");
        AssertDeprecated(oldDecisions, VersionPath(Period, "decisions"));
        Assert.Equal(await anonymous.GetStringAsync(VersionPath(Period, "decisions")), await oldDecisions.Content.ReadAsStringAsync());

        // An unknown id keeps its own rule; it has no successor to name.
        var missing = await anonymous.GetAsync($"/api/v1/agreement-periods/{Guid.NewGuid()}/parties");
        Assert.Equal("agreement_period.not_found", await CodeAsync(Task.FromResult(missing), HttpStatusCode.NotFound));
        Assert.True(missing.Headers.Contains("Deprecation"));
        Assert.False(missing.Headers.Contains("Link"));

        // Staff writes through an old address still work, and what they wrote is there under the new one.
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var vaalijala = NetworkSeeder.OrganisationId("vaalijala");
        var added = await coordinator.PostAsJsonAsync($"/api/v1/agreement-periods/{Period2026}/parties", new { organisationId = vaalijala });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        AssertDeprecated(added, VersionPath(Period, "parties"));
        Assert.Equal($"/api/v1/agreement-periods/{Period2026}/signing", added.Headers.Location!.OriginalString);
        Assert.Contains(await anonymous.GetFromJsonAsync<JsonElement[]>(VersionPath(Period, "parties")) ?? [],
            p => p.GetProperty("organisationId").GetString() == vaalijala.ToString());
        // The seeded 2026–2029 version is out for decisions (decision 0041), so the old address sends it for signing.
        var sent = await coordinator.PostAsync($"/api/v1/agreement-periods/{Period2026}/signing", null);
        AssertDeprecated(sent, VersionPath(Period, "signing"));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        // The OpenAPI document marks the old operations deprecated, and only them.
        var paths = (await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");
        var operations = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Operation: o.Value))).ToList();
        var deprecated = operations.Where(o => o.Operation.TryGetProperty("deprecated", out var d) && d.GetBoolean()).Select(o => o.Path).Distinct().ToList();
        Assert.Equal(operations.Select(o => o.Path).Where(p => p.StartsWith("/api/v1/agreement-periods", StringComparison.Ordinal)).Distinct(), deprecated);
        Assert.Equal(21, operations.Count(o => o.Path.StartsWith("/api/v1/agreement-periods", StringComparison.Ordinal)));
        Assert.True(paths.TryGetProperty("/api/v1/agreement-versions/{period}/parties/{organisationId}/signatures", out _));
    }

    private static void AssertDeprecated(HttpResponseMessage response, string successor)
    {
        Assert.Equal([AgreementPeriodsApi.DeprecatedSince], response.Headers.GetValues("Deprecation"));
        Assert.Equal([$"<{successor}>; rel=\"{Successor}\""], response.Headers.GetValues("Link"));
    }
}
