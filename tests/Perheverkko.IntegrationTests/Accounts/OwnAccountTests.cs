using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Accounts;

/// <summary>What a signed-in person does to their own account on the profile pages: password, second factor, signing out.</summary>
public sealed partial class OwnAccountTests
{
    [Theory, BothDatabases]
    public async Task A_person_changes_their_password_and_signs_in_with_the_new_one(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var browser = app.Anonymous();
        await Forms.SignInAsync(browser, DemoUsers.Professional);

        var empty = await ChangePasswordAsync(browser, "", "");
        Assert.Equal("Pakollinen tieto.", FieldError(empty, "Password.Current"));
        Assert.Equal("Pakollinen tieto.", FieldError(empty, "Password.New"));
        Assert.Equal("Vähintään 12 merkkiä.", FieldError(await ChangePasswordAsync(browser, "x", "lyhyt"), "Password.New"));
        var wrong = await ChangePasswordAsync(browser, "ei-tämä-salasana", "uusi-pitkä-salasana-2026");
        Assert.Equal("Nykyinen salasana on väärin tai uusi ei kelpaa.", FieldError(wrong, "Password.Current"));

        var changed = await ChangePasswordAsync(browser, Web.Features.Accounts.DemoData.Password, "uusi-pitkä-salasana-2026");
        Assert.Contains("Salasana vaihdettu.", changed);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff")).StatusCode); // still signed in
        Assert.Equal(HttpStatusCode.OK, (await Forms.SignInAsync(app.Anonymous(), DemoUsers.Professional)).StatusCode); // the old one is refused
        Assert.Equal("/staff", (await Forms.SignInAsync(app.Anonymous(), DemoUsers.Professional, "uusi-pitkä-salasana-2026")).Headers.Location?.OriginalString);
    }

    [Theory, BothDatabases]
    public async Task A_person_turns_the_second_factor_on_signs_in_with_it_and_turns_it_off(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var browser = app.Anonymous();
        Assert.Equal("/sign-in", (await browser.GetAsync("/sign-in/two-factor")).Headers.Location?.OriginalString);
        await Forms.SignInAsync(browser, DemoUsers.Coordinator);

        var key = SharedKey().Match(await browser.GetStringAsync("/staff/profile/two-factor")).Groups[1].Value;
        Assert.NotEmpty(key);
        var wrong = await EnableAsync(browser, "000000");
        Assert.Equal("Koodi ei kelpaa.", FieldError(wrong, "Code"));
        Assert.Contains(key, wrong); // the same key until the second factor is on

        var enabled = await EnableAsync(browser, Totp.NextCode(app.Clock, key));
        Assert.Contains("Kaksivaiheinen tunnistautuminen on nyt käytössä.", enabled);
        var recoveryCodes = RecoveryCode().Matches(enabled).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, recoveryCodes.Count);

        var signOut = await Forms.PostAsync(browser, "/sign-out", new Dictionary<string, string>());
        Assert.Equal("/", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/staff")).StatusCode);

        Assert.StartsWith("/sign-in/two-factor", (await Forms.SignInAsync(browser, DemoUsers.Coordinator)).Headers.Location?.OriginalString);
        var empty = await Forms.PostAsync(browser, "/sign-in/two-factor", new Dictionary<string, string> { ["Input.Code"] = " - " });
        Assert.Equal("Pakollinen tieto.", FieldError(await empty.Content.ReadAsStringAsync(), "Input.Code"));
        var signedIn = await Forms.PostAsync(browser, "/sign-in/two-factor", new Dictionary<string, string> { ["Input.Code"] = Totp.NextCode(app.Clock, key) });
        Assert.Equal("/staff", signedIn.Headers.Location?.OriginalString);

        await Forms.PostAsync(browser, "/sign-out", new Dictionary<string, string>());
        await Forms.SignInAsync(browser, DemoUsers.Coordinator);
        var withRecoveryCode = await Forms.PostAsync(browser, "/sign-in/two-factor", new Dictionary<string, string> { ["Input.Code"] = recoveryCodes[0] });
        Assert.Equal("/staff", withRecoveryCode.Headers.Location?.OriginalString);

        var disabled = await Forms.PostAsync(browser, "/staff/profile/two-factor", new Dictionary<string, string> { ["Current"] = Web.Features.Accounts.DemoData.Password },
            "/staff/profile/two-factor?handler=Disable");
        var newKey = SharedKey().Match(await disabled.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(newKey);
        Assert.NotEqual(key, newKey);
        await Forms.PostAsync(browser, "/sign-out", new Dictionary<string, string>());
        Assert.Equal("/staff", (await Forms.SignInAsync(browser, DemoUsers.Coordinator)).Headers.Location?.OriginalString);

        var events = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.ActorName == "Maija Meikäläinen").Select(a => a.Event).ToListAsync());
        Assert.Contains(AuditEvent.TwoFactorEnabled, events);
        Assert.Contains(AuditEvent.TwoFactorDisabled, events);
        Assert.Contains(AuditEvent.SignedOut, events);
    }

    private static async Task<string> ChangePasswordAsync(HttpClient browser, string current, string @new) =>
        await (await Forms.PostAsync(browser, "/staff/profile", new Dictionary<string, string> { ["Password.Current"] = current, ["Password.New"] = @new },
            "/staff/profile?handler=ChangePassword")).Content.ReadAsStringAsync();

    private static async Task<string> EnableAsync(HttpClient browser, string code) =>
        await (await Forms.PostAsync(browser, "/staff/profile/two-factor", new Dictionary<string, string> { ["Code"] = code },
            "/staff/profile/two-factor?handler=Enable")).Content.ReadAsStringAsync();

    /// <summary>The message shown next to a form field (its validation span).</summary>
    private static string FieldError(string html, string field) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, $"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)</span>").Groups[1].Value);

    [GeneratedRegex("data-testid=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>([A-Za-z0-9-]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
