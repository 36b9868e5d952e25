using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.Workforce.PeopleTestData;

namespace Perheverkko.IntegrationTests.Workforce;

public sealed class PeoplePageTests
{
    private static async Task<HttpClient> BrowserAsync(TestApp app, string email)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(browser, email)).StatusCode);
        return browser;
    }

    private static async Task<string> HtmlOf(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Theory, BothDatabases]
    public async Task The_representative_adds_a_person_records_the_check_on_the_page_keeps_typed_input_and_confirms_the_leaving(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var today = TodayFor(app);
        var year = today.Year;
        SetToday(app, today);
        // The demo programme seeds fictional people of its own; what this test adds is counted on top of them.
        var seeded = await app.WithDbAsync(db => db.Workers.CountAsync());
        var rep = await BrowserAsync(app, DemoUsers.MikkeliRepresentative);
        Assert.Contains("href=\"/staff/people\"", await rep.GetStringAsync("/staff"));
        Assert.DoesNotContain("href=\"/staff/people\"", await (await BrowserAsync(app, DemoUsers.Professional)).GetStringAsync("/staff"));

        // A failed add keeps what was typed, with the message next to its field; nothing is saved.
        var failed = await Forms.PostAsync(rep, "/staff/people/new", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Volunteer", ["Input.Name"] = "", ["Input.WorkEmail"] = "ville.vapaaehtoinen(at)example",
        });
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var html = await HtmlOf(failed);
        Assert.Matches("data-valmsg-for=\"Input.Name\"[^>]*>[^<]+<", html);
        Assert.Matches("data-valmsg-for=\"Input.WorkEmail\"[^>]*>[^<]+<", html);
        Assert.Contains("value=\"ville.vapaaehtoinen(at)example\"", html);
        Assert.Matches("value=\"Volunteer\" checked=\"checked\"|checked=\"checked\" value=\"Volunteer\"", html);
        Assert.Equal(seeded, await app.WithDbAsync(db => db.Workers.CountAsync()));

        var added = await Forms.PostAsync(rep, "/staff/people/new", new Dictionary<string, string> { ["Input.Kind"] = "Employee", ["Input.Name"] = "Aino Esimerkki" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = added.Headers.Location!.OriginalString.Split('?')[0];
        var id = Guid.Parse(page.Split('/').Last());
        Assert.Contains("Aino Esimerkki", await rep.GetStringAsync("/staff/people"));

        // The check form records dates only and says why; it has no upload field.
        html = WebUtility.HtmlDecode(await rep.GetStringAsync(page));
        Assert.Contains("Otetta, sen kopiota, skannausta tai mitään sen sisällöstä ei tallenneta", html);
        Assert.DoesNotContain("type=\"file\"", html);
        Assert.DoesNotContain("multipart", html);
        var future = await Forms.PostAsync(rep, page, new Dictionary<string, string>
        {
            ["Version"] = "1", ["Check.ExtractDate"] = $"{year}-03-01", ["Check.ShownOn"] = $"{year}-03-20",
        }, $"{page}?handler=Check");
        html = await HtmlOf(future);
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Matches("data-valmsg-for=\"Check.ShownOn\"[^>]*>[^<]*tulevaisuudessa[^<]*<", html);
        Assert.Contains($"value=\"{year}-03-01\"", html);
        Assert.Contains($"value=\"{year}-03-20\"", html);
        Assert.Null((await WorkerAsync(app, id)).CheckShownOn);
        var recorded = await Forms.PostAsync(rep, page, new Dictionary<string, string>
        {
            ["Version"] = "1", ["Check.ExtractDate"] = $"{year}-03-01", ["Check.ShownOn"] = $"{year}-03-10",
        }, $"{page}?handler=Check");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(new DateOnly(year, 3, 10), (await WorkerAsync(app, id)).CheckShownOn);

        // A post without the antiforgery token is refused.
        var forged = await rep.PostAsync($"{page}?handler=Details", new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = "2", ["Details.Name"] = "X" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // Leaving asks first; only the second step changes anything.
        var asked = await Forms.PostAsync(rep, page, new Dictionary<string, string> { ["Version"] = "2", ["Leave.LeftOn"] = $"{year}-03-15" }, $"{page}?handler=Leave");
        html = await HtmlOf(asked);
        Assert.Contains("Vahvista lopettaminen", html);
        Assert.Null((await WorkerAsync(app, id)).LeftOn);
        var left = await Forms.PostAsync(rep, page, new Dictionary<string, string>
        {
            ["Version"] = "2", ["Leave.LeftOn"] = $"{year}-03-15", ["Leave.Confirm"] = "true",
        }, $"{page}?handler=Leave");
        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        var worker = await WorkerAsync(app, id);
        Assert.Equal(new DateOnly(year, 3, 15), worker.LeftOn);
        Assert.Null(worker.CheckShownOn);

        // Another organisation's representative is refused the page and its forms.
        var savonlinna = await BrowserAsync(app, DemoUsers.SavonlinnaRepresentative);
        var refused = await savonlinna.GetAsync(page);
        Assert.Contains("/staff/denied", refused.Headers.Location?.OriginalString ?? "");
        Assert.DoesNotContain("Aino", await savonlinna.GetStringAsync("/staff/people"));
    }

    [Theory, BothDatabases]
    public async Task A_volunteers_support_form_offers_the_organisations_employees_and_policies_and_keeps_the_choice_on_error(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var today = TodayFor(app);
        var year = today.Year;
        SetToday(app, today);
        var api = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var eeva = await AddAsync(api, "Eeva Esimerkki", "Employee");
        var ville = await AddAsync(api, "Ville Vapaaehtoinen", "Volunteer");
        var worker = await WorkerAsync(app, ville);
        var policy = await AddPolicyAsync(app, worker.RegionId, worker.OrganisationId, "VA-77", new DateOnly(year, 12, 31));
        var rep = await BrowserAsync(app, DemoUsers.MikkeliRepresentative);
        var page = $"/staff/people/{ville}";
        var html = WebUtility.HtmlDecode(await rep.GetStringAsync(page));
        Assert.Contains($"value=\"{eeva}\"", html);
        Assert.Contains("VA-77", html);

        // A briefing in the future: the message stands by its field and the typed name stays.
        var briefing = await Forms.PostAsync(rep, page, new Dictionary<string, string>
        {
            ["Version"] = "1", ["Briefing.BriefedOn"] = $"{year}-04-01", ["Briefing.BriefedBy"] = "Matti Meikäläinen",
        }, $"{page}?handler=Briefing");
        html = await HtmlOf(briefing);
        Assert.Matches("data-valmsg-for=\"Briefing.BriefedOn\"[^>]*>[^<]+<", html);
        Assert.Contains("value=\"Matti Meikäläinen\"", html);

        // A stale version: the form says so at the top and keeps the choice.
        var stale = await Forms.PostAsync(rep, page, new Dictionary<string, string>
        {
            ["Version"] = "9", ["Support.SupportPersonId"] = eeva.ToString(), ["Support.InsurancePolicyId"] = policy.ToString(),
        }, $"{page}?handler=Support");
        html = await HtmlOf(stale);
        Assert.Contains("Joku muu muutti henkilön tietoja", html);
        Assert.Matches($"value=\"{eeva}\" selected=\"selected\"|selected=\"selected\" value=\"{eeva}\"", html);
        var saved = await Forms.PostAsync(rep, page, new Dictionary<string, string>
        {
            ["Version"] = "1", ["Support.SupportPersonId"] = eeva.ToString(), ["Support.InsurancePolicyId"] = policy.ToString(),
        }, $"{page}?handler=Support");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        worker = await WorkerAsync(app, ville);
        Assert.Equal((eeva, policy), (worker.SupportPersonId!.Value, worker.InsurancePolicyId!.Value));
        Assert.Contains("Eeva Esimerkki", await rep.GetStringAsync("/staff/people?kind=Volunteer"));
    }
}
