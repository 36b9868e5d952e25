using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Changes;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// The public pages' output cache (issue #14 item 2, decision 0044). A write that bypasses EF Core's change tracking
/// (ExecuteUpdate) records no change, so a cached answer that does not show it was served from the cache: no timing needed.
/// </summary>
public sealed class PublicPageCacheTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid FamilyClub = DirectorySeeder.ActivityId("perhekerho-mikkeli");

    [Theory, BothDatabases]
    public async Task A_page_is_served_from_the_cache_until_a_save_on_the_same_instance_evicts_it_at_once(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var visitor = app.Anonymous();
        var page = $"/directory/activities/{FamilyClub}";
        Assert.DoesNotContain("Välimuistin koe", await visitor.GetStringAsync(page));

        await app.WithDbAsync(db => db.Activities.Where(a => a.Id == FamilyClub).ExecuteUpdateAsync(s => s.SetProperty(a => a.Name.Fi, "Välimuistin koe")));
        Assert.DoesNotContain("Välimuistin koe", await visitor.GetStringAsync(page));

        // A save through EF Core records the change; this instance reads it before its next answer.
        await app.WithDbAsync(async db =>
        {
            var activity = await db.Activities.SingleAsync(a => a.Id == FamilyClub);
            db.Entry(activity).State = EntityState.Modified;
            return await db.SaveChangesAsync();
        });
        Assert.Contains("Välimuistin koe", await visitor.GetStringAsync(page));
    }

    [Theory, BothDatabases]
    public async Task The_organisation_list_is_cached_for_visitors_fresh_for_staff_and_evicted_by_an_api_save(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var visitor = app.Anonymous();
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        Assert.DoesNotContain("1234567-1", await visitor.GetStringAsync("/api/v1/organisations"));

        await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == Mikkeli).ExecuteUpdateAsync(s => s.SetProperty(o => o.BusinessId, "1234567-1")));
        Assert.DoesNotContain("1234567-1", await visitor.GetStringAsync("/api/v1/organisations"));
        // A bearer token is a signed-in request: built anew, and not stored for visitors either.
        Assert.Contains("1234567-1", await coordinator.GetStringAsync("/api/v1/organisations"));
        Assert.DoesNotContain("1234567-1", await visitor.GetStringAsync("/api/v1/organisations"));

        var saved = await coordinator.PutAsJsonAsync($"/api/v1/organisations/{Mikkeli}",
            new { version = 1, kind = "Municipality", name = new { fi = "Mikkelin välimuistikaupunki" }, businessId = "1234567-1" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var list = await visitor.GetStringAsync("/api/v1/organisations");
        Assert.Contains("Mikkelin välimuistikaupunki", list);
        Assert.Contains("1234567-1", list);
    }

    [Theory, BothDatabases]
    public async Task Each_language_has_its_own_cached_page(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var cache = app.Services.GetRequiredService<PublicPageCache>();
        async Task<string> FrontPageAsync(string? acceptLanguage, string? cookie = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);
            if (cookie is not null) request.Headers.Add("Cookie", ".AspNetCore.Culture=" + Uri.EscapeDataString($"c={cookie}|uic={cookie}"));
            using var response = await app.Anonymous().SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("<html lang=\"fi\">", await FrontPageAsync("fi"));
        Assert.Contains("<html lang=\"sv\">", await FrontPageAsync("sv-FI,sv;q=0.9"));
        var hits = cache.Hits;
        Assert.Contains("<html lang=\"fi\">", await FrontPageAsync("fi"));
        Assert.Contains("<html lang=\"sv\">", await FrontPageAsync("sv"));
        // The cookie wins over the header, as the request localization decides: the Swedish page, from the cache.
        Assert.Contains("<html lang=\"sv\">", await FrontPageAsync("fi", cookie: "sv"));
        Assert.Contains("<html lang=\"fi\">", await FrontPageAsync(null));
        Assert.Equal(hits + 4, cache.Hits);
    }

    [Theory, BothDatabases]
    public async Task A_signed_in_person_gets_their_own_page_which_is_never_stored(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(staff, DemoUsers.Professional)).StatusCode);

        var own = await staff.GetStringAsync("/");
        Assert.Contains("/staff/profile", own);
        Assert.Contains("__csrf", own); // their language form carries their token
        var visitor = await app.Anonymous().GetStringAsync("/");
        Assert.DoesNotContain("/staff/profile", visitor);
        Assert.DoesNotContain("__csrf", visitor);
        Assert.DoesNotContain("/staff/profile", await app.Anonymous().GetStringAsync("/")); // the visitors' page, now cached
        Assert.Contains("/staff/profile", await staff.GetStringAsync("/"));

        // Their language form is checked as every form is; a visitor's carries no token and needs none.
        var forged = await staff.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "sv", ["returnUrl"] = "/" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task A_cached_open_data_answer_carries_the_cors_header_for_any_origin()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var cache = app.Services.GetRequiredService<PublicPageCache>();
        var visitor = app.Anonymous();
        using (var plain = await visitor.GetAsync("/hsds/services?per_page=5"))
            Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var hits = cache.Hits;
        foreach (var origin in new[] { "https://kunta.example", "https://toinen.example" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/hsds/services?per_page=5");
            request.Headers.Add("Origin", origin);
            using var response = await visitor.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        }
        Assert.Equal(hits + 2, cache.Hits);
    }

    [Fact]
    public async Task Another_instance_on_the_same_PostgreSQL_evicts_within_two_seconds()
    {
        await using var a = await TestApp.StartAsync(DatabaseProvider.Postgres);
        await using var b = a.AnotherInstance();
        var visitor = a.Anonymous();
        var cache = a.Services.GetRequiredService<PublicPageCache>();
        Assert.DoesNotContain("Toisen instanssin Mikkeli", await visitor.GetStringAsync("/api/v1/organisations"));
        var hits = cache.Hits;
        Assert.DoesNotContain("Toisen instanssin Mikkeli", await visitor.GetStringAsync("/api/v1/organisations"));
        Assert.Equal(hits + 1, cache.Hits);

        var saved = await (await b.ClientForAsync(DemoUsers.Coordinator)).PutAsJsonAsync($"/api/v1/organisations/{Mikkeli}",
            new { version = 1, kind = "Municipality", name = new { fi = "Toisen instanssin Mikkeli" }, businessId = "0165116-3" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var changed = Stopwatch.StartNew();
        var change = await b.WithDbAsync(db => db.DataChanges.MaxAsync(c => c.Id));

        // Both instances run in this process, so a request to A would read the feed at once (ChangeSignal): wait without
        // asking A anything until its own poll has read B's change; A's next answer then needs no catching up.
        var feed = a.Services.GetRequiredService<ChangeFeed>();
        while (feed.Position < change && changed.Elapsed < TimeSpan.FromSeconds(2)) await Task.Delay(50);
        Assert.True(feed.Position >= change, $"A read the change feed up to {feed.Position}, not {change}, in 2 s.");
        Assert.Contains("Toisen instanssin Mikkeli", await visitor.GetStringAsync("/api/v1/organisations"));
    }
}
