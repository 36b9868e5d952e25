using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// Issue #12 item 6: an API write that rides on the sign-in cookie needs the page's antiforgery token and must come from
/// this site; a bearer token's write is as before.
/// </summary>
public sealed class CrossSiteRequestTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly string People = $"/api/v1/organisations/{Mikkeli}/contact-persons";

    private static object Person(string email) => new { name = "Kalle Kokeilija", email, role = "ContactPerson" };

    [Theory, BothDatabases]
    public async Task Cookie_authenticated_api_writes_need_the_pages_token_and_this_site_and_bearer_tokens_do_not(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var browser = app.Anonymous();
        await Forms.SignInAsync(browser, DemoUsers.Admin);
        var token = browser.DefaultRequestHeaders.GetValues(CrossSiteRequests.HeaderName).Single();
        browser.DefaultRequestHeaders.Remove(CrossSiteRequests.HeaderName);

        async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, string? withToken, params (string Name, string Value)[] headers)
        {
            using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
            if (withToken is not null) request.Headers.Add(CrossSiteRequests.HeaderName, withToken);
            foreach (var (name, value) in headers) request.Headers.Add(name, value);
            return await browser.SendAsync(request);
        }

        // Refused: no token; a token but another site's origin; a token but the browser says another site made the request.
        var refused = new[]
        {
            await SendAsync(HttpMethod.Post, People, Person("ei.tokenia@perheverkko.example"), null),
            await SendAsync(HttpMethod.Post, People, Person("toinen.sivusto@perheverkko.example"), token, ("Origin", "https://evil.example")),
            await SendAsync(HttpMethod.Post, People, Person("sama.sivusto@perheverkko.example"), token, ("Sec-Fetch-Site", "cross-site")),
            await SendAsync(HttpMethod.Post, People, Person("vaara.tokeni@perheverkko.example"), "not-a-token"),
        };
        foreach (var response in refused)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(CrossSiteRequests.Code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        // With the token, from this site (or a browser that names no origin): written.
        var written = await SendAsync(HttpMethod.Post, People, Person("sivulta@perheverkko.example"), token, ("Origin", "http://localhost"), ("Sec-Fetch-Site", "same-origin"));
        Assert.True(written.StatusCode == HttpStatusCode.Created, $"{written.StatusCode} {await written.Content.ReadAsStringAsync()} " + string.Join(" | ",
            await app.WithDbAsync(db => db.AuditRecords.OrderByDescending(a => a.Id).Take(3).Select(a => a.Event + " " + a.Detail).ToListAsync())));
        var person = await app.WithDbAsync(db => db.ContactPersons.Where(c => c.Email == "sivulta@perheverkko.example").Select(c => c.Id).SingleAsync());

        // A delete without a body is a write too.
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Delete, $"{People}/{person}", null, null)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.ContactPersons.AnyAsync(c => c.Id == person)));
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"{People}/{person}", null, token)).StatusCode);

        // A bearer token carries no ambient authority: another origin does not matter.
        var api = await app.ClientForAsync(DemoUsers.Admin);
        using (var request = new HttpRequestMessage(HttpMethod.Post, People) { Content = JsonContent.Create(Person("tokenilla@perheverkko.example")) })
        {
            request.Headers.Add("Origin", "https://evil.example");
            request.Headers.Add("Sec-Fetch-Site", "cross-site");
            Assert.Equal(HttpStatusCode.Created, (await api.SendAsync(request)).StatusCode);
        }

        // Reads are not writes: a cookie GET needs no token.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/v1/organisations/{Mikkeli}/staff-view")).StatusCode);

        // Nothing refused was stored, and each refusal is in the audit trail as denied, with who and why.
        var emails = await app.WithDbAsync(db => db.ContactPersons.Where(c => c.OrganisationId == Mikkeli).Select(c => c.Email).ToListAsync());
        Assert.DoesNotContain(emails, e => e is "ei.tokenia@perheverkko.example" or "toinen.sivusto@perheverkko.example" or "sama.sivusto@perheverkko.example" or "vaara.tokeni@perheverkko.example");
        Assert.Contains("tokenilla@perheverkko.example", emails);
        var denied = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.CrossSiteRequestRefused).ToListAsync());
        Assert.Equal(5, denied.Count);
        Assert.All(denied, d => Assert.Equal(AuditOutcome.Denied, d.Outcome));
        Assert.All(denied, d => Assert.NotEqual("anonymous", d.ActorName));
        Assert.Equal(new[] { "another origin", "no valid antiforgery token", "Sec-Fetch-Site: cross-site" }.Order(StringComparer.Ordinal),
            denied.Select(d => d.Detail![..d.Detail!.IndexOf(" on ", StringComparison.Ordinal)]).Distinct().Order(StringComparer.Ordinal));
    }
}
