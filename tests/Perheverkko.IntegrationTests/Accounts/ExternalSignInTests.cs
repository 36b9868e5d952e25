using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Accounts;

/// <summary>Sign-in through an organisation's own OpenID Connect provider (faked on loopback, real protocol).</summary>
public sealed class ExternalSignInTests
{
    private static Dictionary<string, string?> Settings(FakeIdentityProvider idp) => new()
    {
        ["Authentication:Oidc:Authority"] = idp.Authority,
        ["Authentication:Oidc:ClientId"] = FakeIdentityProvider.ClientId,
        ["Authentication:Oidc:ClientSecret"] = "secret",
        ["Authentication:Oidc:DisplayName"] = "Kunnan tunnukset",
        ["Authentication:Oidc:RequireHttpsMetadata"] = "false",
    };

    private static async Task<HttpResponseMessage> SignInAtProviderAsync(TestApp app, HttpClient browser, FakeIdentityProvider idp, string email)
    {
        var challenge = await Forms.PostAsync(browser, "/sign-in", new Dictionary<string, string> { ["returnUrl"] = "/staff/profile" }, "/sign-in/external");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith($"{idp.Authority}/authorize", authorize.ToString());
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("S256", query["code_challenge_method"].ToString());

        var code = idp.Authorise(query["nonce"]!, "subject-" + email, email);
        var callback = await browser.GetAsync($"{query["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(query["state"]!)}");
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        return await browser.GetAsync(callback.Headers.Location);
    }

    [Fact]
    public async Task A_known_person_signs_in_with_their_organisations_account()
    {
        await using var idp = await FakeIdentityProvider.StartAsync();
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, Settings(idp));
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        Assert.Contains("Kirjaudu organisaation tunnuksilla", await browser.GetStringAsync("/sign-in"));

        var done = await SignInAtProviderAsync(app, browser, idp, DemoUsers.MikkeliRepresentative);
        Assert.Equal("/staff/profile", done.Headers.Location?.OriginalString);
        Assert.Contains("Matti Meikäläinen", await browser.GetStringAsync("/staff/profile"));
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.SignInSucceeded && a.Detail == "oidc")));
    }

    [Fact]
    public async Task An_unknown_person_is_refused_and_the_attempt_is_audited()
    {
        await using var idp = await FakeIdentityProvider.StartAsync();
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, Settings(idp));
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var refused = await SignInAtProviderAsync(app, browser, idp, "stranger@kunta.example");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("ei löytynyt", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/staff")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.SignInFailed && a.Detail!.StartsWith("oidc"))));
    }
}
