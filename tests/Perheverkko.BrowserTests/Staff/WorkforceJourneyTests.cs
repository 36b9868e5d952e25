using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using Perheverkko.BrowserTests.FamilyAdvice;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Workforce;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>
/// Workforce compliance end to end, as issue #16 names it: Mikkeli's representative adds an employee and a volunteer,
/// records the check and the briefing, names both as leaders of a children's activity and publishes it; then the
/// volunteer's insurance ends on the fake clock, and the coordinator's overview and the representative's e-mail (a
/// real SMTP listener) show it while the activity stays published. The only test of its class: it moves the app's clock.
/// </summary>
public sealed class WorkforceJourneyTests(BrowserFixture browser, SmtpSqliteApp app) : BrowserTest(browser, app), IClassFixture<SmtpSqliteApp>
{
    private const string Employee = "Aino Esimerkki";
    private const string Volunteer = "Ville Vapaaehtoinen";
    private const string PolicyNumber = "VP-2027-77";
    private static readonly Guid StoryTime = DirectorySeeder.ActivityId("satutuokio-mikkeli");

    [Fact]
    public async Task Mikkelis_people_are_checked_briefed_and_insured_lead_a_childrens_activity_and_the_ending_insurance_is_told()
    {
        var smtp = ((SmtpSqliteApp)App).Smtp;
        // The second Monday of next January, 10.00 Finnish time.
        var today = App.App.NextYearOn(1, 8).OnOrAfter(DayOfWeek.Monday);
        App.App.SetHelsinkiTime(today, 10);
        var page = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);

        // The organisation's policy under which its volunteers act, valid until the end of March.
        await page.GotoAsync("/staff/people/insurance");
        await page.GetByLabel("Vakuutusyhtiö").FillAsync("Esimerkkivakuutus Oy");
        await page.GetByLabel("Vakuutusnumero").FillAsync(PolicyNumber);
        await page.Locator("#Input_ValidUntil").FillAsync(new DateOnly(today.Year, 3, 31).Iso());
        await page.Locator("form.form button.primary").ClickAsync();
        await Expect(page.GetByText("Vakuutus tallennettu.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        // An employee, whose extract for work with children is shown today.
        var aino = await AddPersonAsync(page, Employee, "Employee");
        var extract = new DateOnly(today.Year - 1, 12, 20);
        await page.Locator("#Check_ExtractDate").FillAsync(extract.Iso());
        await page.Locator("#Check_ShownOn").FillAsync(today.Iso());
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna merkintä" }).ClickAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(extract.Finnish());
        await Expect(page.Locator("input[type=file]")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);

        // A volunteer: briefed by the employee, who is also the support person, under the policy.
        var ville = await AddPersonAsync(page, Volunteer, "Volunteer");
        await page.Locator("#Briefing_BriefedOn").FillAsync(today.Iso());
        await page.Locator("#Briefing_BriefedBy").FillAsync(Employee);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna perehdytys" }).ClickAsync();
        var policy = await App.App.WithDbAsync(db => db.InsurancePolicies.Where(p => p.PolicyNumber == PolicyNumber).Select(p => p.Id).SingleAsync());
        await page.Locator("#Support_SupportPersonId").SelectOptionAsync(aino.ToString());
        await page.Locator("#Support_InsurancePolicyId").SelectOptionAsync(policy.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna tukihenkilö ja vakuutus" }).ClickAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync($"Esimerkkivakuutus Oy {PolicyNumber}");

        // The children's story time: its insurance agreed, then both named as leaders, the employee in the task without guardians.
        await page.GotoAsync($"/staff/directory/activities/{StoryTime}");
        await page.Locator("#Input_Insurance").FillAsync("Mikkelin kaupungin vastuuvakuutus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        await NameAsync(page, aino, childrenWithoutGuardian: true);
        await NameAsync(page, ville, childrenWithoutGuardian: false);
        await Expect(page.Locator("#people table")).ToContainTextAsync(Employee);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna ja julkaise" }).ClickAsync();
        await Expect(page.GetByText("Julkaistu.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        var published = await App.App.WithDbAsync(db => db.Activities.Where(a => a.Id == StoryTime).Select(a => a.State).SingleAsync());
        Assert.Equal(PublicationState.Published, published);

        // April: the volunteer's insurance has ended. The reminder job tells Mikkeli's representatives, once.
        var april = new DateOnly(today.Year, 4, 1);
        App.App.SetHelsinkiTime(april, 9);
        await RunRemindersAsync();
        await RunRemindersAsync();
        var mails = smtp.Received.Where(m => m.To.Contains(DemoUsers.MikkeliRepresentative))
            .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))
            .Where(m => m.Subject?.Contains("vaatimuksia vanhenee", StringComparison.Ordinal) == true).ToList();
        var mail = Assert.Single(mails);
        Assert.Contains(App.BaseUrl + "/staff/people", mail.TextBody);
        Assert.DoesNotContain(Volunteer, mail.TextBody);

        // The coordinator sees it as counts only; the activity stays published for families, marked for the staff.
        var coordinator = await SignedInPageAsync(DemoUsers.Coordinator);
        await coordinator.GotoAsync("/staff/people/overview");
        var mikkeliRow = coordinator.Locator("table").First.Locator("tr", new() { HasText = "Mikkelin kaupunki" });
        await Expect(mikkeliRow).ToBeVisibleAsync();
        await Expect(coordinator.GetByText(Volunteer)).ToHaveCountAsync(0);
        await AssertAccessibleAsync(coordinator);
        IReadOnlyDictionary<Guid, ActivityStanding>? standings = null;
        await App.App.WithScopeAsync(async services => standings = await services.GetRequiredService<ActivityStandingQueries>()
            .OfActivitiesAsync([StoryTime], april, CancellationToken.None));
        Assert.Equal(Standing.Lapsed, standings![StoryTime].Standing);
        var family = await NewPageAsync();
        var publicPage = await family.GotoAsync($"/directory/activities/{StoryTime}");
        Assert.Equal(200, publicPage!.Status);
        // Months later the representative's session has ended: they sign in again and find the mark on the activity.
        var representative = await NewPageAsync();
        await SignInAsync(representative, DemoUsers.MikkeliRepresentative);
        await representative.GotoAsync($"/staff/directory/activities/{StoryTime}");
        await Expect(representative.GetByText("Vaatimukset vanhentuneet").First).ToBeVisibleAsync();
    }

    private async Task<Guid> AddPersonAsync(IPage page, string name, string kind)
    {
        await page.GotoAsync("/staff/people/new");
        await page.Locator($"input[name='Input.Kind'][value='{kind}']").CheckAsync();
        await page.Locator("#Input_Name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lisää" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/staff/people/[0-9a-f-]{36}"));
        return Guid.Parse(Regex.Match(page.Url, "[0-9a-f-]{36}").Value);
    }

    private static async Task NameAsync(IPage page, Guid worker, bool childrenWithoutGuardian)
    {
        await page.Locator("#Person_WorkerId").SelectOptionAsync(worker.ToString());
        await page.Locator("input[name='Person.Role'][value='Leads']").CheckAsync();
        if (childrenWithoutGuardian) await page.Locator("#Person_ChildrenWithoutGuardian").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nimeä", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Henkilö nimettiin toimintaan.")).ToBeVisibleAsync();
    }

    private async Task RunRemindersAsync()
    {
        await App.App.WithScopeAsync(services => services.GetRequiredService<WorkforceLapseReminders>().RunAsync(CancellationToken.None));
        await App.App.DispatchOutboxAsync();
    }
}
