using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Notifications;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>
/// A leadership group meeting from the agenda to the approved minutes, in the browser: the coordinator prepares the
/// agenda with a document and sends it; a member opens the meeting from the link in the invitation e-mail and says
/// they cannot come; the coordinator records the meeting; the chair, told by e-mail that the minutes wait for them,
/// opens its link, signs in and approves them through the confirm step, and the PDF downloads. And the preparer's
/// screens (issue #13 item 1): one meeting planned on the group page, its agenda written and reordered, the meeting moved
/// and cancelled through the confirm step. The minutes test moves the app's clock; the planning test plans its meeting
/// after any day that one sets, so they run in either order.
/// </summary>
public sealed class MeetingTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>This app's mail to that address with a subject so begun, from the pickup folder the app writes its mail to.</summary>
    private MimeMessage MailTo(string address, string subject)
    {
        var environment = App.App.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>();
        var folder = Path.Combine(environment.ContentRootPath, App.App.Services.GetRequiredService<MailOptions>().PickupFolder);
        return Directory.GetFiles(folder, "*.eml").Select(file => MimeMessage.Load(file))
            .Single(m => m.To.Mailboxes.Any(a => a.Address == address) && m.Subject?.StartsWith(subject, StringComparison.Ordinal) == true
                && m.TextBody?.Contains(App.BaseUrl, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_coordinator_plans_a_meeting_on_the_group_page_reorders_its_agenda_moves_it_and_cancels_it_after_confirming()
    {
        // The clock is left where it is (the app's day, or the other test's next March: it cannot go back); May of the year
        // after the clock's is ahead of either.
        var day = App.App.NextYearOn(5, 11);
        var weekLater = day.AddDays(7);
        var coordinator = await NewPageAsync();
        await SignInAsync(coordinator, DemoUsers.Coordinator);
        async Task AccessibleAtBothWidthsAsync()
        {
            foreach (var width in new[] { 390, 1280 })
            {
                await coordinator.SetViewportSizeAsync(width, 900);
                await AssertAccessibleAsync(coordinator);
            }
        }

        await coordinator.GotoAsync($"/staff/groups/{Leadership}");
        await AccessibleAtBothWidthsAsync();
        await coordinator.Locator("#Single_Date").FillAsync(day.Iso());
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Suunnittele kokous", Exact = true }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Kokous {day.Finnish()} suunniteltu.");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = $"{day.Finnish()} 9.00–11.00" }).ClickAsync();

        // Two items, the second moved first.
        await coordinator.Locator("#Item_Title").FillAsync("Kuulumiset");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Lisää asia", Exact = true }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Asia lisätty.");
        await coordinator.Locator("#Item_Title").FillAsync("Talousarvio 2028");
        await coordinator.Locator("#Item_Kind").SelectOptionAsync("Decision");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Lisää asia", Exact = true }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Asia lisätty.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Siirrä ylös: Talousarvio 2028" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Asia siirretty kohtaan 1.");
        await Expect(coordinator.Locator("ol.agenda > li > h3")).ToHaveTextAsync(["Talousarvio 2028", "Kuulumiset"]);

        // A week later; not yet invited, so nobody is e-mailed.
        await coordinator.Locator("#Schedule_Date").FillAsync(weekLater.Iso());
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Tallenna aika ja paikka" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kokouksen aika ja paikka tallennettu.");
        await Expect(coordinator.Locator("dl.facts")).ToContainTextAsync($"{weekLater.Finnish()} 9.00–11.00");
        await AccessibleAtBothWidthsAsync();

        // Cancelling asks first and says who is told.
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Peru kokous" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = $"Perutaanko kokous {weekLater.Finnish()} 9.00?" })).ToBeVisibleAsync();
        await Expect(coordinator.GetByText("Kutsua ei ole vielä lähetetty, joten kenellekään ei lähetetä viestiä.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Kyllä, peru kokous" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Kokous peruttu");
        await Expect(coordinator.Locator("dl.facts")).ToContainTextAsync("Peruttu");
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Peru kokous" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_coordinator_sends_an_agenda_with_a_document_a_member_cannot_come_and_the_approved_minutes_download_as_a_PDF()
    {
        // The meeting is on 1 March next year, 12–14 Finnish time; the morning before it, the agenda is prepared.
        var day = App.App.NextYearOn(3, 1);
        App.App.SetHelsinkiTime(day, 8);
        using var api = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", await App.App.IssueTokenAsync(DemoUsers.Coordinator));
        async Task<Guid> CreatedAsync(string path, object body)
        {
            var response = await api.PostAsJsonAsync(path, body);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
            return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        }
        var from = new DateOnly(day.Year, 1, 1);
        await CreatedAsync($"/api/v1/groups/{Leadership}/roles",
            new { kind = "Chair", agreementVersionId = SeedIds.For("agreement-version", "2026-2029"), staffUserId = SeedIds.For("user", DemoUsers.MikkeliRepresentative) });
        var member = await CreatedAsync($"/api/v1/groups/{Leadership}/memberships", new
        {
            staffUserId = SeedIds.For("user", DemoUsers.SavonlinnaRepresentative), organisationId = NetworkSeeder.OrganisationId("savonlinna"), role = "Member", from,
        });
        var deputy = await CreatedAsync($"/api/v1/groups/{Leadership}/memberships", new
        {
            name = "Veera Varajäsen", email = "veera@perheverkko.example", organisationId = NetworkSeeder.OrganisationId("savonlinna"),
            role = "Deputy", deputyForId = member, from,
        });
        await CreatedAsync($"/api/v1/groups/{Leadership}/memberships", new
        {
            name = "Anna Esimerkki", email = "anna@perheverkko.example", organisationId = NetworkSeeder.OrganisationId("mikkeli"), role = "Member", from,
        });
        var meeting = await CreatedAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = day.Iso(), startTime = "12:00", endTime = "14:00", mode = "InPerson", place = "Mikkelin perhekeskus" });
        var meetingPage = $"/staff/meetings/{meeting}";

        // The coordinator writes the agenda, attaches the plan and sends the invitation.
        var coordinator = await NewPageAsync();
        await SignInAsync(coordinator, DemoUsers.Coordinator);
        await coordinator.GotoAsync(meetingPage);
        await coordinator.GetByLabel("Otsikko").FillAsync("Toimintasuunnitelma 2027");
        await coordinator.GetByLabel("Asian laji").SelectOptionAsync("Decision");
        await coordinator.GetByLabel("Ehdotus").FillAsync("Hyväksytään toimintasuunnitelma.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Lisää asia", Exact = true }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Asia lisätty.");
        await coordinator.GetByLabel("Tiedosto").SetInputFilesAsync(new FilePayload { Name = "toimintasuunnitelma.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Lisää liite", Exact = true }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Liite lisätty.");
        await Expect(coordinator.GetByRole(AriaRole.Link, new() { Name = "toimintasuunnitelma.pdf" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Lähetä kokouskutsu" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("3");
        Assert.True(await App.App.DispatchOutboxAsync() >= 3);

        // The member opens the meeting from the link in their invitation and says they cannot come.
        var invitation = MailTo(DemoUsers.SavonlinnaRepresentative, "Kokouskutsu: Lasten, nuorten");
        var link = Regex.Match(invitation.TextBody ?? "", @"Kokouksen sivu: (\S+)").Groups[1].Value;
        Assert.Equal($"{App.BaseUrl}{meetingPage}", link);
        Assert.Contains($"toimintasuunnitelma.pdf: {App.BaseUrl}/api/v1/attachments/", invitation.TextBody);
        Assert.Contains("En pääse kokoukseen", invitation.TextBody);
        var memberPage = await NewPageAsync();
        await SignInAsync(memberPage, DemoUsers.SavonlinnaRepresentative);
        await memberPage.GotoAsync(link);
        await Expect(memberPage.GetByRole(AriaRole.Heading, new() { Name = "Toimintasuunnitelma 2027" })).ToBeVisibleAsync();
        var download = await memberPage.RunAndWaitForDownloadAsync(() => memberPage.GetByRole(AriaRole.Link, new() { Name = "toimintasuunnitelma.pdf" }).ClickAsync());
        Assert.Equal(Pdf, await File.ReadAllBytesAsync((await download.PathAsync())!));
        await memberPage.GetByRole(AriaRole.Button, new() { Name = "En pääse kokoukseen" }).ClickAsync();
        await Expect(memberPage.GetByRole(AriaRole.Status)).ToHaveTextAsync("Olet ilmoittanut, ettet pääse kokoukseen.");
        await Expect(memberPage.GetByText("varajäsen Veera Varajäsen odotetaan paikalle")).ToBeVisibleAsync();
        await Expect(memberPage.GetByRole(AriaRole.Button, new() { Name = "Pääsenkin kokoukseen" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(memberPage);
        Assert.Equal(1, await App.App.DispatchOutboxAsync()); // the deputy is told

        // At the meeting the coordinator records it: the deputy is already chosen for the absent member.
        App.App.SetHelsinkiTime(day, 12, 30);
        await coordinator.GotoAsync(meetingPage);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Kirjaa kokous pidetyksi" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Kokous on kirjattu pidetyksi.");
        var memberName = await App.App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Memberships.Where(m => m.Id == member).Select(m => m.Person.Name)));
        await Expect(coordinator.GetByLabel(memberName, new() { Exact = true })).ToHaveValueAsync(deputy.ToString());
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Tallenna läsnäolo" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Läsnäolo tallennettu.");
        await coordinator.GetByLabel("Päätös", new() { Exact = true }).FillAsync("Toimintasuunnitelma hyväksyttiin.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Tallenna asian merkinnät" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Asian pöytäkirjamerkinnät tallennettu.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Laadi pöytäkirjaluonnos" }).ClickAsync();
        await Expect(coordinator.GetByText($"§ 1/{day.Year}")).ToBeVisibleAsync();
        await AssertAccessibleAsync(coordinator);

        // The chair — a representative, neither an administrator nor the coordinator — is told the minutes wait for
        // them, opens the link in that e-mail, signs in, and approves them through the confirm step.
        Assert.Equal(1, await App.App.DispatchOutboxAsync());
        var awaiting = MailTo(DemoUsers.MikkeliRepresentative, "Pöytäkirja odottaa hyväksyntääsi");
        var approvalLink = Regex.Match(awaiting.TextBody ?? "", @"https?://\S+").Value;
        Assert.Equal($"{App.BaseUrl}{meetingPage}", approvalLink);
        var chair = await NewPageAsync();
        await chair.GotoAsync(approvalLink);
        await Expect(chair).ToHaveURLAsync(new Regex("/sign-in"));
        await chair.GetByLabel("Sähköposti").FillAsync(DemoUsers.MikkeliRepresentative);
        await chair.GetByLabel("Salasana").FillAsync(Perheverkko.Web.Features.Accounts.DemoData.Password);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();
        await Expect(chair).ToHaveURLAsync(approvalLink);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Hyväksy pöytäkirja" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = $"Hyväksytäänkö kokouksen {day.Finnish()} pöytäkirja?" })).ToBeVisibleAsync();
        await Expect(chair.GetByText("Pöytäkirja lähetetään PDF-tiedostona 3 vastaanottajalle")).ToBeVisibleAsync();
        await AssertAccessibleAsync(chair);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Kyllä, hyväksy pöytäkirja" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status).First).ToContainTextAsync("Pöytäkirja hyväksytty");
        await AssertAccessibleAsync(chair);
        await chair.SetViewportSizeAsync(390, 844);
        await AssertAccessibleAsync(chair);
        await chair.SetViewportSizeAsync(1280, 900);
        var pdf = await chair.RunAndWaitForDownloadAsync(() => chair.GetByRole(AriaRole.Link, new() { Name = "Pöytäkirja PDF-tiedostona" }).ClickAsync());
        var text = await PdfText.ExtractAsync(await File.ReadAllBytesAsync((await pdf.PathAsync())!));
        Assert.Contains($"§ 1/{day.Year}", text);
        Assert.Contains("Päätös: Toimintasuunnitelma hyväksyttiin.", text);
        Assert.Contains($"Veera Varajäsen (varajäsen, {memberName} poissa)", text);
        Assert.Contains("Kokous oli päätösvaltainen", text);
        await ScreenshotAsync(chair, "staff-meeting-minutes-approved");
    }
}
