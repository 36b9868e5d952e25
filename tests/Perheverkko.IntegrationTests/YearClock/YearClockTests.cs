using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.YearClock;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.YearClock;

/// <summary>
/// The year clock (issue #17 item 2): every region's seeded defaults, the coordinator's changes with their rules, the
/// year view as SVG and a table, the secret iCalendar address, and the reminders on the fake clock, once per task and year.
/// </summary>
public sealed class YearClockTests
{
    private static async Task<(HttpStatusCode, string)> RefusalAsync(HttpResponseMessage response) => (response.StatusCode, await CodeOfAsync(response));

    private static object Task(string title, int start, int? end = null, int? day = null, Guid? owner = null, int reminderDays = 14) =>
        new { title = new { fi = title }, startMonth = start, endMonth = end, day, ownerUserId = owner, reminderDays };

    [Theory, BothDatabases]
    public async Task The_coordinator_keeps_the_tasks_everyone_reads_the_year_and_subscribes_to_its_calendar(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var thisYear = app.NextYear();
        app.Clock.SetUtcNow(new DateTimeOffset(thisYear, 3, 1, 10, 0, 0, TimeSpan.Zero));
        var second = await SecondRegion.SeedAsync(app);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var otherCoordinator = await second.CoordinatorClientAsync();

        // The defaults are every region's (a region made later gets them when the seeder runs at the next start).
        await app.WithScopeAsync(services => services.GetRequiredService<YearClockSeeder>().SeedAsync());
        Assert.Equal(YearClockSeeder.Defaults.Count, await app.WithDbAsync(db => db.YearClockTasks.AcrossRegions().CountAsync(t => t.RegionId == SecondRegion.RegionId)));
        var year = await representative.GetFromJsonAsync<JsonElement>($"/api/v1/year-clock?year={thisYear}");
        Assert.False(year.GetProperty("mayManage").GetBoolean());
        var tasks = year.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(YearClockSeeder.Defaults.Count, tasks.Count);
        var deadline = tasks.Single(t => t.GetProperty("day").ValueKind == JsonValueKind.Number);
        Assert.Equal((6, 30), (deadline.GetProperty("startMonth").GetInt32(), deadline.GetProperty("day").GetInt32()));
        // The other parts of the year put their dates on it: last year's municipal evaluations fall due at the end of February.
        var due = year.GetProperty("live").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "EvaluationDue");
        Assert.Equal(($"/staff/evaluations/{thisYear - 1}", 2, new DateOnly(thisYear, 3, 1).AddDays(-1).Iso()), (due.GetProperty("link").GetString(), due.GetProperty("month").GetInt32(), due.GetProperty("day").GetString()));

