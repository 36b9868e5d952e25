using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Testing.Ptv;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Jobs;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>The app pointed at a fake PTV on a loopback port, started before the app so that its address is in the settings.</summary>
public sealed class PtvApp() : KestrelApp(DatabaseProvider.Sqlite), IAsyncLifetime
{
    public FakePtv Fake { get; private set; } = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        Fake = await FakePtv.StartAsync();
        await InitializeAsync();
    }

    protected override IDictionary<string, string?>? Settings() => Fake.Settings;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Fake is not null) await Fake.DisposeAsync();
    }
}

/// <summary>
/// Mikkeli's services in the national service catalogue, end to end on screens (issue #19, "Done when"): Mikkeli's
/// representative gives the organisation's PTV id and API user, previews the import from a fake PTV and applies it,
/// moves one imported meeting place to be kept here (confirming), changes its phone, exports it; after the job runner's
/// pass its status reads "Hyväksytty". Every new page passes axe at 1280 and 390 px.
/// </summary>
public sealed class PtvJourneyTests(BrowserFixture browser, PtvApp app) : BrowserTest(browser, app), IClassFixture<PtvApp>
{
    private const string ApiUser = "mikkeli-api";
    private const string ApiPassword = "Testi-Salasana-19";

    [Fact]
    public async Task A_representative_imports_from_PTV_moves_a_place_here_edits_and_exports_it_and_PTV_accepts_it()
    {
        var fake = ((PtvApp)App).Fake;
        var ptvOrganisation = Guid.NewGuid();
        fake.SeedExampleOrganisation(ptvOrganisation);
        fake.Credentials[ApiUser] = ApiPassword;
        var mikkeli = NetworkSeeder.OrganisationId("mikkeli");

        var page = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await page.GotoAsync("/staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "Palvelutietovaranto (PTV)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Palvelutietovaranto (PTV)");
        // A representative sees only their own organisation.
        await Expect(page.Locator("main table tbody tr")).ToHaveCountAsync(1);
        await page.Locator("main table tbody a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/staff/ptv/{mikkeli}$"));

        // The connection: the password is never shown back, only that one is saved.
        await page.GetByLabel("PTV-organisaatiotunniste").FillAsync(ptvOrganisation.ToString());
        await page.GetByLabel("PTV-rajapintatunnus").FillAsync(ApiUser);
        await page.GetByLabel("Rajapintatunnuksen salasana").FillAsync(ApiPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna PTV-yhteys" }).ClickAsync();
        await Expect(page.GetByText("PTV-yhteys tallennettu.")).ToBeVisibleAsync();
        await Expect(page.Locator("#password-saved")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Rajapintatunnuksen salasana")).ToBeEmptyAsync();
        await Expect(page.Locator("#ptv-configured")).ToHaveTextAsync("PTV-yhteys on käytössä tällä palvelimella.");
        Assert.DoesNotContain(ApiPassword, await page.ContentAsync());

        // The dry run, then its confirming step.
        await page.GetByRole(AriaRole.Button, new() { Name = "Esikatsele tuonti" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/staff/ptv/{mikkeli}/import\\??$"));
        await Expect(page.Locator("#import-counts")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Uudet") })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tuo muutokset" }).ClickAsync();
        await Expect(page.GetByText(new Regex("^Tuonti tehty: [1-9]"))).ToBeVisibleAsync();

        // One imported meeting place moves to be kept here: a second, confirming step.
        var imported = page.Locator("main table tbody tr").Filter(new() { HasTextString = "Ylläpidetään Palvelutietovarannossa (PTV)" })
            .Filter(new() { HasTextString = "(kohtaamispaikka)" }).First;
        await imported.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#entry-master")).ToHaveTextAsync("Ylläpidetään Palvelutietovarannossa (PTV)");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "PTV:ssä ylläpidettävät tiedot" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Puhelin")).ToHaveCountAsync(0);
        var place = new Uri(page.Url).AbsolutePath;
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Siirrä ylläpito Perheverkkoon…" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Siirretäänkö ylläpito Perheverkkoon?" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kyllä, siirrä" }).ClickAsync();
        await Expect(page.GetByText("Ylläpito siirretty Perheverkkoon.")).ToBeVisibleAsync();
        await Expect(page.Locator("#entry-master")).ToHaveTextAsync("Ylläpidetään Perheverkossa");

        // Kept here, the phone is edited here and the place exported.
        await page.GetByLabel("Puhelin").FillAsync("015 194 2000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Tallennettu.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Puhelin")).ToHaveValueAsync("015 194 2000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vie PTV:hen" }).ClickAsync();
        await Expect(page.Locator("#entry-export-status")).ToHaveTextAsync("Jonossa");

        // The job runner's pass sends it; PTV accepts it.
        await App.App.Services.GetRequiredService<JobRunner>().RunDueJobsAsync(CancellationToken.None);
        await page.GotoAsync(place);
        await Expect(page.Locator("#entry-export-status")).ToHaveTextAsync("Hyväksytty");
        await Expect(page.Locator("#entry-ptv-id")).Not.ToHaveTextAsync("–");
        await page.GotoAsync($"/staff/ptv/{mikkeli}");
        await Expect(page.Locator($"main table tbody tr:has(a[href='{place}']) .export-status")).ToHaveTextAsync("Hyväksytty");

        foreach (var width in new[] { 1280, 390 })
        {
            var representative = await SignedInPageAsync(DemoUsers.MikkeliRepresentative, width);
            await AssertPagesAccessibleAsync(representative, ["/staff/ptv", $"/staff/ptv/{mikkeli}", $"/staff/ptv/{mikkeli}/import", place]);
        }
    }
}
