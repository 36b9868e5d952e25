using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Notifications;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Governance;

/// <summary>Governance e-mails reach each person in the language of their staff account; the account learns it from the profile and the language switch.</summary>
public sealed class MailLanguageTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid Savonlinna = NetworkSeeder.OrganisationId("savonlinna");

    private static Task<string> LanguageOfAsync(TestApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Language).SingleAsync());

    private static async Task<HttpClient> SignedInAsync(TestApp app, string email)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(browser, email)).StatusCode);
        return browser;
    }

    private static Dictionary<string, MimeMessage> ReceivedByRecipient(SmtpListener smtp) =>
        smtp.Received.ToDictionary(m => Assert.Single(m.To), m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))));

    [Theory, BothDatabases]
    public async Task The_profile_and_the_language_switch_store_the_language_on_the_account(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Assert.Equal("fi", await LanguageOfAsync(app, DemoUsers.Professional));
        var browser = await SignedInAsync(app, DemoUsers.Professional);

        var saved = await Forms.PostAsync(browser, "/staff/profile", new Dictionary<string, string> { ["Language"] = "en" }, "/staff/profile?handler=Language");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("en", await LanguageOfAsync(app, DemoUsers.Professional));

        var refused = await Forms.PostAsync(browser, "/staff/profile", new Dictionary<string, string> { ["Language"] = "de" }, "/staff/profile?handler=Language");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("field-error", await refused.Content.ReadAsStringAsync());
        Assert.Equal("en", await LanguageOfAsync(app, DemoUsers.Professional));

        var switched = await Forms.PostAsync(browser, "/staff/profile",
            new Dictionary<string, string> { ["language"] = "sv", ["returnUrl"] = "/staff/profile" }, "/language");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("sv", await LanguageOfAsync(app, DemoUsers.Professional));

        // Someone not signed in switches only their cookie.
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(anonymous, "/sign-in",
            new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "/" }, "/language")).StatusCode);
        Assert.Equal("sv", await LanguageOfAsync(app, DemoUsers.Professional));
    }

    [Theory, BothDatabases]
    public async Task Each_member_and_deputy_gets_the_invitation_and_the_deputy_notice_in_their_own_language(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener();
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        // The Mikkeli representative switches the site to Swedish; the professional chooses English on their profile.
        var mikkeli = await SignedInAsync(app, DemoUsers.MikkeliRepresentative);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(mikkeli, "/staff/profile",
            new Dictionary<string, string> { ["language"] = "sv", ["returnUrl"] = "/staff/profile" }, "/language")).StatusCode);
        var professional = await SignedInAsync(app, DemoUsers.Professional);
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(professional, "/staff/profile",
            new Dictionary<string, string> { ["Language"] = "en" }, "/staff/profile?handler=Language")).StatusCode);

        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var from = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var member = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { staffUserId = SeedIds.For("user", DemoUsers.MikkeliRepresentative), organisationId = Mikkeli, role = "Member", from }));
        // The deputy is entered by name and address only: their account is found by the address.
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { name = "Pia Ammattilainen", email = DemoUsers.Professional, organisationId = Mikkeli, role = "Deputy", deputyForId = member, from }));
        var savonlinna = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { staffUserId = SeedIds.For("user", DemoUsers.SavonlinnaRepresentative), organisationId = Savonlinna, role = "Member", from }));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { name = "Ulla Ulkopuolinen", email = "ulla@perheverkko.example", organisationId = Savonlinna, role = "Deputy", deputyForId = savonlinna, from }));
        var meeting = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = app.NextYearOn(1, 12).Iso(), startTime = "09:00:00", endTime = "11:00:00", mode = "Hybrid", place = "Mikkelin perhekeskus" }));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items", new { title = "Talousarvio", kind = "Decision" }));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/meetings/{meeting}/invitations", null)).StatusCode);

        Assert.Equal(4, await app.DispatchOutboxAsync());
        var mails = ReceivedByRecipient(smtp);
        var sv = mails[DemoUsers.MikkeliRepresentative];
        Assert.StartsWith("Möteskallelse:", sv.Subject);
        Assert.Contains("Välkommen till mötet", sv.TextBody);
        Assert.Contains("Föredragningslista:", sv.TextBody);
        var en = mails[DemoUsers.Professional];
        Assert.StartsWith("Meeting invitation:", en.Subject);
        Assert.Contains("Welcome to the meeting", en.TextBody);
        Assert.Contains("You receive this invitation as a deputy", en.TextBody);
        foreach (var fi in new[] { mails[DemoUsers.SavonlinnaRepresentative], mails["ulla@perheverkko.example"] })
        {
            Assert.StartsWith("Kokouskutsu:", fi.Subject);
            Assert.Contains("Tervetuloa ryhmän", fi.TextBody);
            Assert.Contains("Asialista:", fi.TextBody);
        }
        // The calendar entry is the same for everyone, whatever the language of the message.
        Assert.All(mails.Values, m => Assert.Equal("text/calendar", Assert.Single(m.Attachments.OfType<MimePart>()).ContentType.MimeType));

        // The member cannot come: their deputy is told in English.
        var rep = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        Assert.Equal(HttpStatusCode.OK, (await rep.PostAsync($"/api/v1/meetings/{meeting}/absence", null)).StatusCode);
        smtp.Received.Clear();
        Assert.Equal(1, await app.DispatchOutboxAsync());
        var notice = ReceivedByRecipient(smtp)[DemoUsers.Professional];
        Assert.StartsWith("Attending as a deputy:", notice.Subject);
        Assert.Contains("You are expected at the meeting as their deputy", notice.TextBody);
    }
}
