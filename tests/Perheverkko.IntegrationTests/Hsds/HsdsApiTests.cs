using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Directory.Hsds;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Hsds;

public sealed class HsdsApiTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    /// <summary>Each list endpoint with the schema of its items and of one object fetched by id.</summary>
    private static readonly (string List, string ItemSchema, string SingleSchema)[] Endpoints =
    [
        ("services", "compiled/service_list.json", "compiled/service.json"),
        ("organizations", "compiled/organization_list.json", "compiled/organization.json"),
        ("service_at_locations", "compiled/service_at_location_list.json", "compiled/service_at_location.json"),
        ("taxonomies", "taxonomy.json", "taxonomy.json"),
        ("taxonomy_terms", "taxonomy_term.json", "taxonomy_term.json"),
    ];

    [Theory, BothDatabases]
    public async Task Every_endpoint_answers_documents_that_validate_against_the_HSDS_schemas(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var failures = new List<string>();

        async Task<string> Check(string url, Func<string, IReadOnlyList<string>> validate)
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{url}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
            else failures.AddRange(validate(body).Select(e => $"{url}: {e}"));
            return body;
        }

        await Check("/hsds/", body => HsdsSchemas.Errors(HsdsSchemas.Meta, body));
        foreach (var (list, itemSchema, singleSchema) in Endpoints)
        {
            var whole = await Check($"/hsds/{list}?per_page={HsdsQuery.MaxPerPage}", body => HsdsSchemas.PageErrors(HsdsSchemas.File(itemSchema), body));
            await Check($"/hsds/{list}?per_page=3&page=2", body => HsdsSchemas.PageErrors(HsdsSchemas.File(itemSchema), body));
            using var doc = JsonDocument.Parse(whole);
            Assert.True(doc.RootElement.GetProperty("total_pages").GetInt32() == 1, $"{list}: the demo data fits one page");
            var ids = doc.RootElement.GetProperty("contents").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
            Assert.True(ids.Count > 0, $"{list} is empty");
            Assert.Equal(ids.Count, ids.Distinct().Count());
            foreach (var id in ids) await Check($"/hsds/{list}/{id}", body => HsdsSchemas.Errors(HsdsSchemas.File(singleSchema), body));
        }

        // The other languages, the fully nested variants and a filtered page.
        foreach (var language in new[] { "sv", "en" })
        {
            await Check($"/hsds/services?lang={language}&full=true", body => HsdsSchemas.PageErrors(HsdsSchemas.File("compiled/service.json"), body));
            await Check($"/hsds/organizations/{Mikkeli}?lang={language}&full_service=true", body => HsdsSchemas.Errors(HsdsSchemas.File("compiled/organization.json"), body));
            await Check($"/hsds/taxonomy_terms?lang={language}", body => HsdsSchemas.PageErrors(HsdsSchemas.File("taxonomy_term.json"), body));
        }
        await Check($"/hsds/organizations?full=true&per_page=5", body => HsdsSchemas.PageErrors(HsdsSchemas.File("compiled/organization.json"), body));
        var topic = HsdsTaxonomies.TermId(HsdsTaxonomies.Topic, nameof(Topic.Parenting));
        await Check($"/hsds/services?taxonomy_term_id={topic}&organization_id={Mikkeli}", body => HsdsSchemas.PageErrors(HsdsSchemas.File("compiled/service_list.json"), body));
        await Check("/hsds/services?search=perhekerho", body => HsdsSchemas.PageErrors(HsdsSchemas.File("compiled/service_list.json"), body));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Theory, BothDatabases]
    public async Task Only_published_items_are_listed_and_the_filters_narrow_the_list(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var (published, draft) = await app.WithDbAsync(async db => (
            await db.Services.CountAsync(s => s.State == PublicationState.Published) + await db.Activities.CountAsync(a => a.State == PublicationState.Published),
            await db.Activities.Where(a => a.State != PublicationState.Published).Select(a => a.Id).FirstAsync()));

        var all = await PageAsync(client, "/hsds/services?per_page=500");
        Assert.Equal(published, all.GetProperty("total_items").GetInt32());
        Assert.DoesNotContain(Ids(all), id => id == draft);
        await AssertProblemAsync(client, $"/hsds/services/{draft}", HttpStatusCode.NotFound, "hsds.service_not_found");

        // Paging: the pages together are the whole list, in the same order.
        var paged = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var p = await PageAsync(client, $"/hsds/services?per_page=7&page={page}");
            Assert.Equal(page == 1, p.GetProperty("first_page").GetBoolean());
            paged.AddRange(Ids(p));
            if (p.GetProperty("last_page").GetBoolean()) break;
        }
        Assert.Equal(Ids(all), paged);
        var beyond = await PageAsync(client, "/hsds/services?page=1000");
        Assert.True(beyond.GetProperty("empty").GetBoolean());
        Assert.Equal(0, beyond.GetProperty("size").GetInt32());

        var organisation = all.GetProperty("contents")[0].GetProperty("organization_id").GetString();
        var own = await PageAsync(client, $"/hsds/services?organization_id={organisation}&per_page=500");
        Assert.InRange(own.GetProperty("total_items").GetInt32(), 1, published - 1);
        Assert.All(own.GetProperty("contents").EnumerateArray(), s => Assert.Equal(organisation, s.GetProperty("organization_id").GetString()));

        var peerGroup = HsdsTaxonomies.TermId(HsdsTaxonomies.ActivityKind, nameof(ActivityKind.PeerGroup));
        var peerGroups = await PageAsync(client, $"/hsds/services?taxonomy_term_id={peerGroup}&per_page=500");
        var expected = await app.WithDbAsync(db => db.Activities.CountAsync(a => a.State == PublicationState.Published && a.Kind == ActivityKind.PeerGroup));
        Assert.Equal(expected, peerGroups.GetProperty("total_items").GetInt32());
        foreach (var id in Ids(peerGroups).Take(3))
        {
            var full = await client.GetStringAsync($"/hsds/services/{id}");
            Assert.Contains(peerGroup.ToString(), full);
        }
        Assert.Equal(0, (await PageAsync(client, $"/hsds/services?taxonomy_term_id={Guid.NewGuid()}")).GetProperty("total_items").GetInt32());

        var future = app.Clock.GetUtcNow().UtcDateTime.AddYears(1).ToString("yyyy-MM-dd"); // after every change, which the app dates by its clock
        Assert.Equal(0, (await PageAsync(client, $"/hsds/services?modified_after={future}")).GetProperty("total_items").GetInt32());
        Assert.Equal(published, (await PageAsync(client, "/hsds/services?modified_after=2000-01-01T00:00:00Z")).GetProperty("total_items").GetInt32());

        // The search index is filled by the search work; whatever it finds, a query with operator characters is an answer, not an error.
        foreach (var query in new[] { "perhekerho", "\"NEAR\" * - ' OR", "<script>alert(1)</script>" })
            Assert.True((await PageAsync(client, "/hsds/services?search=" + Uri.EscapeDataString(query))).GetProperty("total_items").GetInt32() >= 0);
    }

    [Theory, BothDatabases]
    public async Task A_service_at_location_leads_back_to_its_service_and_place(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var list = await PageAsync(client, "/hsds/service_at_locations?per_page=500");
        var items = list.GetProperty("contents").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items.Take(10).Concat(items.TakeLast(10)))
        {
            using var one = JsonDocument.Parse(await client.GetStringAsync($"/hsds/service_at_locations/{item.GetProperty("id").GetString()}"));
            Assert.Equal(item.GetProperty("service_id").GetString(), one.RootElement.GetProperty("service").GetProperty("id").GetString());
            Assert.Equal(item.GetProperty("location_id").GetString(), one.RootElement.GetProperty("location").GetProperty("id").GetString());
        }
        // Each of a service's places has its own id; the service's own full form lists the same ids.
        var service = items.First(i => items.Count(j => j.GetProperty("service_id").GetString() == i.GetProperty("service_id").GetString()) >= 1);
        using var full = JsonDocument.Parse(await client.GetStringAsync($"/hsds/services/{service.GetProperty("service_id").GetString()}"));
        Assert.Contains(full.RootElement.GetProperty("service_at_locations").EnumerateArray(), s => s.GetProperty("id").GetString() == service.GetProperty("id").GetString());
    }

    /// <summary>
    /// The list form reads its columns only (ServiceFields, ActivityFields) and the full form whole rows: each list item
    /// must be the full item's one-to-one fields, in every language, listed or found by a search.
    /// </summary>
    [Theory, BothDatabases]
    public async Task The_list_form_shows_each_services_one_to_one_fields_as_the_full_form_does(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        foreach (var query in new[] { $"per_page={HsdsQuery.MaxPerPage}", "search=perhekerho", "search=neuvola&lang=sv", $"per_page={HsdsQuery.MaxPerPage}&lang=en" })
        {
            var body = await client.GetStringAsync($"/hsds/services?{query}");
            Assert.Contains("ä", body); // letters as themselves, not \u00E4
            Assert.DoesNotContain("\\u00E4", body); // (HTML-sensitive characters such as an apostrophe stay escaped)
            using var list = JsonDocument.Parse(body);
            using var full = JsonDocument.Parse(await client.GetStringAsync($"/hsds/services?{query}&full=true"));
            var listed = list.RootElement.GetProperty("contents").EnumerateArray().ToList();
            var whole = full.RootElement.GetProperty("contents").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
            Assert.True(listed.Count > 0, query);
            Assert.Equal(listed.Select(i => i.GetProperty("id").GetString()), full.RootElement.GetProperty("contents").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
            foreach (var item in listed)
            {
                var fullItem = whole[item.GetProperty("id").GetString()!];
                foreach (var field in item.EnumerateObject())
                    Assert.True(fullItem.TryGetProperty(field.Name, out var value) && value.GetRawText() == field.Value.GetRawText(),
                        $"{query}: {field.Name} of {item.GetProperty("id")}: {field.Value.GetRawText()} listed, {(fullItem.TryGetProperty(field.Name, out var v) ? v.GetRawText() : "nothing")} in full");
                Assert.Contains("description", item.EnumerateObject().Select(f => f.Name));
            }
        }
    }

    [Theory, BothDatabases]
    public async Task Finnish_by_default_Swedish_and_English_by_the_lang_parameter(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var place = await app.WithDbAsync(db => db.MeetingPlaces.FirstAsync(p => p.State == PublicationState.Published && p.Name.Sv != null && p.Name.En != null && p.IsDemo));
        var activity = await app.WithDbAsync(db => db.Activities.FirstAsync(a => a.State == PublicationState.Published && a.MeetingPlaceId == place.Id));
        foreach (var (query, expected) in new[] { ("", place.Name.Fi), ("?lang=fi", place.Name.Fi), ("?lang=sv", place.Name.Sv!), ("?lang=EN", place.Name.En!) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/hsds/services/{activity.Id}{query}");
            request.Headers.AcceptLanguage.ParseAdd("sv-FI"); // a URL names one document: the header does not change it
            using var response = await client.SendAsync(request);
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var location = doc.RootElement.GetProperty("service_at_locations")[0].GetProperty("location");
            Assert.Equal(expected, location.GetProperty("name").GetString());
            Assert.Equal(query == "" ? "fi" : query[6..].ToLowerInvariant(), response.Content.Headers.ContentLanguage.Single());
        }
        using var sv = JsonDocument.Parse(await client.GetStringAsync($"/hsds/taxonomy_terms/{HsdsTaxonomies.TermId(HsdsTaxonomies.Audience, nameof(Audience.Fathers))}?lang=sv"));
        Assert.Equal("Pappor", sv.RootElement.GetProperty("name").GetString());
        Assert.Equal("sv", sv.RootElement.GetProperty("language").GetString());
    }

    [Theory, BothDatabases]
    public async Task Bad_parameters_are_a_400_and_unknown_ids_a_404_both_with_a_code_and_the_API_is_read_only(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        string[] bad =
        [
            "per_page=0", "per_page=10000", "per_page=-1", "per_page=abc", "page=-1", "page=0", "page=1.5", "page=99999999999",
            "modified_after=2026-02-31", "modified_after=yesterday", "modified_after=2026-01-01T10:00:00", "lang=de", "lang=",
            "taxonomy_term_id=xyz", "organization_id=1", "taxonomy_id=%27%20OR%201=1", "format=ndjson", "full=maybe",
            "per_page=1&per_page=2", "search=" + new string('a', 2000),
            // Parameters of the standard this API does not implement are refused, not ignored (issue #14 item 4); postcode and
            // proximity with values they cannot use (HsdsPlaceFilterTests has them on the lists that do not take them).
            "minimal=true", "postcode=5010", "postcode=ABCDE", "proximity=61.69,27.27", "proximity=2000", "postcode=50100&proximity=0",
        ];
        foreach (var list in Endpoints.Select(e => e.List))
        foreach (var query in bad)
        {
            if (query == "lang=") continue; // an empty value is the same as none
            await AssertProblemAsync(client, $"/hsds/{list}?{query}", HttpStatusCode.BadRequest, HsdsParameterInvalid.Code);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hsds/services?lang=")).StatusCode);
        await AssertProblemAsync(client, "/hsds/?lang=xx", HttpStatusCode.BadRequest, HsdsParameterInvalid.Code);

        var missing = Guid.NewGuid();
        await AssertProblemAsync(client, $"/hsds/services/{missing}", HttpStatusCode.NotFound, "hsds.service_not_found");
        await AssertProblemAsync(client, "/hsds/services/not-a-uuid", HttpStatusCode.NotFound, "hsds.service_not_found");
        await AssertProblemAsync(client, $"/hsds/organizations/{missing}", HttpStatusCode.NotFound, "hsds.organization_not_found");
        await AssertProblemAsync(client, $"/hsds/service_at_locations/{missing}", HttpStatusCode.NotFound, "hsds.service_at_location_not_found");
        await AssertProblemAsync(client, $"/hsds/taxonomies/{missing}", HttpStatusCode.NotFound, "hsds.taxonomy_not_found");
        await AssertProblemAsync(client, $"/hsds/taxonomy_terms/{missing}", HttpStatusCode.NotFound, "hsds.taxonomy_term_not_found");
        // A meeting place's id is not a service's.
        var place = DirectorySeeder.PlaceId(SouthSavoNetwork.FamilyCentres[0].Slug);
        await AssertProblemAsync(client, $"/hsds/services/{place}", HttpStatusCode.NotFound, "hsds.service_not_found");

        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            using var request = new HttpRequestMessage(method, "/hsds/services") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            using var response = await client.SendAsync(request);
            // No write method is mapped under /hsds: the address is unknown for that method.
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    /// <summary>
    /// HSDS 3.0: <c>openapi_url</c> is the "URL of the openapi JSON file which defines this API". These endpoints are the
    /// standard's and are left out of the app's /openapi/v1.json, so it is the standard's own document, at the address its
    /// schemas refer to each other by (the standard's example root answers the same address).
    /// </summary>
    [Theory, BothDatabases]
    public async Task The_root_names_the_standards_OpenAPI_document_by_its_absolute_address(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        using var root = JsonDocument.Parse(await client.GetStringAsync("/hsds/"));
        var openApiUrl = root.RootElement.GetProperty("openapi_url").GetString()!;

        Assert.True(Uri.TryCreate(openApiUrl, UriKind.Absolute, out var uri) && uri.Scheme == "https", openApiUrl);
        using var standard = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Hsds", "schema", "openapi.json")));
        var serviceSchema = standard.RootElement.GetProperty("paths").GetProperty("/services/{id}").GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        Assert.Equal(serviceSchema.Replace("compiled/service.json", "openapi.json"), openApiUrl);
        Assert.Equal("https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json", openApiUrl);
        Assert.Equal("3.0", root.RootElement.GetProperty("version").GetString());
    }

    private static async Task<JsonElement> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("contents").EnumerateArray().Select(i => Guid.Parse(i.GetProperty("id").GetString()!)).ToList();

    private static async Task AssertProblemAsync(HttpClient client, string url, HttpStatusCode status, string code)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{url}: expected {(int)status}, got {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(body);
        Assert.Equal(code, doc.RootElement.GetProperty("code").GetString());
    }
}
