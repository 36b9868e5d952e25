using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Jobs;

namespace Perheverkko.Web.Platform.Data;

/// <summary>
/// Keeps the query planner's table statistics current. SQLite keeps none until ANALYZE runs, and without them it
/// picks any usable index: a search's "published rows among these thousand ids" then walked every published row by
/// the (State, …) index instead of looking the thousand ids up by key — half a second on a national directory instead
/// of a few milliseconds (bench/README.md). PostgreSQL's autovacuum analyses on its own, but only after enough rows
/// have changed; after a bulk load (the benchmark, an import) asking at once is what makes the next query fast.
/// Runs soon after start and then every six hours.
/// </summary>
public sealed class DatabaseStatistics(PlatformDb db, ILogger<DatabaseStatistics> logger) : IScheduledJob
{
    public string Name => "database-statistics";

    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // A whole ANALYZE, not a sampled one (SQLite's analysis_limit): sampled, SQLite guessed that "State = Published"
        // finds a couple of thousand rows and kept the wrong index. Whole, it takes well under a second for 200,000 rows.
        await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
        logger.LogInformation("Table statistics updated in {Milliseconds} ms", watch.ElapsedMilliseconds);
    }
}
