using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Accounts;

/// <summary>
/// Issue #12 item 2: throttled sign-in instead of a lock-out, one answer for known and unknown addresses, codes accepted
/// once, hashed recovery codes, expiring tokens, a password change that ends other sessions, and "forgot password".
/// </summary>
public sealed partial class AccountSecurityTests
{
    private const string Refused = "Kirjautuminen ei onnistunut.";

    [Theory, BothDatabases]
    public async Task Wrong_passwords_slow_an_address_down_for_a_while_never_its_tokens_and_an_unknown_address_gets_the_same_answer(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, configureServices: ClientAddresses.FromHeader);
        var token = await app.ClientForAsync(DemoUsers.Professional);
        var attacker = Browser(app, "203.0.113.7");
        var owner = Browser(app, "198.51.100.20");

        var unknown = await Forms.SignInAsync(attacker, "ei-tilia@perheverkko.example", "arvaus-arvaus");
        var wrong = await Forms.SignInAsync(attacker, DemoUsers.Professional, "arvaus-arvaus");
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Equal(FormError(await unknown.Content.ReadAsStringAsync()), FormError(await wrong.Content.ReadAsStringAsync()));
        Assert.StartsWith(Refused, FormError(await wrong.Content.ReadAsStringAsync()));

        // Five failures are free; the sixth opens a 30-second window, in which even the right password is refused alike.
        for (var i = 0; i < 6; i++) Assert.Equal(HttpStatusCode.OK, (await Forms.SignInAsync(attacker, DemoUsers.Professional, "arvaus " + i)).StatusCode);
        var during = await Forms.SignInAsync(owner, DemoUsers.Professional);
        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.StartsWith(Refused, FormError(await during.Content.ReadAsStringAsync()));
        // The person's access token is not touched by any of it (today a lock-out stopped it too).
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/me")).StatusCode);

