using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.FamilyAdvice;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.FamilyAdvice;

/// <summary>
/// Perheneuvo end to end, as issue #15 names it: a parent sends a question for Juva; Juva's worker sees it and
/// Mikkeli's does not; the answer reaches the family's private page and their e-mail (a real SMTP listener); the family
/// writes back; the worker closes it; past the retention time on the fake clock the job deletes the content, the
/// statistics row stays, and the old link gives 404. The only test of its class: it moves the app's clock.
/// </summary>
public sealed class PerheneuvoJourneyTests(BrowserFixture browser, SmtpSqliteApp app) : BrowserTest(browser, app), IClassFixture<SmtpSqliteApp>
{
    private const string FamilyEmail = "perhe.testinen@perheverkko.example";
    private const string Question = "Miten saan 3-vuotiaan nukkumaan omassa sängyssään? Äiti on väsynyt.";
    private const string Answer = "Hei! Unikoulusta ja iltarutiineista saa apua neuvolasta – tässä muutama vinkki.";

    [Fact]
    public async Task A_question_for_Juva_is_answered_by_Juvas_team_closed_and_deleted_after_the_retention_time()
    {
        var smtp = ((SmtpSqliteApp)App).Smtp;
        // The second Monday of next January, 10.00 Finnish time.
        App.App.SetHelsinkiTime(App.App.NextYearOn(1, 8).OnOrAfter(DayOfWeek.Monday), 10);

        // The parent, without an account.
        var parent = await NewPageAsync();
        await parent.GotoAsync("/");
        // The front page's call to action (an announcement about Perheneuvo may come before it on the page).
        await parent.GetByRole(AriaRole.Link, new() { Name = "Kysy Perheneuvolta" }).ClickAsync();
        await Expect(parent).ToHaveURLAsync(new Regex("/perheneuvo$"));
        await parent.Locator("#Input_MunicipalityId").SelectOptionAsync(new SelectOptionValue { Label = "Juva" });
        await parent.Locator("#Input_TopicId").SelectOptionAsync(new SelectOptionValue { Label = "Vanhemmuus" });
        await parent.Locator("#Input_Question").FillAsync(Question);
        await parent.Locator("input[name='Input.AnswerBy'][value='Email']").CheckAsync();
        await parent.Locator("#Input_Email").FillAsync(FamilyEmail);
        await parent.Locator("form.form button[type=submit]").ClickAsync();
        var reference = (await parent.Locator("#advice-reference").InnerTextAsync()).Trim();
        var link = await parent.Locator("#advice-answer-link").GetAttributeAsync("href");
        Assert.StartsWith(App.BaseUrl, link);
        var contactId = await App.App.WithDbAsync(db => db.FamilyContacts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());

        // Mikkeli's worker neither sees it in the queue nor opens it.
        var mikkeli = await SignedInPageAsync(DemoUsers.MikkeliAdviceWorker);
        await mikkeli.GotoAsync("/staff/perheneuvo");
        await Expect(mikkeli.GetByRole(AriaRole.Link, new() { Name = reference })).ToHaveCountAsync(0);
        var refused = await mikkeli.GotoAsync($"/staff/perheneuvo/{contactId}");
        Assert.True(refused!.Status is 403 or 404, $"Mikkeli's worker got {refused.Status}.");
        await Expect(mikkeli.GetByText(Question)).ToHaveCountAsync(0);

        // Juva's worker answers from the queue.
        var juva = await SignedInPageAsync(DemoUsers.JuvaAdviceWorker);
        await juva.GotoAsync("/staff/perheneuvo");
        await juva.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(juva.GetByText(Question)).ToBeVisibleAsync();
        await juva.GetByLabel("Vastaus", new() { Exact = true }).FillAsync(Answer);
        await juva.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
        await Expect(juva.GetByText(Answer)).ToBeVisibleAsync();

        // The answer by e-mail: valid MIME, "ä" intact, a fresh absolute link to the private page; staff mail has no words.
        await App.App.DispatchOutboxAsync();
        var mails = smtp.Received.Select(m => (m.To, Message: MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))).ToList();
        var toFamily = mails.Where(m => m.To.Contains(FamilyEmail)).Select(m => m.Message).ToList();
        var answerMail = Assert.Single(toFamily, m => m.TextBody?.Contains(Answer, StringComparison.Ordinal) == true);
        var freshLink = Regex.Match(answerMail.TextBody ?? "", Regex.Escape(App.BaseUrl) + @"/perheneuvo/vastaus/[A-Za-z0-9_-]{43}").Value;
        Assert.NotEmpty(freshLink);
        Assert.All(mails.Where(m => !m.To.Contains(FamilyEmail)), m => Assert.DoesNotContain("nukkumaan", m.Message.TextBody ?? ""));

        // The family reads the answer on the page the e-mail links to and writes back.
        await parent.GotoAsync(new Uri(freshLink).PathAndQuery);
        await Expect(parent.GetByText(Answer)).ToBeVisibleAsync();
        await parent.GetByLabel("Viestisi").FillAsync("Kiitos, kokeilemme näitä.");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Lähetä viesti" }).ClickAsync();
        await Expect(parent.GetByText("Kiitos, kokeilemme näitä.")).ToBeVisibleAsync();

        // Juva's worker reads it and closes the contact, after confirming.
        await juva.ReloadAsync();
        await Expect(juva.GetByText("Kiitos, kokeilemme näitä.")).ToBeVisibleAsync();
        await juva.GetByLabel("Lopputulos", new() { Exact = true }).SelectOptionAsync("GuidanceGiven");
        await juva.GetByRole(AriaRole.Button, new() { Name = "Sulje…" }).ClickAsync();
        await juva.GetByRole(AriaRole.Button, new() { Name = "Kyllä, sulje" }).ClickAsync();
        await Expect(juva.GetByText("Yhteydenotto suljettu.")).ToBeVisibleAsync();

        // Seven months later the retention job deletes the content; the statistics row stays; the links give 404.
        App.App.Clock.Advance(TimeSpan.FromDays(214));
        await App.App.WithScopeAsync(services => services.GetRequiredService<AdviceRetention>().RunAsync(CancellationToken.None));
        var kept = await App.App.WithDbAsync(db => db.FamilyContacts.Include(c => c.Entries).SingleAsync(c => c.Id == contactId));
        Assert.NotNull(kept.ContentDeletedAt);
        Assert.Empty(kept.Entries);
        Assert.Equal(ContactOutcome.GuidanceGiven, kept.Outcome);
        Assert.Equal(Perheverkko.Web.Features.Organisations.NetworkSeeder.MunicipalityId("juva"), kept.MunicipalityId);
        foreach (var old in new[] { link!, freshLink })
        {
            var gone = await parent.GotoAsync(new Uri(old).PathAndQuery);
            Assert.Equal(404, gone!.Status);
        }
    }
}

/// <summary>The app on SQLite with its mail going to a real SMTP listener of its own.</summary>
public sealed class SmtpSqliteApp() : KestrelApp(Perheverkko.Web.Platform.Data.DatabaseProvider.Sqlite)
{
    public SmtpListener Smtp { get; } = new();
    protected override IDictionary<string, string?> Settings() => Smtp.AppSettings();
    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
