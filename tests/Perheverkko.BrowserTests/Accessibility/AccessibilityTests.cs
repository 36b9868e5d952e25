using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using System.Net.Http.Json;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0 and 2.1, levels A and AA) on every page the browser tests visit, as the person who uses it.
/// Each test walks its pages in one context and lists the violations of all of them. The pages in the states other
/// tests leave them in (saved notices, validation messages, a new or revoked token) are checked in those tests.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    private static readonly string MikkeliStaffPage = $"/staff/organisations/{NetworkSeeder.OrganisationId("mikkeli")}";
    private static readonly Guid LeadershipGroupId = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly string LeadershipGroupPage = $"/staff/groups/{LeadershipGroupId}";
    private static bool NotFound(string path) => path.Contains("ei-tallaista", StringComparison.Ordinal);

    [Fact]
    public async Task The_public_pages_have_no_WCAG_A_or_AA_violations()
    {
        var page = await NewPageAsync();
        await AssertPagesAccessibleAsync(page, ["/", "/network", "/organisations", "/organisations/mikkeli", "/sign-in", "/organisations/ei-tallaista",
            "/agreement", "/agreement/2024-2025", "/agreement/changes", "/agreement/changes?from=2022-2023&to=2026-2029",
            "/agreement/2026-2029/decisions", "/agreement/verify"], NotFound);
    }

    [Fact]
    public async Task The_pages_the_coordinator_uses_have_no_WCAG_A_or_AA_violations()
    {
        var page = await SignedInPageAsync(DemoUsers.Coordinator);
        await AssertPagesAccessibleAsync(page,
        [
            "/", "/organisations/mikkeli", "/staff", "/staff/organisations", MikkeliStaffPage, "/staff/profile",
            "/staff/profile/two-factor", "/staff/audit", "/staff/outbox", "/staff/ei-tallaista-sivua",
            "/staff/groups", LeadershipGroupPage, "/staff/meetings",
            "/staff/agreement", "/staff/agreement/2026-2029", "/staff/agreement/2026-2029/sections/21", "/staff/agreement/2026-2029/duties",
            "/staff/signing", "/staff/signing/2026-2029", $"/staff/signing/2026-2029/parties/{NetworkSeeder.OrganisationId("mikkeli")}",
            "/staff/signing/2026-2029/annex", "/staff/signing/2026-2029/sign",
        ], NotFound);
    }

    [Fact]
    public async Task The_organisation_pages_of_the_representatives_have_no_WCAG_A_or_AA_violations()
    {
        // With the edit form (own organisation) and without it (another's).
        await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.MikkeliRepresentative), ["/staff", MikkeliStaffPage]);
        await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.SavonlinnaRepresentative), [MikkeliStaffPage]);
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

    [Fact]
    public async Task A_meeting_page_with_its_agenda_has_no_violations()
    {
        using var coordinator = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        coordinator.DefaultRequestHeaders.Authorization = new("Bearer", await App.App.IssueTokenAsync(DemoUsers.Coordinator));
        var planned = await coordinator.PostAsJsonAsync($"/api/v1/groups/{LeadershipGroupId}/meetings", new
        {
            date = App.App.Today().AddDays(30), startTime = "13:00", endTime = "15:00", mode = "Hybrid",
            place = "Mikkelin perhekeskus, neuvotteluhuone", videoLink = "https://video.example/lnp",
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, planned.StatusCode);
        var meeting = planned.Headers.Location!.OriginalString.Split('/').Last();
        var item = await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items", new
        {
            title = "Toimintasuunnitelma 2027", kind = "Decision", preparer = "Maija Meikäläinen",
            description = "Luonnos on **liitteenä**.\n\n- tavoitteet\n- vastuut", proposal = "Hyväksytään.",
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, item.StatusCode);

        var page = await SignedInPageAsync(DemoUsers.Coordinator);
        await AssertPagesAccessibleAsync(page, [$"/staff/meetings/{meeting}"]);
    }

    [Theory]
    [InlineData("På svenska", "sv")]
    [InlineData("In English", "en")]
    public async Task The_pages_in_Swedish_and_English_have_no_violations(string button, string language)
    {
        var page = await SignedInPageAsync(DemoUsers.Coordinator);
        await page.GotoAsync(MikkeliStaffPage);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await AssertPagesAccessibleAsync(page, ["/", MikkeliStaffPage]);
    }
}
