using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Agreements.Signing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Agreements;

/// <summary>
/// The signing round in a browser: nineteen parties have signed (through HTTP, as their signatories would), then
/// Mikkeli's representative records the decision, Mikkeli's signatory signs in with a second factor and signs, and
/// the public decisions page shows the agreement in force.
/// </summary>
public sealed class SigningTests(BrowserFixture browser, SigningApp app) : BrowserTest(browser, app), IClassFixture<SigningApp>
{
    private static readonly Guid Version = SeedIds.For("agreement-version", "2026-2029");
    private const string Period = "2026-2029";
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    /// <summary>The seeded text as stored, so its hash is the one the stored sections give (every reader re-hashes them).</summary>
    private static readonly string Text = AgreementText.Canonical(AgreementTextSeeder.Parse(AgreementTextSeeder.ReadResource("2026-2029.txt")));

    [Fact]
    public async Task A_representative_records_the_decision_the_signatory_signs_and_the_version_is_in_force()
    {
        var test = App.App;
        var hash = AgreementText.Sha256(Text);
        // Replays the signing round of the seeded 2026–2029 version (seeded as in force): back to where freezing leaves it,
        // with no party joined yet. Through EF Core, because no use case turns an agreement in force back into a draft.
        await test.WithDbAsync(async db =>
        {
            var version = await db.AgreementVersions.SingleAsync(v => v.Id == Version);
            db.Entry(version).Property(v => v.Status).CurrentValue = AgreementStatus.OutForDecisions;
            db.Entry(version).Property(v => v.TextHash).CurrentValue = hash;
            db.Entry(version).Property(v => v.FrozenAt).CurrentValue = test.Clock.GetUtcNow().UtcDateTime.AddDays(-30);
            db.Entry(version).Property(v => v.InForceFrom).CurrentValue = null;
            foreach (var party in await db.Parties.Where(p => p.AgreementVersionId == Version).ToListAsync())
                db.Entry(party).Property(p => p.JoinedOn).CurrentValue = null;
            return await db.SaveChangesAsync();
        });
        using var coordinator = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        coordinator.DefaultRequestHeaders.Authorization = new("Bearer", await test.IssueTokenAsync(DemoUsers.Coordinator));
        var today = HelsinkiTime.DateOf(test.Clock.GetUtcNow().UtcDateTime);
        var parties = await test.WithDbAsync(db => db.Parties.Where(p => p.AgreementVersionId == Version).Select(p => p.OrganisationId).ToListAsync());
        var others = new List<(Guid Organisation, string Email, string Key)>();
        foreach (var (organisation, i) in parties.Select((o, i) => (o, i)))
        {
            var email = organisation == Mikkeli ? "sivistysjohtaja@mikkeli.example" : $"allekirjoittaja{i}@perheverkko.example";
            var (id, key) = await SignatoryAsync(organisation, email, organisation == Mikkeli ? "Sirkka Sivistys" : $"Allekirjoittaja {i}");
            await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/agreement-versions/{Period}/parties/{organisation}/signatories", new { rule = "Single", staffUserIds = new[] { id } }));
            if (organisation == Mikkeli) { others.Insert(0, (organisation, email, key)); continue; }
            await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/agreement-versions/{Period}/parties/{organisation}/decision", new
            {
                organ = "Kunnanhallitus", meetingDate = today.ToString("yyyy-MM-dd"), section = "7", registerNumber = $"{i}/00.04.01/2025", status = "Approved",
            }));
            others.Add((organisation, email, key));
        }
        await OkAsync(await coordinator.PostAsync($"/api/v1/agreement-versions/{Period}/signing", null));
        foreach (var (organisation, email, key) in others.Skip(1))
        {
            using var signatory = await SignedInClientAsync(email, key);
            await OkAsync(await signatory.PostAsJsonAsync($"/api/v1/agreement-versions/{Period}/parties/{organisation}/signatures", new { textHash = hash, consent = true }));
        }

        // Mikkeli's representative records the decision on the party page.
        var representative = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await representative.GotoAsync("/staff/signing/2026-2029");
        await representative.GetByRole(AriaRole.Link, new() { Name = "Mikkeli", Exact = true }).ClickAsync();
        await representative.GetByLabel("Toimielin").FillAsync("Vapaa-aika- ja sivistyslautakunta");
        await representative.GetByLabel("Kokouspäivä").FillAsync(today.ToString("yyyy-MM-dd"));
        await representative.GetByLabel("Pykälä (§)").FillAsync("4a");
        await representative.GetByLabel("Päätöksen tila").SelectOptionAsync("Approved");
        await representative.GetByRole(AriaRole.Button, new() { Name = "Tallenna päätös" }).ClickAsync();
        await Expect(representative.Locator("#decision-section-error")).ToHaveTextAsync("Anna kokonaisluku.");
        await AssertAccessibleAsync(representative);
        await representative.GetByLabel("Pykälä (§)").FillAsync("4");
        await representative.GetByLabel("Diaarinumero").FillAsync("33/12.07.02/2025");
        await representative.GetByLabel("Allekirjoittamaan valtuutettu").FillAsync("sivistysjohtaja");
        await representative.GetByRole(AriaRole.Button, new() { Name = "Tallenna päätös" }).ClickAsync();
        await Expect(representative.GetByRole(AriaRole.Status)).ToHaveTextAsync("Päätös tallennettu.");
        await Expect(representative.GetByText($"Vapaa-aika- ja sivistyslautakunta {today:d.M.yyyy} § 4, 33/12.07.02/2025")).ToBeVisibleAsync();
        await AssertAccessibleAsync(representative);

        // The signatory signs in with the authenticator code and signs, with explicit consent.
        var (_, email0, key0) = others[0];
        var page = await NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Sähköposti").FillAsync(email0);
        await page.GetByLabel("Salasana").FillAsync(Web.Features.Accounts.DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();
        await page.GetByLabel("Koodi").FillAsync(Totp.NextCode(App.App.Clock, key0));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff$"));
        await page.GotoAsync("/staff/signing/2026-2029/sign");
        await Expect(page.Locator("#text-hash")).ToHaveTextAsync(hash);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Lue allekirjoitettava teksti" })).ToHaveAttributeAsync("href", "/agreement/2026-2029");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Allekirjoita", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vahvista, että allekirjoitat");
        await page.GetByLabel("Allekirjoitan sopimuksen osapuolen Mikkeli puolesta", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Allekirjoita", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Allekirjoitus kirjattu. Kaikki osapuolet ovat allekirjoittaneet: sopimus on voimassa {today:d.M.yyyy} alkaen.");

        // The public page, without signing in and without JavaScript.
        var visitor = await NewPageAsync(javaScript: false);
        await visitor.GotoAsync("/agreement/2026-2029/decisions");
        await Expect(visitor.Locator("#agreement-status")).ToHaveTextAsync("Voimassa");
        await Expect(visitor.Locator("#in-force-from")).ToHaveTextAsync(today.ToString("d.M.yyyy"));
        await Expect(visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Mikkeli" }).First).ToContainTextAsync("33/12.07.02/2025");
        await Expect(visitor.GetByText("Sirkka")).ToHaveCountAsync(0);
        await visitor.GotoAsync("/agreement/verify");
        await visitor.GetByLabel("Tai liitä sopimusteksti tähän").FillAsync(Text);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Tarkista" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Vastaa rekisteriä: sopimuskausi 2026–2029" })).ToBeVisibleAsync();

        var withScripts = await NewPageAsync();
        await AssertPagesAccessibleAsync(withScripts, ["/agreement/2026-2029/decisions", "/agreement/verify"]);
        await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.Coordinator),
            ["/staff/signing", "/staff/signing/2026-2029", $"/staff/signing/2026-2029/parties/{Mikkeli}", "/staff/signing/2026-2029/annex"]);
    }

    private async Task<(Guid Id, string Key)> SignatoryAsync(Guid organisation, string email, string name)
    {
        (Guid, string) result = default;
        await App.App.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser
            {
                Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
                Role = StaffRole.Professional, OrganisationId = organisation, RegionId = NetworkSeeder.SouthSavo, CreatedAt = DateTime.UtcNow,
            };
            Assert.True((await users.CreateAsync(user, Web.Features.Accounts.DemoData.Password)).Succeeded);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            result = (user.Id, (await users.GetAuthenticatorKeyAsync(user))!);
        });
        return result;
    }

    /// <summary>An HTTP client signed in through the forms with password and authenticator code, as a signatory's browser would be.</summary>
    private async Task<HttpClient> SignedInClientAsync(string email, string key)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(App.BaseUrl) };
        await Forms.SignInAsync(client, email);
        var done = await Forms.PostAsync(client, "/sign-in/two-factor", new Dictionary<string, string> { ["Input.Code"] = Totp.NextCode(App.App.Clock, key) });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        return client;
    }

    private static async Task OkAsync(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}

/// <summary>A database of its own: the signing round changes the 2026–2029 version for good.</summary>
public sealed class SigningApp() : KestrelApp(Web.Platform.Data.DatabaseProvider.Sqlite);
