using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Protection;
using Xunit.Abstractions;

namespace Perheverkko.IntegrationTests.FamilyAdvice;

/// <summary>Runs only from <c>bench/advice-queue.sh</c> (it sets BENCH_ADVICE_QUEUE): a timing, not a check of behaviour.</summary>
public sealed class BenchTheoryAttribute : TheoryAttribute
{
    public BenchTheoryAttribute()
    {
        if (Environment.GetEnvironmentVariable("BENCH_ADVICE_QUEUE") is null) Skip = "A benchmark: bench/advice-queue.sh runs it.";
    }
}

/// <summary>
/// The staff queue page with 10,000 contacts in one team (issue #15, "the median page time of the staff queue with
/// 10,000 contacts"): seeds them through the entities, then times the Juva worker's <c>/staff/perheneuvo</c> over HTTP.
/// </summary>
public sealed class AdviceQueueBench(ITestOutputHelper output)
{
    [BenchTheory, BothDatabases]
    public async Task Queue_page_time_with_10000_contacts(DatabaseProvider provider)
    {
        var contacts = int.TryParse(Environment.GetEnvironmentVariable("BENCH_ADVICE_CONTACTS"), out var n) ? n : 10_000;
        var requests = int.TryParse(Environment.GetEnvironmentVariable("BENCH_ADVICE_REQUESTS"), out var r) ? r : 100;
        await using var app = await TestApp.StartAsync(provider);
        var seeding = Stopwatch.StartNew();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var random = new Random(15);
        var worker = SeedIds.For("user", DemoUsers.JuvaAdviceWorker);
        for (var batch = 0; batch < contacts; batch += 1000)
        {
            await app.WithScopeAsync(async services =>
            {
                var db = services.GetRequiredService<PerheverkkoDb>();
                var protector = services.GetRequiredService<ContentProtector>();
                var settings = db.AdviceSettings.Single(s => s.RegionId == NetworkSeeder.SouthSavo);
                var topics = db.AdviceTopics.Where(t => t.RegionId == NetworkSeeder.SouthSavo).Select(t => t.Id).ToList();
                for (var i = batch; i < Math.Min(contacts, batch + 1000); i++)
                {
                    var at = now.AddMinutes(-random.Next(0, 60 * 24 * 120));
                    var contact = new FamilyContact(Guid.CreateVersion7(), NetworkSeeder.SouthSavo, AnswerSecrets.NewReference(), (ContactChannel)(i % 3),
                        NetworkSeeder.MunicipalityId("juva"), topics[i % topics.Count], AnswerBy.AnswerPage, "fi", SealedContactDetails.None,
                        FamilyAdviceSeeder.TeamId("juva"), AdviceCalendar.DueOn(settings, at), at);
                    contact.Open(protector.Seal($"Benchmark-kysymys {i}")!, at);
                    if (i % 3 == 0) contact.Reply(contact.Version, protector.Seal("Vastaus")!, worker, at.AddHours(5));
                    if (i % 6 == 0) contact.Close(contact.Version, ContactOutcome.GuidanceGiven, worker, at.AddDays(1));
                    db.FamilyContacts.Add(contact);
                }
                await db.SaveChangesAsync();
            });
        }
        seeding.Stop();

        var client = await app.ClientForAsync(DemoUsers.JuvaAdviceWorker);
        for (var i = 0; i < 5; i++) (await client.GetAsync("/staff/perheneuvo")).EnsureSuccessStatusCode();
        var times = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync(i % 2 == 0 ? "/staff/perheneuvo" : $"/staff/perheneuvo?p={1 + i % 20}");
            await response.Content.ReadAsStringAsync();
            watch.Stop();
            response.EnsureSuccessStatusCode();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var median = times[times.Count / 2];
        var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
        var line = $"advice queue, {provider}: {contacts} contacts seeded in {seeding.Elapsed.TotalSeconds:F1} s; /staff/perheneuvo over {requests} requests: median {median:F1} ms, p95 {p95:F1} ms";
        output.WriteLine(line);
        Console.WriteLine(line);
        if (Environment.GetEnvironmentVariable("BENCH_ADVICE_RESULT") is { Length: > 0 } file) await File.AppendAllTextAsync(file, line + Environment.NewLine);
    }
}
