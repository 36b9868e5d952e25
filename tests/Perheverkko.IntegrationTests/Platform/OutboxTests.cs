using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Notifications;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>E-mail leaves through the outbox to a real SMTP listener: once, with retries when SMTP is down.</summary>
public sealed class OutboxTests
{

    private static async Task EnqueueAsync(TestApp app, int count, bool save = true)
    {
        await app.WithScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<Outbox>();
            for (var i = 0; i < count; i++)
                outbox.Enqueue(new EmailMessage([$"jasen{i}@perheverkko.example", "varajasen@perheverkko.example"], $"Kokouskutsu {i}",
                    "Tervetuloa johtoryhmän kokoukseen.", "<p>Tervetuloa johtoryhmän kokoukseen.</p>",
                    [new EmailAttachment("kutsu.ics", "text/calendar", Convert.ToBase64String("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray()))]),
                    NetworkSeeder.SouthSavo);
            if (save) await services.GetRequiredService<PerheverkkoDb>().SaveChangesAsync();
        });
    }

    [Theory, BothDatabases]
    public async Task A_queued_email_is_delivered_over_SMTP_once(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener();
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        await EnqueueAsync(app, 1);
        await EnqueueAsync(app, 1, save: false); // never saved: the change it belonged to did not happen, so neither does the mail

        Assert.Equal(1, await app.DispatchOutboxAsync());
        Assert.Equal(0, await app.DispatchOutboxAsync());
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("noreply@perheverkko.example", mail.From);
        Assert.Equal(["jasen0@perheverkko.example", "varajasen@perheverkko.example"], mail.To);
        Assert.Contains("Subject: Kokouskutsu 0", mail.Data);
        Assert.Contains("kutsu.ics", mail.Data);
        var message = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal(OutboxState.Sent, message.State);
        Assert.Contains($"Message-Id: <{message.Id}@perheverkko>", mail.Data, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, BothDatabases]
    public async Task When_SMTP_refuses_the_message_waits_and_goes_out_after_the_back_off(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener { Refusing = true };
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        await EnqueueAsync(app, 1);

        Assert.Equal(0, await app.DispatchOutboxAsync());
        var waiting = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal(OutboxState.Retrying, waiting.State);
        Assert.Equal(1, waiting.Attempts);
        Assert.NotNull(waiting.LastError);

        smtp.Refusing = false;
        Assert.Equal(0, await app.DispatchOutboxAsync()); // not yet: the back-off has not passed
        app.Clock.Advance(OutboxMessage.Backoff(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await app.DispatchOutboxAsync());
        Assert.Single(smtp.Received);
        Assert.Equal(OutboxState.Sent, (await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync())).State);
    }

    [Fact]
    public async Task A_message_is_given_up_after_the_last_attempt_and_shown_as_failed()
    {
        await using var smtp = new SmtpListener { Refusing = true };
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, smtp.AppSettings());
        await EnqueueAsync(app, 1);
        for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts; attempt++)
        {
            await app.DispatchOutboxAsync();
            app.Clock.Advance(TimeSpan.FromHours(2));
        }
        var message = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal(OutboxState.Failed, message.State);
        var page = await (await app.ClientForAsync(DemoUsers.Coordinator)).GetStringAsync("/api/v1/outbox?state=Failed");
        Assert.Contains("Kokouskutsu 0 (2)", page);
        Assert.Contains("jasen0@", page); // a staff recipient is shown, so the coordinator knows whom it failed to reach (issue #13 item 6)
    }

    [Fact]
    public async Task Two_app_instances_on_one_PostgreSQL_send_each_message_once()
    {
        await using var smtp = new SmtpListener();
        await using var first = await TestApp.StartAsync(DatabaseProvider.Postgres, smtp.AppSettings());
        await using var second = first.AnotherInstance(smtp.AppSettings());
        await EnqueueAsync(first, 40);

        var rounds = Enumerable.Range(0, 4).SelectMany(_ => new[] { first.DispatchOutboxAsync(), second.DispatchOutboxAsync() });
        var sent = (await Task.WhenAll(rounds)).Sum();

        Assert.Equal(40, sent);
        Assert.Equal(40, smtp.Received.Count);
        Assert.Equal(40, smtp.Received.Select(m => m.Data.Split("\r\n").First(l => l.StartsWith("Message-Id:", StringComparison.OrdinalIgnoreCase))).Distinct().Count());
    }

    [Fact]
    public async Task The_embedded_default_writes_eml_files_to_the_pickup_folder()
    {
        var folder = Path.Combine(TestDatabases.Scratch, "pickup-" + Guid.NewGuid().ToString("N"));
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Mail:PickupFolder"] = folder });
        await EnqueueAsync(app, 2);
        Assert.Equal(2, await app.DispatchOutboxAsync());
        var files = Directory.GetFiles(folder, "*.eml");
        Assert.Equal(2, files.Length);
        Assert.Contains("Kokouskutsu", await File.ReadAllTextAsync(files[0]));
    }

    [Theory, BothDatabases]
    public async Task A_scheduled_job_runs_in_one_instance_at_a_time(DatabaseProvider provider)
    {
        var counter = new CountingJob();
        await using var first = await TestApp.StartAsync(provider, configureServices: s => s.AddSingleton<IScheduledJob>(counter));
        await using var second = first.AnotherInstance(configureServices: s => s.AddSingleton<IScheduledJob>(counter));

        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[]
        {
            first.Services.GetRequiredService<JobRunner>().RunDueJobsAsync(CancellationToken.None),
            second.Services.GetRequiredService<JobRunner>().RunDueJobsAsync(CancellationToken.None),
        }));
        Assert.Equal(1, counter.Runs); // due once; its next run is an hour away

        first.Clock.Advance(TimeSpan.FromHours(1));
        second.Clock.Advance(TimeSpan.FromHours(1));
        await second.Services.GetRequiredService<JobRunner>().RunDueJobsAsync(CancellationToken.None);
        Assert.Equal(2, counter.Runs);
        var lease = await first.WithDbAsync(db => db.JobLeases.AsNoTracking().SingleAsync(j => j.Name == CountingJob.JobName));
        Assert.Null(lease.LockedBy);
        Assert.NotNull(lease.LastRunAt);
    }

    private sealed class CountingJob : IScheduledJob
    {
        public const string JobName = "counting";
        private int runs;
        public int Runs => runs;
        public string Name => JobName;
        public TimeSpan Interval => TimeSpan.FromHours(1);

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(50, cancellationToken); // long enough for the other instance to try at the same time
        }
    }
}
