using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Jobs;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>The planner's statistics job: scheduled, and it leaves statistics behind on both databases.</summary>
public sealed class DatabaseStatisticsTests
{
    [Theory, BothDatabases]
    public async Task The_scheduled_job_analyses_the_tables(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.WithScopeAsync(async services =>
        {
            var job = Assert.Single(services.GetServices<IScheduledJob>(), j => j.Name == "database-statistics");
            await job.RunAsync(CancellationToken.None);
        });

        var analysed = await app.WithDbAsync(db => db.Database.SqlQueryRaw<int>(provider == DatabaseProvider.Postgres
            ? "SELECT COUNT(*)::int AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'Activities' AND last_analyze IS NOT NULL"
            : "SELECT COUNT(*) AS Value FROM sqlite_stat1 WHERE tbl = 'Activities'").SingleAsync());
        Assert.True(analysed > 0);
    }
}
