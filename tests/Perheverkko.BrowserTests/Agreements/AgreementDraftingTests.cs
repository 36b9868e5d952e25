using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Calendar;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Agreements;

/// <summary>
/// The next agreement from draft to frozen text: the coordinator starts a draft from the latest version and edits a
/// section, a party's representative comments on it, the coordinator freezes it (through the confirm step) and sees the
/// hash, and the public comparison shows the change; then sending for signatures and giving notice, each through the
/// confirm step.
/// </summary>
public sealed class AgreementDraftingTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_draft_is_edited_commented_frozen_and_its_change_shown_to_the_public()
    {
        var coordinator = await SignedInPageAsync(DemoUsers.Coordinator);
        await coordinator.GotoAsync("/staff/agreement");
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Yhteistyösopimus");
        // The form proposes the next period after the latest one, from its text.
        await Expect(coordinator.GetByLabel("Alkamisvuosi")).ToHaveValueAsync("2030");
        await Expect(coordinator.GetByLabel("Päättymisvuosi")).ToHaveValueAsync("2033");
        await AssertAccessibleAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Luo luonnos" }).ClickAsync();
        await Expect(coordinator).ToHaveURLAsync(new Regex("/staff/agreement/2030-2033$"));
        await Expect(coordinator.GetByText("Luonnos", new() { Exact = true })).ToBeVisibleAsync();

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Muokkaa pykälää 2", Exact = true }).ClickAsync();
        await Expect(coordinator.GetByLabel("Otsikko (suomeksi)")).ToHaveValueAsync("Sopimuksen kesto");
        await AssertAccessibleAsync(coordinator);
        await coordinator.GetByLabel("Teksti (suomeksi)").FillAsync("Tämä sopimus on voimassa 2030-2033. Sopimus päivitetään samassa syklissä kuin maakunnallinen lasten ja nuorten hyvinvointisuunnitelma.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Tallenna pykälä" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Pykälä tallennettu.");
        await Expect(coordinator.Locator("#section-2")).ToContainTextAsync("voimassa 2030-2033");

        var representative = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await representative.GotoAsync("/staff/agreement/2030-2033");
        // A representative comments but has no way to edit or freeze.
        await Expect(representative.GetByRole(AriaRole.Link, new() { Name = "Muokkaa pykälää 2", Exact = true })).ToHaveCountAsync(0);
        await Expect(representative.GetByRole(AriaRole.Button, new() { Name = "Lukitse teksti ja laske tiiviste" })).ToHaveCountAsync(0);
        await representative.GetByRole(AriaRole.Button, new() { Name = "Lähetä kommentti" }).Nth(1).ClickAsync();
        await Expect(representative.Locator("#comment-2-error")).ToHaveTextAsync("Pakollinen tieto.");
        await AssertAccessibleAsync(representative);
        await representative.GetByLabel("Kommenttisi pykälään 2", new() { Exact = true }).FillAsync("Mikkeli kannattaa neljän vuoden kautta.");
        await representative.Locator("#section-2").GetByRole(AriaRole.Button, new() { Name = "Lähetä kommentti" }).ClickAsync();
        await Expect(representative.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kommentti tallennettu.");
        await Expect(representative.Locator("#section-2 blockquote")).ToContainTextAsync("Mikkeli kannattaa neljän vuoden kautta.");

        await coordinator.GotoAsync("/staff/agreement/2030-2033");
        await Expect(coordinator.Locator("#section-2 blockquote")).ToContainTextAsync("Mikkelin kaupunki");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Lukitse teksti ja laske tiiviste" }).ClickAsync();
        // The one confirm step (issue #13 item 3): what freezing does, and nothing done until the second button.
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Lukitaanko sopimuksen 2030–2033 teksti päätöksentekoon?" })).ToBeVisibleAsync();
        await Expect(coordinator.Locator(".confirm-step")).ToContainTextAsync("Tekstin 24 pykälää lukitaan");
        await Expect(coordinator.GetByText("Luonnos", new() { Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAtBothWidthsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Kyllä, lukitse teksti" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Teksti lukittu päätöksentekoon. Tiiviste on laskettu.");
        await Expect(coordinator.Locator("#text-hash")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
        var hash = await coordinator.Locator("#text-hash").TextContentAsync();
        await Expect(coordinator.GetByRole(AriaRole.Link, new() { Name = "Muokkaa pykälää 2", Exact = true })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(coordinator);
        await ScreenshotAsync(coordinator, "staff-agreement-frozen");

        var visitor = await NewPageAsync(javaScript: false);
        await visitor.GotoAsync("/agreement/2030-2033");
        await Expect(visitor.Locator("code.hash")).ToHaveTextAsync(hash!);
        await visitor.GotoAsync("/agreement/changes");
        await visitor.GetByLabel("Vanhempi sopimus").SelectOptionAsync("2026-2029");
        await visitor.GetByLabel("Uudempi sopimus").SelectOptionAsync("2030-2033");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Vertaa" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Muuttuneet pykälät (1)" })).ToBeVisibleAsync();
        var section2 = visitor.Locator("#diff-2").Locator("xpath=..");
        await Expect(section2.Locator("del")).ToContainTextAsync("2026-2029.");
        await Expect(section2.Locator("ins")).ToContainTextAsync("2030-2033.");
        await ScreenshotAsync(visitor, "public-agreement-changes");
        // axe-core runs as JavaScript: the same page is checked in a context with it on.
        var checker = await NewPageAsync();
        await checker.GotoAsync(visitor.Url);
        await AssertAccessibleAsync(checker);

        // Sending for signatures asks first and names the parties whose approving decision is missing: Mikkeli's is recorded
        // (through the API, as its representative would), the nineteen others are named.
        using var api = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", await App.App.IssueTokenAsync(DemoUsers.Coordinator));
        var today = HelsinkiTime.DateOf(App.App.Clock.GetUtcNow().UtcDateTime);
        var recorded = await api.PutAsJsonAsync($"/api/v1/agreement-versions/2030-2033/parties/{Mikkeli}/decision",
            new { organ = "Kaupunginhallitus", meetingDate = today.ToString("yyyy-MM-dd"), section = "5", status = "Approved" });
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        await coordinator.GotoAsync("/staff/signing/2030-2033");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Lähetä allekirjoitettavaksi" }).ClickAsync();
        var sendStep = coordinator.Locator(".confirm-step");
        await Expect(sendStep.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Lähetetäänkö sopimus 2030–2033 allekirjoitettavaksi?");
        await Expect(sendStep).ToContainTextAsync("Hyväksyvä päätös puuttuu vielä 19 osapuolelta: Enonkoski, Hirvensalmi, Juva, Kangasniemi, Mäntyharju");
        await AssertAccessibleAtBothWidthsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Kyllä, lähetä allekirjoitettavaksi" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Lähetetty allekirjoitettavaksi.");

        // Giving notice asks first, with the end date. The version is put in force with Mikkeli a party directly: the
        // signing round itself is SigningTests'.
        await App.App.WithDbAsync(async db =>
        {
            var version = await db.AgreementVersions.Include(v => v.Parties).SingleAsync(v => v.StartYear == 2030);
            db.Entry(version).Property(v => v.Status).CurrentValue = AgreementStatus.InForce;
            db.Entry(version).Property(v => v.InForceFrom).CurrentValue = today;
            version.Parties.Single(p => p.OrganisationId == Mikkeli).Join(today);
            return await db.SaveChangesAsync();
        });
        await representative.GotoAsync($"/staff/signing/2030-2033/parties/{Mikkeli}");
        await representative.GetByRole(AriaRole.Button, new() { Name = "Irtisano sopimus" }).ClickAsync();
        var noticeStep = representative.Locator(".confirm-step");
        await Expect(noticeStep.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Irtisanotaanko sopimus osapuolen Mikkeli osalta?");
        await Expect(noticeStep).ToContainTextAsync($"Irtisanominen annetaan tänään {today:d.M.yyyy}");
        await AssertAccessibleAtBothWidthsAsync(representative);
        await representative.GetByRole(AriaRole.Button, new() { Name = "Kyllä, irtisano sopimus" }).ClickAsync();
        await Expect(representative.GetByRole(AriaRole.Status)).ToHaveTextAsync("Irtisanominen kirjattu.");

        // The pages that now say "recorded outside Perheverkko", at both widths.
        foreach (var width in new[] { 1280, 390 })
        {
            await AssertPagesAccessibleAsync(await NewPageAsync(width: width), ["/agreement/2022-2023/decisions"]);
            await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.Coordinator, width), ["/staff/signing/2024-2025"]);
        }
    }

    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    /// <summary>axe-core finds nothing on the page as it is now, at 1280 and at 390 px wide.</summary>
    private async Task AssertAccessibleAtBothWidthsAsync(IPage page)
    {
        await AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(390, 900);
        await AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(1280, 900);
    }
}
