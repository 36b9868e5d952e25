using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.IntegrationTests.Workforce;

/// <summary>People, policies and tasks written straight to the database (their use cases are other parts of the feature), with fictional names.</summary>
internal static class GuidelineTestData
{
    public static async Task<Guid> PolicyAsync(TestApp app, Guid organisationId, string number, DateOnly validUntil) =>
        await app.WithDbAsync(async db =>
        {
            var regionId = db.Organisations.Where(o => o.Id == organisationId).Select(o => o.RegionId).Single();
            var policy = new InsurancePolicy(Guid.CreateVersion7(), regionId, organisationId, "Esimerkkivakuutus Oy", number, validUntil, app.Clock.GetUtcNow().UtcDateTime);
            db.InsurancePolicies.Add(policy);
            await db.SaveChangesAsync();
            return policy.Id;
        });

    /// <summary>A policy with a working volunteer under it (its removal is refused).</summary>
    public static async Task<Guid> PolicyInUseAsync(TestApp app, Guid organisationId)
    {
        var policy = await PolicyAsync(app, organisationId, "VAK-" + Guid.NewGuid().ToString("N")[..8], HelsinkiTime.Today(app.Clock).AddYears(1));
        await VolunteerAsync(app, organisationId, "Ville Vapaaehtoinen", policy, supportPerson: null);
        return policy;
    }

    public static async Task<Guid> EmployeeAsync(TestApp app, Guid organisationId, string name) =>
        await app.WithDbAsync(async db =>
        {
            var regionId = db.Organisations.Where(o => o.Id == organisationId).Select(o => o.RegionId).Single();
            var worker = new Worker(Guid.CreateVersion7(), regionId, organisationId, name, null, WorkerKind.Employee, app.Clock.GetUtcNow().UtcDateTime);
            db.Workers.Add(worker);
            await db.SaveChangesAsync();
            return worker.Id;
        });

    /// <summary>A volunteer briefed yesterday, with the support person and policy given.</summary>
    public static async Task<Guid> VolunteerAsync(TestApp app, Guid organisationId, string name, Guid? policyId, Guid? supportPerson) =>
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var today = HelsinkiTime.Today(app.Clock);
            var regionId = db.Organisations.Where(o => o.Id == organisationId).Select(o => o.RegionId).Single();
            var worker = new Worker(Guid.CreateVersion7(), regionId, organisationId, name, null, WorkerKind.Volunteer, now);
            worker.RecordBriefing(1, today.AddDays(-1), "Aino Esimerkki", today, now);
            var support = supportPerson is { } s ? db.Workers.Single(w => w.Id == s) : null;
            var policy = policyId is { } p ? db.InsurancePolicies.Single(x => x.Id == p) : null;
            worker.SetSupport(2, support, policy, now);
            db.Workers.Add(worker);
            await db.SaveChangesAsync();
            return worker.Id;
        });

    public static async Task TaskAsync(TestApp app, Guid activityId, Guid workerId, TaskRole role, bool childrenWithoutGuardian = false) =>
        await app.WithDbAsync(async db =>
        {
            var worker = db.Workers.Single(w => w.Id == workerId);
            db.ActivityTasks.Add(new ActivityTask(Guid.CreateVersion7(), worker.RegionId, activityId, workerId, worker.OrganisationId, role,
                childrenWithoutGuardian, app.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>Publishes a demo draft as it stands (the publish gate is another part of the feature; here only its standing matters).</summary>
    public static async Task PublishAsIsAsync(TestApp app, Guid activityId) =>
        await app.WithDbAsync(async db =>
        {
            var activity = db.Activities.Single(a => a.Id == activityId);
            db.Entry(activity).Property(a => a.State).CurrentValue = PublicationState.Published;
            await db.SaveChangesAsync();
            return 0;
        });
}
