using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Accounts;

public sealed class SignInTests
{
    [Theory, BothDatabases]
    public async Task Staff_sign_in_with_email_and_password_and_reach_the_staff_area(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var browser = app.Anonymous();
        Assert.Equal("/sign-in?ReturnUrl=%2Fstaff", (await browser.GetAsync("/staff")).Headers.Location?.PathAndQuery);

        var signIn = await Forms.SignInAsync(browser, DemoUsers.Coordinator);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/staff", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.SignInSucceeded && a.ActorName == "Maija Meikäläinen")));

        // The return address is followed only within the app.
        foreach (var (returnUrl, expected) in new[] { ("/staff/profile", "/staff/profile"), ("//evil.example/", "/staff"), ("/\\evil.example/", "/staff"), ("https://evil.example/", "/staff"),
            // A control character cannot go into a Location header: ignored, not a 500 (issue #12 item 2); other characters are encoded.
            ("/staff/profile\u0001", "/staff"), ("/staff?q=äiti", "/staff?q=%C3%A4iti") })
        {
            var signedIn = await Forms.PostAsync(app.Anonymous(), "/sign-in", new Dictionary<string, string>
            {
                ["Input.Email"] = DemoUsers.Coordinator, ["Input.Password"] = Perheverkko.Web.Features.Accounts.DemoData.Password, ["ReturnUrl"] = returnUrl,
            });
            Assert.Equal(expected, signedIn.Headers.Location?.OriginalString);
        }
    }

    [Theory, BothDatabases]
    public async Task A_second_factor_is_asked_for_once_it_is_on(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        string key = "";
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByEmailAsync(DemoUsers.Coordinator))!;
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
        });

        var browser = app.Anonymous();
        var afterPassword = await Forms.SignInAsync(browser, DemoUsers.Coordinator);
        Assert.StartsWith("/sign-in/two-factor", afterPassword.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/staff")).StatusCode);

        var wrong = await Forms.PostAsync(browser, "/sign-in/two-factor", new Dictionary<string, string> { ["Input.Code"] = "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var right = await Forms.PostAsync(browser, "/sign-in/two-factor", new Dictionary<string, string> { ["Input.Code"] = Totp.NextCode(app.Clock, key) });
        Assert.Equal("/staff", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["RateLimits:SignInPerMinute"] = "3" });
        var browser = app.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            // Forms.PostAsync reads the page first; the limit counts the POSTs only.
            try { statuses.Add((await Forms.SignInAsync(browser, DemoUsers.Professional, "wrong " + i)).StatusCode); }
            catch (InvalidOperationException) { statuses.Add(HttpStatusCode.TooManyRequests); }
        }
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var response = await app.Anonymous().PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoUsers.Coordinator, ["Input.Password"] = Perheverkko.Web.Features.Accounts.DemoData.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var response = await app.Anonymous().GetAsync("/");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}

public sealed class SharedKeysTests
{
    [Theory, BothDatabases]
    public async Task A_sign_in_on_one_instance_is_valid_on_another_sharing_the_database(DatabaseProvider provider)
    {
        await using var first = await TestApp.StartAsync(provider);
        await using var second = first.AnotherInstance();
        var signIn = await Forms.SignInAsync(first.Anonymous(), DemoUsers.Coordinator);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("perheverkko.auth=", StringComparison.Ordinal)).Split(';')[0];

        using var request = new HttpRequestMessage(HttpMethod.Get, "/staff");
        request.Headers.Add("Cookie", cookie);
        var response = await second.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The key ring is in the database, not in a folder of one machine.
        Assert.True(await first.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }
}
