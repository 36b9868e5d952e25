using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Platform.Calendar;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Workforce;

/// <summary>Fictional people of Mikkeli and the fake clock's day for the workforce tests.</summary>
internal static class PeopleTestData
{
    /// <summary>The tests' today in Helsinki: 15 March of next year, ahead of the app's clock whenever the test runs.</summary>
    public static DateOnly TodayFor(TestApp app) => app.NextYearOn(3, 15);

    public static void SetToday(TestApp app, DateOnly day) =>
        app.Clock.SetUtcNow(new DateTimeOffset(HelsinkiTime.ToUtc(day, new TimeOnly(10, 0)), TimeSpan.Zero));

    public static async Task<Guid> AddAsync(HttpClient client, string name, string kind, string? workEmail = null) =>
        await CreatedIdAsync(await client.PostAsJsonAsync("/api/v1/workforce/people", new { name, kind, workEmail }));

    public static async Task<JsonElement> PersonAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/workforce/people/{id}");

    public static async Task<int> VersionAsync(HttpClient client, Guid id) => (await PersonAsync(client, id)).GetProperty("version").GetInt32();

    public static Task<Worker> WorkerAsync(TestApp app, Guid id) => app.WithDbAsync(db => db.Workers.AsNoTracking().SingleAsync(w => w.Id == id));

    /// <summary>The organisation's guideline, set straight in the database (its page is another part of the issue).</summary>
    public static Task SetGuidelineAsync(TestApp app, Guid regionId, Guid organisationId, bool volunteerCheckRequired, int? recheckMonths = null) =>
        app.WithDbAsync(async db =>
        {
            var settings = await db.WorkforceSettings.SingleOrDefaultAsync(s => s.OrganisationId == organisationId);
            if (settings is null) db.WorkforceSettings.Add(settings = WorkforceSettings.Defaults(regionId, organisationId));
            settings.Change(settings.Version, recheckMonths, volunteerCheckRequired, WorkforceSettings.DefaultReminderDays,
                WorkforceSettings.DefaultRetentionMonths, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

    public static Task<Guid> AddPolicyAsync(TestApp app, Guid regionId, Guid organisationId, string number, DateOnly validUntil) =>
        app.WithDbAsync(async db =>
        {
            var policy = new InsurancePolicy(Guid.CreateVersion7(), regionId, organisationId, "Esimerkkivakuutus Oy", number, validUntil, DateTime.UtcNow);
            db.InsurancePolicies.Add(policy);
            await db.SaveChangesAsync();
            return policy.Id;
        });

    public static Task<Guid> AddTaskAsync(TestApp app, Worker worker, Guid activityId, TaskRole role, bool childrenWithoutGuardian) =>
        app.WithDbAsync(async db =>
        {
            var task = new ActivityTask(Guid.CreateVersion7(), worker.RegionId, activityId, worker.Id, worker.OrganisationId, role,
                childrenWithoutGuardian, DateTime.UtcNow);
            db.ActivityTasks.Add(task);
            await db.SaveChangesAsync();
            return task.Id;
        });
}
