using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Telemetry;

namespace Perheverkko.Web.Platform.Jobs;

/// <summary>A job that runs on a schedule in one app instance at a time (outbox dispatch, reminders, retention).</summary>
public interface IScheduledJob
{
    string Name { get; }
    TimeSpan Interval { get; }
    Task RunAsync(CancellationToken cancellationToken);
}

public sealed class JobOptions
{
    public const string Section = "Jobs";
    /// <summary>Off in tests that drive jobs by hand.</summary>
    public bool Enabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How long a taken lease lasts; a crashed instance's lease runs out after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Runs the registered <see cref="IScheduledJob"/>s. Taking a job is one conditional UPDATE of its lease row, which
/// only one instance can win, so several instances on one PostgreSQL never run the same job at the same time.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, JobOptions options, TimeProvider clock, AppMetrics metrics, ILogger<JobRunner> logger) : BackgroundService
{
    public string InstanceId { get; } = InstanceName.New();

    /// <summary>Jobs whose lease row is known to exist (concurrent: tests drive several passes at once).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> leaseRowsEnsured = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await RunDueJobsAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e) { logger.LogError(e, "Job runner pass failed"); }
            try { await Task.Delay(options.PollInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>One pass: every job that is due and not held elsewhere runs once. Public so tests can drive it.</summary>
    public async Task RunDueJobsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var job in scope.ServiceProvider.GetServices<IScheduledJob>())
        {
            if (!await TryTakeAsync(job, cancellationToken)) continue;
            string? error = null;
            try { await job.RunAsync(cancellationToken); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error = e.Message;
                logger.LogError(e, "Job {Job} failed", job.Name);
            }
            metrics.RecordJobRun(job.Name, succeeded: error is null);
            await ReleaseAsync(job, error, cancellationToken);
        }
    }

    private async Task<bool> TryTakeAsync(IScheduledJob job, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        // The lease row needs making once per job; after that, taking the job is the single update below.
        if (!leaseRowsEnsured.ContainsKey(job.Name) && !await db.JobLeases.AnyAsync(j => j.Name == job.Name, cancellationToken))
        {
            try
            {
                db.JobLeases.Add(new JobLease(job.Name, now));
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) { db.ChangeTracker.Clear(); } // another instance made it first
        }
        leaseRowsEnsured.TryAdd(job.Name, true);
        var leaseUntil = now + options.Lease;
        var taken = await db.JobLeases
            .Where(j => j.Name == job.Name && j.NextRunAt <= now && (j.LockedUntil == null || j.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockedBy, InstanceId).SetProperty(j => j.LockedUntil, leaseUntil), cancellationToken);
        return taken == 1;
    }

    private async Task ReleaseAsync(IScheduledJob job, string? error, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.JobLeases.Where(j => j.Name == job.Name && j.LockedBy == InstanceId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LockedBy, (string?)null).SetProperty(j => j.LockedUntil, (DateTime?)null)
                .SetProperty(j => j.LastRunAt, now).SetProperty(j => j.NextRunAt, now + job.Interval)
                .SetProperty(j => j.LastError, error), cancellationToken);
    }
}