        app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("/staff", (await Forms.SignInAsync(owner, DemoUsers.Professional)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/me")).StatusCode);

        var audit = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.SignInFailed || a.Event == AuditEvent.SignInThrottled)
            .Select(a => new { a.Event, a.Detail }).ToListAsync());
        Assert.Contains(audit, a => a.Event == AuditEvent.SignInFailed && a.Detail == "unknown account");
        Assert.Contains(audit, a => a.Event == AuditEvent.SignInFailed && a.Detail == "wrong password");
        Assert.Contains(audit, a => a.Event == AuditEvent.SignInThrottled);
        // The throttle keeps hashes, not the addresses typed.
        Assert.DoesNotContain(await app.WithDbAsync(db => db.Set<SignInThrottle>().Select(t => t.Key).ToListAsync()), k => k.Contains('@') || k.Contains("203.0.113.7"));
    }

    [Theory, BothDatabases]
    public async Task The_owner_with_password_and_second_factor_gets_in_despite_an_attacker_and_every_code_works_once(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, configureServices: ClientAddresses.FromHeader);
        var (key, recoveryCodes) = await TurnOnSecondFactorAsync(app, DemoUsers.Coordinator);
        // Only hashes are stored: no row of the token table holds a recovery code.
        var stored = await app.WithDbAsync(db => db.Set<IdentityUserToken<Guid>>().Select(t => t.Value).ToListAsync());
        Assert.DoesNotContain(stored, v => v != null && (v.Contains(recoveryCodes[0]) || v.Contains(recoveryCodes[0].Replace("-", ""))));

        // An attacker keeps guessing for hours, each time as soon as a window closes: the windows stop growing at 5 minutes.
        var attacker = Browser(app, "203.0.113.7");
        for (var i = 0; i < 25; i++)
        {
            await Forms.SignInAsync(attacker, DemoUsers.Coordinator, "arvaus " + i);
            app.Clock.Advance(TimeSpan.FromMinutes(5).Add(TimeSpan.FromSeconds(1)));
        }
        var owner = Browser(app, "198.51.100.20");
        Assert.StartsWith("/sign-in/two-factor", (await Forms.SignInAsync(owner, DemoUsers.Coordinator)).Headers.Location?.OriginalString);
        var code = Totp.NextCode(app.Clock, key);
        Assert.Equal("/staff", (await SecondStepAsync(owner, code)).Headers.Location?.OriginalString);

        // The same code again, within its 30 seconds, from another browser: refused.
        var second = Browser(app, "198.51.100.20");
        await Forms.SignInAsync(second, DemoUsers.Coordinator);
        var replay = await SecondStepAsync(second, code);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("Koodi ei kelpaa.", await replay.Content.ReadAsStringAsync());
        // A recovery code works once.
        Assert.Equal("/staff", (await SecondStepAsync(second, recoveryCodes[0].ToUpperInvariant())).Headers.Location?.OriginalString);
        var third = Browser(app, "198.51.100.20");
        await Forms.SignInAsync(third, DemoUsers.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(third, recoveryCodes[0])).StatusCode);

        // Turning the factor off needs the current password or a current code; so do new recovery codes, which void the old.
        var notOff = await TwoFactorPostAsync(second, "Disable", "väärä-salasana-123");
        Assert.Contains("Nykyinen salasana tai koodi on väärin.", notOff);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Coordinator).Select(u => u.TwoFactorEnabled).SingleAsync()));
        await app.WithScopeAsync(async services =>
        {
            var user = (await services.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(DemoUsers.Coordinator))!;
            var actor = new Actor(user.Id, user.DisplayName, user.Role, user.OrganisationId, user.RegionId);
            var refused = await Assert.ThrowsAsync<DomainRuleViolation>(() => services.GetRequiredService<RegenerateRecoveryCodes>().HandleAsync(actor, new("väärä-salasana-123")));
            Assert.Equal("account.proof_wrong", refused.Rule.Code);
        });
        var fresh = RecoveryCode().Matches(await TwoFactorPostAsync(second, "RecoveryCodes", DemoData.Password)).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, fresh.Count);
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(third, recoveryCodes[1])).StatusCode);
        Assert.Equal("/staff", (await SecondStepAsync(third, fresh[0])).Headers.Location?.OriginalString);
        await TwoFactorPostAsync(third, "Disable", Totp.NextCode(app.Clock, key));
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Coordinator).Select(u => u.TwoFactorEnabled).SingleAsync()));

        var events = await app.WithDbAsync(db => db.AuditRecords.Select(a => a.Event).ToListAsync());
        Assert.Contains(AuditEvent.RecoveryCodeUsed, events);
        Assert.Contains(AuditEvent.RecoveryCodesRegenerated, events);
    }

    [Theory, BothDatabases]
    public async Task Tokens_end_in_90_days_by_default_at_most_a_year_and_never_after_the_token_that_made_them_and_old_data_is_fixed_at_start(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var owner = await app.ClientForAsync(DemoUsers.Coordinator);
        var now = app.Clock.GetUtcNow().UtcDateTime;

        var byDefault = await (await owner.PostAsJsonAsync("/api/v1/me/tokens", new { name = "oletus" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(now.AddDays(90), byDefault.GetProperty("token").GetProperty("expiresAt").GetDateTime().ToUniversalTime(), TimeSpan.FromSeconds(1));
        var tooLong = await owner.PostAsJsonAsync("/api/v1/me/tokens", new { name = "ikuinen", expiresInDays = 366 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal("token.lifetime_too_long", await CodeOfAsync(tooLong));

        var parent = await (await owner.PostAsJsonAsync("/api/v1/me/tokens", new { name = "lyhyt", expiresInDays = 10 })).Content.ReadFromJsonAsync<JsonElement>();
        var withParent = app.Anonymous();
        withParent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", parent.GetProperty("secret").GetString());
        var child = await withParent.PostAsJsonAsync("/api/v1/me/tokens", new { name = "lapsi", expiresInDays = 365 });
        Assert.Equal(HttpStatusCode.Created, child.StatusCode);
        Assert.Equal(parent.GetProperty("token").GetProperty("expiresAt").GetDateTime(),
            (await child.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetProperty("expiresAt").GetDateTime(), TimeSpan.FromSeconds(1));

        // A token from before the upgrade, without an end, gets one 90 days on when the app starts.
        var legacyId = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == DemoUsers.Coordinator);
            var legacy = new AccessToken(Guid.CreateVersion7(), user.Id, "vanha", "pv_vanha", new string('a', 64), now.AddYears(-1), now);
            db.AccessTokens.Add(legacy);
            db.Entry(legacy).Property(t => t.ExpiresAt).CurrentValue = null;
            // Recovery codes as Identity kept them before the upgrade: in plain text.
            db.Set<IdentityUserToken<Guid>>().Add(new() { UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "RecoveryCodes", Value = "abcde-fghij;klmno-pqrst" });
            await db.SaveChangesAsync();
            return legacy.Id;
        });
        await using var restarted = app.AnotherInstance();
        Assert.DoesNotContain(await app.WithDbAsync(db => db.Set<IdentityUserToken<Guid>>().Select(t => t.Value).ToListAsync()), v => v != null && v.Contains("abcde-fghij"));
        await app.WithScopeAsync(async services =>
        {
            var user = (await services.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(DemoUsers.Coordinator))!;
            Assert.Equal(1, await services.GetRequiredService<SecondFactorCodes>().RedeemRecoveryCodeAsync(user, "abcde-fghij"));
        });
        Assert.Equal(now.AddDays(90), (await app.WithDbAsync(db => db.AccessTokens.SingleAsync(t => t.Id == legacyId))).ExpiresAt!.Value, TimeSpan.FromMinutes(1));
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.AccessTokenEndDateGiven && a.ObjectId == legacyId.ToString())));
    }

    [Theory, BothDatabases]
    public async Task A_password_change_ends_the_other_sessions_and_on_request_revokes_the_tokens(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var here = app.Anonymous();
        var elsewhere = app.Anonymous();
        await Forms.SignInAsync(here, DemoUsers.Professional);
        await Forms.SignInAsync(elsewhere, DemoUsers.Professional);
        var token = await app.ClientForAsync(DemoUsers.Professional);

        var changed = await Forms.PostAsync(here, "/staff/profile", new Dictionary<string, string>
        {
            ["Password.Current"] = DemoData.Password, ["Password.New"] = "uusi-pitkä-salasana-2026", ["Password.RevokeTokens"] = "true",
        }, "/staff/profile?handler=ChangePassword");
        Assert.Contains("Salasana vaihdettu.", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/me")).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/staff")).StatusCode);
        Assert.StartsWith("/sign-in", (await elsewhere.GetAsync("/staff")).Headers.Location?.PathAndQuery);

        var audit = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.PasswordChanged || a.Event == AuditEvent.AccessTokenRevoked)
            .Select(a => new { a.Event, a.Detail }).ToListAsync());
        Assert.Contains(audit, a => a.Event == AuditEvent.PasswordChanged && a.Detail == "1 access tokens revoked");
        Assert.Contains(audit, a => a.Event == AuditEvent.AccessTokenRevoked && a.Detail == "password changed");
    }

    [Theory, BothDatabases]
    public async Task A_forgotten_password_is_reset_through_a_mailed_link_that_works_once_and_the_second_factor_is_still_asked(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener();
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        var (key, _) = await TurnOnSecondFactorAsync(app, DemoUsers.MikkeliRepresentative);
        var session = app.Anonymous();
        await Forms.SignInAsync(session, DemoUsers.MikkeliRepresentative);
        Assert.Equal("/staff", (await SecondStepAsync(session, Totp.NextCode(app.Clock, key))).Headers.Location?.OriginalString);

        var browser = app.Anonymous();
        Assert.Contains("href=\"/sign-in/forgot-password\"", await browser.GetStringAsync("/sign-in"));
        var known = await Forms.PostAsync(browser, "/sign-in/forgot-password", new Dictionary<string, string> { ["Input.Email"] = DemoUsers.MikkeliRepresentative });
        var unknown = await Forms.PostAsync(app.Anonymous(), "/sign-in/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "ei-tilia@perheverkko.example" });
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(Notice(await known.Content.ReadAsStringAsync()), Notice(await unknown.Content.ReadAsStringAsync()));
        Assert.StartsWith("Jos osoitteella on tili", Notice(await known.Content.ReadAsStringAsync()));

        await app.DispatchOutboxAsync();
        var mail = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Assert.Single(smtp.Received).Data)));
        Assert.Equal(DemoUsers.MikkeliRepresentative, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("Perheverkko: uuden salasanan asettaminen", mail.Subject);
        var link = new Uri(ResetLink().Match(mail.TextBody!).Value);
        Assert.StartsWith("/sign-in/reset-password?token=", link.PathAndQuery);

        var weak = await Forms.PostAsync(browser, link.PathAndQuery, new Dictionary<string, string> { ["Input.New"] = "lyhyt" });
        Assert.Contains("Vähintään 12 merkkiä.", await weak.Content.ReadAsStringAsync());
        var reset = await Forms.PostAsync(browser, link.PathAndQuery, new Dictionary<string, string> { ["Input.New"] = "palautettu-salasana-2026" });
        Assert.Contains("Salasana on vaihdettu.", await reset.Content.ReadAsStringAsync());
        Assert.Contains("Linkki on vanhentunut tai jo käytetty.", await browser.GetStringAsync(link.PathAndQuery));
        var spent = Uri.UnescapeDataString(link.Query["?token=".Length..]);
        await app.WithScopeAsync(async services => Assert.Equal("account.reset_link_invalid", (await Assert.ThrowsAsync<DomainRuleViolation>(
            () => services.GetRequiredService<ResetPassword>().HandleAsync(new(spent, "vielä-yksi-salasana-2026")))).Rule.Code));

        // Nobody was signed in by the link: the new password leads to the second factor; the old session has ended.
        Assert.StartsWith("/sign-in/two-factor", (await Forms.SignInAsync(app.Anonymous(), DemoUsers.MikkeliRepresentative, "palautettu-salasana-2026")).Headers.Location?.OriginalString);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.StartsWith("/sign-in", (await session.GetAsync("/staff")).Headers.Location?.PathAndQuery);

        // A link lives 30 minutes.
        smtp.Received.Clear();
        await Forms.PostAsync(app.Anonymous(), "/sign-in/forgot-password", new Dictionary<string, string> { ["Input.Email"] = DemoUsers.MikkeliRepresentative });
        await app.DispatchOutboxAsync();
        var late = new Uri(ResetLink().Match(MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Assert.Single(smtp.Received).Data))).TextBody!).Value);
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Contains("Linkki on vanhentunut tai jo käytetty.", await app.Anonymous().GetStringAsync(late.PathAndQuery));

        var audit = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.PasswordResetRequested || a.Event == AuditEvent.PasswordResetCompleted)
            .Select(a => new { a.Event, a.Detail, a.Outcome }).ToListAsync());
        Assert.Contains(audit, a => a.Event == AuditEvent.PasswordResetRequested && a.Detail == "unknown address");
        Assert.Equal(2, audit.Count(a => a.Event == AuditEvent.PasswordResetRequested && a.Detail == "link sent"));
        Assert.Contains(audit, a => a.Event == AuditEvent.PasswordResetCompleted && a.Outcome == AuditOutcome.Succeeded);
        await MailFormat.AssertWellFormedAsync(app); // the password reset links
    }

    private static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> TurnOnSecondFactorAsync(TestApp app, string email)
    {
        string key = "";
        IReadOnlyList<string> codes = [];
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
            codes = await services.GetRequiredService<SecondFactorCodes>().NewRecoveryCodesAsync(user);
        });
        return (key, codes);
    }

    private static HttpClient Browser(TestApp app, string address)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(ClientAddresses.Header, address);
        return client;
    }

    private static Task<HttpResponseMessage> SecondStepAsync(HttpClient browser, string code) =>
        Forms.PostAsync(browser, "/sign-in/two-factor", new Dictionary<string, string> { ["Input.Code"] = code });

    private static async Task<string> TwoFactorPostAsync(HttpClient browser, string handler, string current) =>
        await (await Forms.PostAsync(browser, "/staff/profile/two-factor", new Dictionary<string, string> { ["Current"] = current },
            $"/staff/profile/two-factor?handler={handler}")).Content.ReadAsStringAsync();

    private static string FormError(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "<div class=\"form-errors\" role=\"alert\">\\s*<ul>\\s*<li>([^<]*)</li>").Groups[1].Value);

    private static string Notice(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "<p class=\"notice\" role=\"status\">([^<]*)</p>").Groups[1].Value);

    [GeneratedRegex(@"https?://\S+/sign-in/reset-password\?token=[A-Za-z0-9._%-]+")]
    private static partial Regex ResetLink();

    [GeneratedRegex("<li><code>([A-Za-z0-9-]+)</code></li>")]
    private static partial Regex RecoveryCode();
}

/// <summary>Lets a test choose the client's network address per request, as different machines would have.</summary>
internal sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public static void FromHeader(IServiceCollection services) => services.AddSingleton<IStartupFilter, ClientAddresses>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address)) context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
