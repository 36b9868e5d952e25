using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.Platform.CommandLineRun;

namespace Perheverkko.IntegrationTests.Workforce;

/// <summary>Retention of the people who left (issue #16 item 7), by the job and the command (console output is process-wide: run alone).</summary>
[Collection(nameof(Platform.ConsoleCollection))]
public sealed class WorkforceRetentionTests
{
    [Theory, BothDatabases]
    public async Task Leavers_are_deleted_after_the_organisations_retention_with_their_tasks_and_the_dry_run_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var mikkeli = NetworkSeeder.OrganisationId("mikkeli");
        var today = HelsinkiTime.Today(app.Clock);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var activity = DirectorySeeder.ActivityId("satutuokio-mikkeli");
        var longGone = await GuidelineTestData.EmployeeAsync(app, mikkeli, "Aino Esimerkki");
        var recent = await GuidelineTestData.EmployeeAsync(app, mikkeli, "Eero Esimerkki");
        var working = await GuidelineTestData.EmployeeAsync(app, mikkeli, "Ville Vapaaehtoinen");
        await GuidelineTestData.TaskAsync(app, activity, longGone, TaskRole.Leads, childrenWithoutGuardian: true);
        await app.WithDbAsync(async db =>
        {
            var gone = await db.Workers.SingleAsync(w => w.Id == longGone);
            gone.RecordCheck(1, today.AddMonths(-14), today.AddMonths(-14), false, false, today, now);
            gone.Leave(gone.Version, today.AddMonths(-12), now); // the default retention is twelve months: due today
            db.LapseNotices.Add(new LapseNotice(Guid.CreateVersion7(), gone.RegionId, mikkeli, longGone, Requirement.CheckCurrent, today.AddMonths(-13), now));
            var left = await db.Workers.SingleAsync(w => w.Id == recent);
            left.Leave(left.Version, today.AddMonths(-1), now);
            // A check fact that outlived the leaving (written around Leave): the job deletes it.
            db.Entry(left).Property(w => w.CheckShownOn).CurrentValue = today.AddMonths(-3);
            db.Entry(left).Property(w => w.CheckExtractDate).CurrentValue = today.AddMonths(-3);
            return await db.SaveChangesAsync();
        });
        var before = await DatabaseFingerprint.TakeAsync(app);

        var dryRun = await RunCommandAsync(app, "workforce", "retention", "--dry-run");
        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("etela-savo: 1 people would be deleted.", dryRun.Out);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(app));

        IReadOnlyList<WorkforceRetention.RegionCount> counts = [];
        await app.WithScopeAsync(async services => counts = await services.GetRequiredService<WorkforceRetention>().DeleteDueAsync(false, CancellationToken.None));
        Assert.Equal((1, 1), (counts.Sum(c => c.Workers), counts.Sum(c => c.ChecksForgotten)));
        Assert.False(await app.WithDbAsync(db => db.Workers.AnyAsync(w => w.Id == longGone)));
        Assert.False(await app.WithDbAsync(db => db.ActivityTasks.AnyAsync(t => t.WorkerId == longGone)));
        Assert.False(await app.WithDbAsync(db => db.LapseNotices.AnyAsync(n => n.WorkerId == longGone)));
        var kept = await app.WithDbAsync(db => db.Workers.SingleAsync(w => w.Id == recent));
        Assert.Equal((null, null, (DateOnly?)today.AddMonths(-1)), (kept.CheckShownOn, kept.CheckExtractDate, kept.LeftOn));
        Assert.True(await app.WithDbAsync(db => db.Workers.AnyAsync(w => w.Id == working)));
        var audit = await app.WithDbAsync(db => db.AuditRecords.SingleAsync(a => a.Event == AuditEvent.WorkersDeleted));
        Assert.StartsWith("1 people deleted", audit.Detail);
        Assert.DoesNotContain("Aino", audit.Detail);
        Assert.Null(audit.ObjectId);

        var again = await RunCommandAsync(app, "workforce", "retention");
        Assert.Contains("etela-savo: 0 people deleted.", again.Out);
    }
}
