using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Perheverkko.Testing;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.Platform.CommandLineRun;

namespace Perheverkko.IntegrationTests.FamilyAdvice;

/// <summary>The reminder and retention jobs on the fake clock, and the retention command (console output is process-wide: run alone).</summary>
[Collection(nameof(Platform.ConsoleCollection))]
public sealed class AdviceJobsTests
{
    private static DateTime Helsinki(DateOnly day, int hour = 10) => HelsinkiTime.ToUtc(day, new TimeOnly(hour, 0));

    private static async Task<int> RemindAsync(TestApp app, DateOnly day)
    {
        app.Clock.SetUtcNow(new DateTimeOffset(Helsinki(day), TimeSpan.Zero));
        var sent = 0;
        await app.WithScopeAsync(async services => sent = await services.GetRequiredService<AdviceReminders>().SendDueAsync(CancellationToken.None));
        return sent;
    }

    [Theory, BothDatabases]
    public async Task Overdue_reminders_go_to_the_team_then_the_coordinator_counted_in_working_days_across_Easter_and_Midsummer(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener();
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        // Next year's Easter (the holidays' own dates are FinnishWorkingDays' unit tests): received on Maundy Thursday with two
        // working days, Good Friday and Easter Monday are off, so the due day is the Wednesday after Easter.
        var year = app.NextYear();
        var easterSunday = FinnishWorkingDays.EasterSunday(year);
        app.Clock.SetUtcNow(new DateTimeOffset(Helsinki(easterSunday.AddDays(-3)), TimeSpan.Zero));
        var easter = await AdviceTestData.ContactAsync(app, "juva");
        Assert.Equal(easterSunday.AddDays(3), await app.WithDbAsync(db => db.FamilyContacts.Where(c => c.Id == easter).Select(c => c.DueOn).SingleAsync()));

        Assert.Equal(0, await RemindAsync(app, easterSunday.AddDays(1))); // Easter Monday: nothing is due
        Assert.Equal(0, await RemindAsync(app, easterSunday.AddDays(3))); // due today: not yet overdue
        Assert.Equal(1, await RemindAsync(app, easterSunday.AddDays(4))); // overdue: the team (one member)
        Assert.Equal(0, await RemindAsync(app, easterSunday.AddDays(4))); // once
        var coordinators = await RemindAsync(app, easterSunday.AddDays(5)); // one more working day: the coordinator(s)
        Assert.True(coordinators >= 1);
        Assert.Equal(0, await RemindAsync(app, easterSunday.AddDays(8)));
        Assert.Equal(1 + coordinators, await app.DispatchOutboxAsync());
        Assert.Contains(smtp.Received, m => m.To.Contains(DemoUsers.JuvaAdviceWorker));
        Assert.Contains(smtp.Received, m => m.To.Contains(DemoUsers.Coordinator));
        foreach (var mail in smtp.Received)
        {
            var body = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data))).TextBody;
            Assert.Contains($"/staff/perheneuvo/{easter}", body);
            Assert.DoesNotContain("nuku", body);
        }

        // Midsummer: received on the Thursday before Midsummer Eve (a Friday, off): due the Tuesday after.
        var midsummerEve = FinnishWorkingDays.MidsummerEve(year);
        app.Clock.SetUtcNow(new DateTimeOffset(Helsinki(midsummerEve.AddDays(-1)), TimeSpan.Zero));
        var midsummer = await AdviceTestData.ContactAsync(app, "mikkeli");
        Assert.Equal(midsummerEve.AddDays(4), await app.WithDbAsync(db => db.FamilyContacts.Where(c => c.Id == midsummer).Select(c => c.DueOn).SingleAsync()));
        Assert.Equal(0, await RemindAsync(app, midsummerEve.AddDays(4)));
        Assert.Equal(1, await RemindAsync(app, midsummerEve.AddDays(5)));
        // An answer stops the coordinator's reminder.
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliAdviceWorker);
        var version = (await mikkeli.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/perheneuvo/contacts/{midsummer}")).GetProperty("version").GetInt32();
        await ApiResponses.OkAsync(await mikkeli.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{midsummer}/replies", new { version, text = "Vastaus." }));
        Assert.Equal(0, await RemindAsync(app, midsummerEve.AddDays(7)));
        await MailFormat.AssertWellFormedAsync(app); // the overdue reminders
    }

    [Theory, BothDatabases]
    public async Task Retention_deletes_the_content_keeps_the_statistics_row_and_the_dry_run_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var old = await AdviceTestData.ContactAsync(app, "juva", receivedAt: now.AddMonths(-8), closedAt: now.AddMonths(-7));
        var recent = await AdviceTestData.ContactAsync(app, "juva", receivedAt: now.AddMonths(-2), closedAt: now.AddMonths(-1));
        var open = await AdviceTestData.ContactAsync(app, "mikkeli", receivedAt: now.AddMonths(-9));
        var before = await DatabaseFingerprint.TakeAsync(app);

        var dryRun = await RunCommandAsync(app, "perheneuvo", "retention", "--dry-run");
        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("etela-savo: 1 contacts would be deleted.", dryRun.Out);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(app));

        IReadOnlyList<AdviceRetention.RegionCount> counts = [];
        await app.WithScopeAsync(async services => counts = await services.GetRequiredService<AdviceRetention>().DeleteDueAsync(false, CancellationToken.None));
        Assert.Equal(1, counts.Sum(c => c.Contacts));

        var row = await app.WithDbAsync(db => db.FamilyContacts.Where(c => c.Id == old).SingleAsync());
        Assert.NotNull(row.ContentDeletedAt);
        Assert.Equal(ContactOutcome.GuidanceGiven, row.Outcome); // the statistics row stays
        Assert.Null(row.Details.Email);
        Assert.Null(row.Details.Name);
        Assert.Equal(0, await app.WithDbAsync(db => db.ContactEntries.CountAsync(e => e.ContactId == old)));
        Assert.Equal(0, await app.WithDbAsync(db => db.AnswerLinks.CountAsync(l => l.ContactId == old)));
        Assert.True(await app.WithDbAsync(db => db.ContactEntries.AnyAsync(e => e.ContactId == recent)));
        Assert.True(await app.WithDbAsync(db => db.ContactEntries.AnyAsync(e => e.ContactId == open)));
        var audit = await app.WithDbAsync(db => db.AuditRecords.SingleAsync(a => a.Event == AuditEvent.FamilyContactContentDeleted));
        Assert.StartsWith("1 contacts", audit.Detail);
        Assert.DoesNotContain(old.ToString(), audit.Detail + audit.ObjectId);

        var juva = await app.ClientForAsync(DemoUsers.JuvaAdviceWorker);
        Assert.Equal("advice.content_deleted", await ApiResponses.CodeOfAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{old}/notes",
            new { version = row.Version, text = "Myöhäinen muistiinpano" })));

        var again = await RunCommandAsync(app, "perheneuvo", "retention");
        Assert.Contains("etela-savo: 0 contacts deleted.", again.Out);
    }
}
