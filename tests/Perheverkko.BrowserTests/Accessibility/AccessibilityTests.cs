using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0 and 2.1, levels A and AA) on every page the browser tests visit, as the person who uses it.
/// The pages in the states the other tests leave them in (saved notices, validation messages, a new token) are checked
/// in those tests.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    private const string Anonymous = "anonymous";
    private static readonly string MikkeliStaffPage = $"/staff/organisations/{NetworkSeeder.OrganisationId("mikkeli")}";

    public static TheoryData<string, string> Pages => new()
    {
        { Anonymous, "/" },
        { Anonymous, "/organisations" },
        { Anonymous, "/organisations/mikkeli" },
        { Anonymous, "/sign-in" },
        { Anonymous, "/organisations/ei-tallaista" },
        { DemoUsers.Coordinator, "/" },
        { DemoUsers.Coordinator, "/staff" },
        { DemoUsers.Coordinator, "/staff/organisations" },
        { DemoUsers.Coordinator, MikkeliStaffPage },
        { DemoUsers.Coordinator, "/organisations/mikkeli" },
        { DemoUsers.Coordinator, "/staff/profile" },
        { DemoUsers.Coordinator, "/staff/profile/two-factor" },
        { DemoUsers.Coordinator, "/staff/audit" },
        { DemoUsers.Coordinator, "/staff/outbox" },
        { DemoUsers.Coordinator, "/staff/ei-tallaista-sivua" },
        { DemoUsers.MikkeliRepresentative, "/staff" },
        { DemoUsers.MikkeliRepresentative, MikkeliStaffPage },
        { DemoUsers.SavonlinnaRepresentative, MikkeliStaffPage },
    };

    [Theory, MemberData(nameof(Pages))]
    public async Task The_page_has_no_WCAG_A_or_AA_violations(string person, string path)
    {
        var page = person == Anonymous ? await NewPageAsync() : await SignedInPageAsync(person);
        var response = await page.GotoAsync(path);
        Assert.Equal(path.Contains("ei-tallaista") ? 404 : 200, response!.Status);
        Assert.EndsWith(path, new Uri(page.Url).PathAndQuery);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_sign_in_page_with_validation_messages_has_no_violations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();
        await Expect(page.Locator("#email-error")).ToHaveTextAsync("Pakollinen tieto.");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Sähköposti").FillAsync(DemoUsers.Coordinator);
        await page.GetByLabel("Salasana").FillAsync("not-the-password-at-all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    }

    [Theory]
    [InlineData("På svenska", "sv")]
    [InlineData("In English", "en")]
    public async Task The_pages_in_Swedish_and_English_have_no_violations(string button, string language)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await AssertAccessibleAsync(page);

        var staff = await SignedInPageAsync(DemoUsers.Coordinator);
        await staff.GotoAsync(MikkeliStaffPage);
        await staff.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Expect(staff.Locator("html")).ToHaveAttributeAsync("lang", language);
        await AssertAccessibleAsync(staff);
    }

    [Fact]
    public async Task The_check_itself_reports_a_violation_with_its_rule_help_and_element()
    {
        // Without this, a check that silently ran no rules would pass every page.
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.id = 'no-alt'; img.src = '/favicon-missing.png'; document.querySelector('main').append(img); }");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.FailException>(() => AssertAccessibleAsync(page));
        Assert.Contains("image-alt", failure.Message);
        Assert.Contains("Images must have alternative text", failure.Message);
        Assert.Contains("#no-alt", failure.Message);
    }
}