        // Adding: with an owner of the region; every rule refuses with its code and nothing is saved.
        var mikkeliRep = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.MikkeliRepresentative).Select(u => u.Id).SingleAsync());
        var count = () => app.WithDbAsync(db => db.YearClockTasks.CountAsync(t => t.RegionId == NetworkSeeder.SouthSavo));
        var before = await count();
        var id = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/year-clock/tasks", Task("Kevään perhekysely", 4, 5, owner: mikkeliRep)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "yearclock.ends_before_start"), await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/year-clock/tasks", Task("Väärin päin", 5, 4))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "yearclock.day_invalid"), await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/year-clock/tasks", Task("31.6.", 6, day: 31))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "yearclock.owner_invalid"),
            await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/year-clock/tasks", Task("Vieras omistaja", 6, owner: SecondRegion.CoordinatorId))));
        var nul = await coordinator.PostAsJsonAsync("/api/v1/year-clock/tasks", Task("Nolla\u0000", 6));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nul.StatusCode);
        Assert.Contains("control or direction characters", JsonDocument.Parse(await nul.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("title.fi")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await representative.PostAsJsonAsync("/api/v1/year-clock/tasks", Task("Edustajan", 6))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await representative.DeleteAsync($"/api/v1/year-clock/tasks/{id}")).StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "yearclock.not_found"), await RefusalAsync(await otherCoordinator.PutAsJsonAsync($"/api/v1/year-clock/tasks/{id}", Task("Kaapattu", 1))));
        Assert.Equal(before + 1, await count());
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsJsonAsync($"/api/v1/year-clock/tasks/{id}", Task("Perhekysely", 4, 5, owner: mikkeliRep, reminderDays: 7))).StatusCode);
        Assert.Equal(("Perhekysely", 7), await app.WithDbAsync(db => db.YearClockTasks.Where(t => t.Id == id).Select(t => new ValueTuple<string, int>(t.Title.Fi, t.ReminderDays)).SingleAsync()));

        // The year view: a server-drawn strip with a text alternative, and the same tasks by month in a table.
        var page = await representative.GetStringAsync($"/staff/year-clock?year={thisYear}");
        Assert.Contains("<svg", page);
        Assert.Contains("role=\"img\"", page);
        Assert.Contains("<caption id=\"yc-caption\">", page);
        Assert.Contains("Perhekysely", page);
        Assert.DoesNotContain("id=\"task-form\"", page);
        Assert.Contains("id=\"task-form\"", await coordinator.GetStringAsync("/staff/year-clock"));

        // Removing asks to confirm; a removed default stays removed when the seeder runs again.
        var removedDefault = YearClockSeeder.TaskId(NetworkSeeder.SouthSavo, "leadership-meetings");
        var asking = await Forms.PostAsync(coordinator, "/staff/year-clock", new Dictionary<string, string> { ["task"] = removedDefault.ToString() }, $"/staff/year-clock?handler=Remove&year={thisYear}");
        Assert.Contains("name=\"Confirm\" value=\"true\"", await asking.Content.ReadAsStringAsync());
        Assert.Null(await app.WithDbAsync(db => db.YearClockTasks.Where(t => t.Id == removedDefault).Select(t => t.RemovedAt).SingleAsync()));
        var removed = await Forms.PostAsync(coordinator, "/staff/year-clock", new Dictionary<string, string> { ["task"] = removedDefault.ToString(), ["Confirm"] = "true" },
            $"/staff/year-clock?handler=Remove&year={thisYear}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "yearclock.not_found"), await RefusalAsync(await coordinator.DeleteAsync($"/api/v1/year-clock/tasks/{removedDefault}")));
        await app.WithScopeAsync(services => services.GetRequiredService<YearClockSeeder>().SeedAsync());
        Assert.DoesNotContain(removedDefault, (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/year-clock")).GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
        Assert.Equal(3, await app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Event == AuditEvent.YearClockChanged)));

        // The calendar: a secret address; a new one revokes the old; it parses as iCalendar with yearly all-day events.
        var first = (await (await representative.PostAsync("/api/v1/year-clock/feed", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        var url = (await (await representative.PostAsync("/api/v1/year-clock/feed", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync(new Uri(first).PathAndQuery)).StatusCode);
        var response = await app.Anonymous().GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var calendar = Calendar.Load(ics)!;
        Assert.Equal(YearClockSeeder.Defaults.Count, calendar.Events.Count); // five defaults left and the new task
        Assert.All(calendar.Events, e => Assert.Equal(FrequencyType.Yearly, e.RecurrenceRule!.Frequency));
        var notice = calendar.Events.Single(e => e.Summary == "Sopimuksen irtisanomisen määräpäivä");
        Assert.Equal((new DateOnly(thisYear, 6, 30), false), (DateOnly.FromDateTime(notice.DtStart!.Value), notice.DtStart.HasTime));
        var survey = calendar.Events.Single(e => e.Summary == "Perhekysely");
        Assert.Equal((new DateOnly(thisYear, 4, 1), new DateOnly(thisYear, 6, 1)), (DateOnly.FromDateTime(survey.DtStart!.Value), DateOnly.FromDateTime(survey.DtEnd!.Value)));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/year-clock/unknown.ics")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task Each_task_reminds_its_owner_or_the_coordinators_once_a_year_before_it_is_due(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener();
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var mikkeliRep = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.MikkeliRepresentative).Select(u => u.Id).SingleAsync());
        var year = app.NextYear();
        app.SetHelsinkiTime(new DateOnly(year, 5, 25), 8);
        await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/year-clock/tasks", Task("Kesän kerhotilat", 6, day: 10, owner: mikkeliRep, reminderDays: 10)));
        async Task<int> RemindAsync()
        {
            var sent = 0;
            await app.WithScopeAsync(async services => sent = await services.GetRequiredService<YearClockReminders>().SendDueAsync(CancellationToken.None));
            return sent;
        }

        // 25 May: nothing is due yet (the notice deadline reminds 30 days before 30 June, the new task 10 days before 10 June).
        Assert.Equal(0, await RemindAsync());
        app.SetHelsinkiTime(new DateOnly(year, 6, 1), 8);
        var coordinators = await app.WithDbAsync(db => db.Users.CountAsync(u => u.RegionId == NetworkSeeder.SouthSavo && u.Role == Web.Platform.Access.StaffRole.Coordinator));
        Assert.Equal(1 + coordinators, await RemindAsync());
        Assert.Equal(0, await RemindAsync()); // once per task and year
        Assert.Equal(2, await app.WithDbAsync(db => db.YearClockReminders.CountAsync(r => r.Year == year)));
        await app.DispatchOutboxAsync();
        var messages = smtp.Received.Select(m => (m.To, Message: MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))).ToList();
        var toOwner = messages.Single(m => m.To.Contains(DemoUsers.MikkeliRepresentative));
        Assert.Contains("Kesän kerhotilat", toOwner.Message.Subject);
        Assert.Contains($"10.6.{year}", toOwner.Message.TextBody);
        Assert.Matches($@"https?://[^\s]+/staff/year-clock\?year={year}", toOwner.Message.TextBody);
        Assert.Contains(messages, m => m.To.Contains(DemoUsers.Coordinator) && (m.Message.Subject ?? "").Contains("irtisanomisen"));

        // The next year is a new occurrence: reminded again in its window.
        app.SetHelsinkiTime(new DateOnly(year + 1, 6, 2), 8);
        Assert.Equal(1 + coordinators, await RemindAsync());
        await MailFormat.AssertWellFormedAsync(app); // the year clock reminders
    }
}
