using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using Perheverkko.BrowserTests.FamilyAdvice;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>
/// Bulletins end to end, as issue #18 names it: the coordinator writes to the leadership group, sees how many it reaches,
/// confirms sending (no script needed), the outbox delivers to a real SMTP listener, and the mail's web-copy link opens
/// for a signed-in member of staff; a deputy without an account unsubscribes through the public page. axe at 1280 and
/// 390 px on the new pages, the public one in Finnish, Swedish and English.
/// </summary>
public sealed partial class BulletinJourneyTests(BrowserFixture browser, SmtpSqliteApp app) : BrowserTest(browser, app), IClassFixture<SmtpSqliteApp>
{
    private const string Subject = "Kevään verkostopäivä";
    private const string Deputy = "ulla.ulkopuolinen@perheverkko.example";

    [GeneratedRegex(@"/staff/bulletins/[0-9a-f-]{36}")]
    private static partial Regex WebCopyPath();

    [GeneratedRegex(@"https?://[^\s]+/bulletins/unsubscribe/[A-Za-z0-9_-]+")]
    private static partial Regex UnsubscribeLink();

    [Fact]
    public async Task The_coordinator_sends_a_bulletin_to_the_leadership_group_the_web_copy_opens_and_a_deputy_unsubscribes()
    {
        var smtp = ((SmtpSqliteApp)App).Smtp;
        // The leadership group: Mikkeli's representative (a staff account) and her deputy, who has no account.
        await App.App.WithDbAsync(async db =>
        {
            var group = await db.Groups.Include(g => g.Memberships).SingleAsync(g => g.Id == GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup));
            var today = DateOnly.FromDateTime(App.App.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
            var member = group.AddMembership(new PersonRef(SeedIds.For("user", DemoUsers.MikkeliRepresentative), "Matti Meikäläinen", DemoUsers.MikkeliRepresentative),
                NetworkSeeder.OrganisationId("mikkeli"), MembershipRole.Member, null, today, null, DateTime.UtcNow);
            group.AddMembership(new PersonRef(null, "Ulla Ulkopuolinen", Deputy), NetworkSeeder.OrganisationId("mikkeli"), MembershipRole.Deputy, member.Id, today, null, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var page = await SignedInPageAsync(DemoUsers.Coordinator);
        await page.GetByRole(AriaRole.Link, new() { Name = "Verkoston tiedotteet", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/bulletins$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Uusi tiedote" }).ClickAsync();
        await page.Locator("#Input_Subject_Fi").FillAsync(Subject);
        await page.Locator("#Input_Subject_Sv").FillAsync("Vårens nätverksdag");
        await page.Locator("#Input_Body_Fi").FillAsync("Tervetuloa verkostopäivään **14.4.** Mikkeliin.");
        await page.GetByLabel("Valinnainen tiedote (uutiskirje)").CheckAsync();
        await page.GetByLabel("Ryhmän jäsenet ja varajäsenet").SelectOptionAsync(new SelectOptionValue { Label = "Lasten, nuorten ja perheiden johtoryhmä (LNP-johtoryhmä)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna ja näytä vastaanottajien määrä" }).ClickAsync();
        // The second step: the count, with everything typed still there.
        await Expect(page.GetByText("Tiedote lähtee 2 vastaanottajalle")).ToBeVisibleAsync();
        await Expect(page.Locator("#Input_Subject_Fi")).ToHaveValueAsync(Subject);
        await Expect(page.Locator("#Input_Body_Fi")).ToHaveValueAsync("Tervetuloa verkostopäivään **14.4.** Mikkeliin.");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä 2 vastaanottajalle" }).ClickAsync();
        await Expect(page.GetByText("Tiedote lähetettiin 2 vastaanottajalle.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        Assert.Equal(2, await App.App.DispatchOutboxAsync());
        var mails = smtp.Received.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))
            .Where(m => m.Subject == Subject).ToDictionary(m => m.To.Mailboxes.Single().Address.ToLowerInvariant());
        Assert.Equal([DemoUsers.MikkeliRepresentative, Deputy], mails.Keys.Order());
        var webCopy = Regex.Match(mails[DemoUsers.MikkeliRepresentative].TextBody ?? "", Regex.Escape(App.BaseUrl) + WebCopyPath()).Value;
        Assert.NotEmpty(webCopy);

        // The representative follows the link in her mail: the web copy, with its delivery counts.
        var representative = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await representative.GotoAsync(webCopy);
        await Expect(representative.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Subject);
        await Expect(representative.GetByText("2 toimitettu, 0 jonossa, 0 epäonnistui")).ToBeVisibleAsync();
        await Expect(representative.Locator("strong", new() { HasText = "14.4." })).ToBeVisibleAsync();

        // The deputy's unsubscribe page in each language and width; then she unsubscribes without JavaScript.
        var unsubscribe = UnsubscribeLink().Match(mails[Deputy].TextBody ?? "").Value;
        foreach (var width in new[] { 1280, 390 })
        foreach (var (button, language, heading) in new[] { ("Suomeksi", "fi", "Tiedotteiden tilauksen peruminen"),
                     ("På svenska", "sv", "Avsluta prenumerationen på meddelanden"), ("In English", "en", "Unsubscribe from bulletins") })
        {
            var visitor = await NewPageAsync(width: width);
            await visitor.GotoAsync(unsubscribe);
            await visitor.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Expect(visitor.Locator("html")).ToHaveAttributeAsync("lang", language);
            await visitor.GotoAsync(unsubscribe);
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await AssertAccessibleAsync(visitor);
        }
        var deputy = await NewPageAsync(javaScript: false);
        await deputy.GotoAsync(unsubscribe);
        await deputy.GetByRole(AriaRole.Button, new() { Name = "Peru tilaus" }).ClickAsync();
        await Expect(deputy.GetByText("Tilaus on peruttu")).ToBeVisibleAsync();
        // axe needs script: the link opened again shows the same done page.
        var again = await NewPageAsync(width: 390);
        await again.GotoAsync(unsubscribe);
        await Expect(again.GetByText("Tilaus on peruttu")).ToBeVisibleAsync();
        await AssertAccessibleAsync(again);
        Assert.Equal(Deputy, await App.App.WithDbAsync(db => db.BulletinOptOuts.Select(o => o.Email).SingleAsync()));
        var forged = await NewPageAsync(width: 390);
        await forged.GotoAsync("/bulletins/unsubscribe/forged");
        await Expect(forged.GetByText("Peruutuslinkki ei kelpaa.")).ToBeVisibleAsync();

        // The staff pages at the narrow width too.
        var webCopyPath = new Uri(webCopy).AbsolutePath;
        await AssertPagesAccessibleAsync(representative, ["/staff/bulletins", webCopyPath]);
        var narrow = await SignedInPageAsync(DemoUsers.Coordinator, 390);
        await AssertPagesAccessibleAsync(narrow, ["/staff/bulletins", "/staff/bulletins/new", webCopyPath]);
    }
}
