using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Workforce;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Public;

/// <summary>
/// The public directory as a family uses it (without JavaScript) and as a representative keeps it, with axe-core over
/// every public directory page in Finnish, Swedish and English. The clock is set to a Monday in March 2031, when the
/// demo programme runs every week.
/// </summary>
public sealed class DirectoryTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    private static readonly DateTimeOffset Monday = new(2031, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly string FamilyClub = $"/directory/activities/{DirectorySeeder.ActivityId("perhekerho-mikkeli")}";

    private void AtMonday()
    {
        if (App.App.Clock.GetUtcNow() < Monday) App.App.Clock.SetUtcNow(Monday);
    }

    [Fact]
    public async Task A_family_filters_Mikkeli_to_this_week_opens_the_family_club_and_downloads_its_calendar_file()
    {
        AtMonday();
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/directory");
        await page.GetByLabel("Kunta").SelectOptionAsync(new SelectOptionValue { Label = "Mikkeli" });
        await page.GetByLabel("Laji").SelectOptionAsync(new SelectOptionValue { Label = "Avoin toiminta" });
        await page.GetByLabel("Vain tällä viikolla").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Hae", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/directory\\?q=&municipality=mikkeli&kind=OpenActivity.*&week=true"));
        await Expect(page.GetByLabel("Vain tällä viikolla")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Perhekerho", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(FamilyClub) + "$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Perhekerho");
        await Expect(page.GetByText("ti 11.3. 09.30–11.30")).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lataa kalenteriin (.ics)" }).ClickAsync());
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("BEGIN:VCALENDAR", ics);
        Assert.Contains("UID:" + DirectoryCalendar.Uid(DirectorySeeder.ActivityId("perhekerho-mikkeli")), ics);
        Assert.Contains("RRULE:FREQ=WEEKLY;BYDAY=TU", ics);
    }

    [Fact]
    public async Task A_family_searches_perhekerho_Mikkelissa_and_finds_the_family_club()
    {
        AtMonday();
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/directory");
        await page.GetByLabel("Hakusana").FillAsync("perhekerho Mikkelissä");
        await page.GetByLabel("Vain tällä viikolla").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Hae", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Perhekerho", Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(FamilyClub) + "$"));
    }

    [Fact]
    public async Task A_representative_is_told_what_is_missing_completes_and_publishes_an_activity_that_then_appears_in_the_listing()
    {
        AtMonday();
        var page = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await page.GotoAsync("/staff/directory");
        await page.GetByRole(AriaRole.Link, new() { Name = "Uusi toiminta" }).ClickAsync();
        await page.Locator("#Input_Name_Fi").FillAsync("Vauvajumppa");
        await page.Locator("#Input_Kind").SelectOptionAsync("OpenActivity");
        await page.Locator("#Input_MunicipalityId").SelectOptionAsync(new SelectOptionValue { Label = "Mikkeli" });
        await page.Locator("#Input_Schedule_Starts").FillAsync("10:00");
        await page.Locator("#Input_Schedule_Ends").FillAsync("11:00");
        await page.Locator("input[name='Input.Schedule.Days'][value='Wednesday']").CheckAsync();
        await page.Locator("#Input_Schedule_From").FillAsync("2031-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tallennettu.");
        var missing = page.Locator(".missing");
        await Expect(missing).ToContainTextAsync("tilat (kohtaamispaikka)");
        await Expect(missing).ToContainTextAsync("vetäjät");
        await Expect(missing).ToContainTextAsync("vakuutukset");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna ja julkaise" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Toimintaa ei voi julkaista");

        await page.Locator("#Input_MeetingPlaceId").SelectOptionAsync(new SelectOptionValue { Label = "Kohtaamispaikka Kaisla" });
        await page.Locator("#Input_Leaders").FillAsync("Perheohjaaja ja fysioterapeutti");
        await page.Locator("#Input_Insurance").FillAsync("Kaupungin vastuuvakuutus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tallennettu.");
        // The free-text leaders are a note since issue #16: one of Mikkeli's own people is named to lead.
        await Expect(page.Locator(".missing")).ToContainTextAsync("vetäjät");
        await App.App.WithDbAsync(async db =>
        {
            var now = App.App.Clock.GetUtcNow().UtcDateTime;
            db.Workers.Add(new Worker(Guid.NewGuid(), NetworkSeeder.SouthSavo, NetworkSeeder.OrganisationId("mikkeli"), "Paula Perheohjaaja", null, WorkerKind.Employee, now));
            return await db.SaveChangesAsync();
        });
        await page.ReloadAsync();
        await page.Locator("#Person_WorkerId").SelectOptionAsync(new SelectOptionValue { Label = "Paula Perheohjaaja (työntekijä)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Nimeä", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Henkilö nimettiin toimintaan.");
        await Expect(page.Locator(".missing")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna ja julkaise" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tallennettu. Julkaistu.");

        await page.GotoAsync("/directory?municipality=mikkeli&week=true");
        await page.GetByRole(AriaRole.Link, new() { Name = "Vauvajumppa" }).ClickAsync();
        await Expect(page.GetByText("ke 12.3. 10.00–11.00")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_representatives_unsaved_edits_survive_pressing_publish_when_publishing_is_refused()
    {
        var page = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await page.GotoAsync($"/staff/directory/activities/{DirectorySeeder.ActivityId("satutuokio-mikkeli")}");
        await page.Locator("#Input_Name_Fi").FillAsync("Satutuokio kirjastossa");
        await page.Locator("#Input_Insurance").FillAsync("Kaupungin vastuuvakuutus");
        // Straight to publishing, without saving first: the activity has no leader named, so publishing is refused.
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna ja julkaise" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Toimintaa ei voi julkaista");
        await Expect(page.GetByText("Muutokset tallennettiin, mutta tilaa ei vaihdettu.")).ToBeVisibleAsync();
        await Expect(page.Locator("#Input_Name_Fi")).ToHaveValueAsync("Satutuokio kirjastossa");
        await Expect(page.Locator("#Input_Insurance")).ToHaveValueAsync("Kaupungin vastuuvakuutus");
        await AssertAccessibleAsync(page);
        // Saved, not only shown: a fresh load has them too.
        await page.ReloadAsync();
        await Expect(page.Locator("#Input_Name_Fi")).ToHaveValueAsync("Satutuokio kirjastossa");
        await Expect(page.Locator("#Input_Insurance")).ToHaveValueAsync("Kaupungin vastuuvakuutus");
    }

    [Fact]
    public async Task A_cross_organisation_form_post_shows_the_not_permitted_page_and_is_audited()
    {
        var place = DirectorySeeder.PlaceId("seurakuntakeskuksen-perhetila");
        var page = await SignedInPageAsync(DemoUsers.SavonlinnaRepresentative);
        await page.GotoAsync($"/staff/directory/places/{place}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vain luettavissa" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true })).ToHaveCountAsync(0);

        // A form made by hand, with the page's own antiforgery token, as someone who knows the address would post it.
        var response = await page.RunAndWaitForResponseAsync(() => page.EvaluateAsync(@"() => {
            const form = document.createElement('form');
            form.method = 'post';
            form.action = location.pathname + '?handler=Save';
            for (const [name, value] of [['__csrf', document.querySelector('input[name=__csrf]').value], ['Input.Version', '2'], ['Input.Name.Fi', 'Kaapattu']]) {
                const input = document.createElement('input');
                input.type = 'hidden'; input.name = name; input.value = value;
                form.appendChild(input);
            }
            document.body.appendChild(form);
            form.submit();
        }"), r => r.Url.Contains("/staff/denied"));
        Assert.Equal(403, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ei käyttöoikeutta");
        var denied = await App.App.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == Perheverkko.Web.Platform.Audit.AuditEvent.AccessDenied && a.ObjectId == place.ToString())
            .Select(a => a.Detail).ToListAsync());
        Assert.Equal(["EditDirectory"], denied);
    }

    public static TheoryData<string?> Languages() => new(null, "På svenska", "In English");

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Every_public_directory_page_has_no_WCAG_A_or_AA_violations(string? languageButton)
    {
        AtMonday();
        var page = await NewPageAsync();
        if (languageButton is not null)
        {
            await page.GotoAsync("/directory");
            await page.GetByRole(AriaRole.Button, new() { Name = languageButton }).ClickAsync();
        }
        await AssertPagesAccessibleAsync(page,
        [
            "/directory", "/directory?q=&municipality=mikkeli&kind=OpenActivity&week=true", "/directory?kind=Banana&age=-1",
            "/directory?municipality=savonlinna&page=2",
            FamilyClub, $"/directory/activities/{DirectorySeeder.ActivityId("perheiden-liikuntapaiva")}",
            $"/directory/services/{DirectorySeeder.ServiceId("neuvola-mikkeli")}", $"/directory/services/{DirectorySeeder.ServiceId("mimosa-ohjaus")}",
            "/directory/places/kohtaamispaikka-kaisla", "/directory/places/olkkari", "/directory/municipalities/mikkeli",
            "/directory/municipalities/sulkava", "/directory/municipalities/savonlinna/this-week", "/directory/family-centres/savonlinnan-perhekeskus",
        ]);
    }

    [Fact]
    public async Task The_staff_directory_pages_have_no_WCAG_A_or_AA_violations()
    {
        var page = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await AssertPagesAccessibleAsync(page,
        [
            "/staff/directory", "/staff/directory/activities", "/staff/directory/services", "/staff/directory/places",
            $"/staff/directory/activities/{DirectorySeeder.ActivityId("satutuokio-mikkeli")}",
            $"/staff/directory/places/{DirectorySeeder.PlaceId("kohtaamispaikka-kaisla")}",
            $"/staff/directory/services/{DirectorySeeder.ServiceId("neuvola-mikkeli")}",
        ]);
        // The list (filtered, and a second page) and the result rows, on a wide screen and a phone; another organisation's entry read-only.
        AtMonday();
        foreach (var width in new[] { 1280, 390 })
        {
            await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.Coordinator, width),
                ["/staff/directory?q=&type=activity&municipality=mikkeli&state=Published", "/staff/directory?page=2"]);
            await AssertPagesAccessibleAsync(await NewPageAsync(width: width), ["/directory?q=&municipality=mikkeli&kind=OpenActivity&week=true"]);
        }
        await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.SavonlinnaRepresentative),
            [$"/staff/directory/activities/{DirectorySeeder.ActivityId("satutuokio-mikkeli")}"]);
    }
}
