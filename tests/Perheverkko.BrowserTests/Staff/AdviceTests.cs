using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Protection;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>
/// A Juva Perheneuvo worker finds a family's question in the queue, answers it and closes it with the confirmation
/// step; the staff pages of Perheneuvo pass axe at 1280 and 390 pixels.
/// </summary>
public sealed class AdviceTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    private const string Question = "Miten saisimme kaksivuotiaan nukkumaan omassa sängyssään? (testiperhe)";

    private async Task<(Guid Id, string Reference)> ContactForJuvaAsync()
    {
        (Guid, string) result = default;
        await App.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PerheverkkoDb>();
            var protector = services.GetRequiredService<ContentProtector>();
            var now = App.App.Clock.GetUtcNow().UtcDateTime;
            var settings = await db.AdviceSettings.SingleAsync(s => s.RegionId == NetworkSeeder.SouthSavo);
            var topic = await db.AdviceTopics.Where(t => t.RegionId == NetworkSeeder.SouthSavo).OrderBy(t => t.Order).Select(t => t.Id).FirstAsync();
            var contact = new FamilyContact(Guid.CreateVersion7(), NetworkSeeder.SouthSavo, AnswerSecrets.NewReference(), ContactChannel.Electronic,
                NetworkSeeder.MunicipalityId("juva"), topic, AnswerBy.AnswerPage, "fi", SealedContactDetails.None, FamilyAdviceSeeder.TeamId("juva"),
                AdviceCalendar.DueOn(settings, now), now);
            contact.Open(protector.Seal(Question)!, now);
            contact.IssueAnswerLink(AnswerSecrets.New().Hash, now);
            db.FamilyContacts.Add(contact);
            await db.SaveChangesAsync();
            result = (contact.Id, contact.Reference);
        });
        return result;
    }

    [Fact]
    public async Task A_Juva_worker_answers_a_question_from_the_queue_and_closes_it_after_confirming()
    {
        var (id, reference) = await ContactForJuvaAsync();
        var page = await SignedInPageAsync(DemoUsers.JuvaAdviceWorker);
        await page.GotoAsync("/staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "Perheneuvon jono" }).ClickAsync();
        await Expect(page.GetByText(Question)).ToHaveCountAsync(0); // the queue shows no words
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(page.GetByText(Question)).ToBeVisibleAsync();
        await Expect(page.GetByText("ei sosiaalihuollon asiakasasiakirja", new() { Exact = false })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Vastaus", new() { Exact = true }).FillAsync("Hei! Neuvolasta saa apua unipulmiin.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
        await Expect(page.GetByText("Vastaus tallennettu perheen vastaussivulle.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Hei! Neuvolasta saa apua unipulmiin.")).ToBeVisibleAsync();

        await page.GetByLabel("Lopputulos", new() { Exact = true }).SelectOptionAsync("GuidanceGiven");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sulje…" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vahvista sulkeminen" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kyllä, sulje" }).ClickAsync();
        await Expect(page.GetByText("Yhteydenotto suljettu.")).ToBeVisibleAsync();
        Assert.Equal(ContactState.Closed, await App.App.WithDbAsync(db => db.FamilyContacts.Where(c => c.Id == id).Select(c => c.State).SingleAsync()));

        foreach (var width in new[] { 1280, 390 })
        {
            var worker = await SignedInPageAsync(DemoUsers.JuvaAdviceWorker, width);
            await AssertPagesAccessibleAsync(worker, ["/staff/perheneuvo", $"/staff/perheneuvo/{id}", "/staff/perheneuvo/uusi"]);
            var coordinator = await SignedInPageAsync(DemoUsers.Coordinator, width);
            await AssertPagesAccessibleAsync(coordinator, ["/staff/perheneuvo", "/staff/perheneuvo/asetukset"]);
        }
    }
}
