using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Jobs;

namespace Perheverkko.Web.Platform.Changes;

/// <summary>Something an app instance keeps in memory and brings up to date from the recorded changes (registered as a singleton).</summary>
public interface IDataChangeSubscriber
{
    /// <summary>The changes committed since the last call, in the order they were written; called by one thread at a time.</summary>
    Task ApplyAsync(IReadOnlyList<DataChange> changes, CancellationToken cancellationToken);
}

public sealed class ChangeFeedOptions
{
    public const string Section = "Changes";

    /// <summary>How often an instance reads the changes others made (its own it reads when it next needs them).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}

/// <summary>
/// This process's own commits, counted: a reader that sees the count moved since it last caught up reads the feed
/// before it answers, so whoever saved something finds it at once on the instance they saved it on. Static because it
/// counts commits of every context of the process; another app in the same process (tests) only causes an extra read.
/// </summary>
public static class ChangeSignal
{
    private static long version;

    public static long Version => Interlocked.Read(ref version);

    /// <summary>After a save: outside a transaction it is committed now; inside one, <see cref="OnCommit"/> counts it.</summary>
    public static void Saved(DbContext db)
    {
        if (db.Database.CurrentTransaction is null) Interlocked.Increment(ref version);
    }

    public static IInterceptor OnCommit { get; } = new CommitCounter();

    private sealed class CommitCounter : DbTransactionInterceptor
    {
        public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
            Interlocked.Increment(ref version);

        public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref version);
            return Task.CompletedTask;
        }
    }
}

/// <summary>
/// Reads the <see cref="DataChange"/> rows written since the last read and hands them to every
/// <see cref="IDataChangeSubscriber"/>: every <see cref="ChangeFeedOptions.PollInterval"/>, and at once when a reader
/// asks (<see cref="CatchUpAsync"/>) after this process committed something. Decision 0042.
/// </summary>
/// <remarks>
/// Ids are handed out when rows are written, not when they commit: on PostgreSQL a transaction that took id 10 may
/// commit after one that took 11. A missing id below the highest seen is therefore read again on each pass for
/// <see cref="GapPatience"/> (a rolled-back transaction's id never comes), so no committed change is skipped.
/// </remarks>
public sealed class ChangeFeed(IServiceProvider services, IServiceScopeFactory scopes, ChangeFeedOptions options, ILogger<ChangeFeed> logger)
    : BackgroundService
{
    /// <summary>How long a missing id is waited for.</summary>
    public static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(30);

    private const int Batch = 1000;
    private const int MostAwaited = 1000;

    private readonly SemaphoreSlim gate = new(1, 1);
    // Resolved on first use: a subscriber may itself ask the feed for its position.
    private IReadOnlyList<IDataChangeSubscriber> Subscribers => subscribers ??= services.GetServices<IDataChangeSubscriber>().ToList();
    private IReadOnlyList<IDataChangeSubscriber>? subscribers;
    private readonly Dictionary<long, DateTime> gaps = [];
    private long? last;
    private long caughtUpTo = -1;

    /// <summary>The id of the last change read; null before the first read. A loader notes it before it reads the data.</summary>
    public long? Position => last;

    /// <summary>Reads the feed now if this process committed anything since the last read; otherwise returns at once.</summary>
    public Task CatchUpAsync(CancellationToken cancellationToken) =>
        ChangeSignal.Version == Interlocked.Read(ref caughtUpTo) ? Task.CompletedTask : ReadAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Web.OpenApiGeneration.IsRunning) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await ReadAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e) { logger.LogError(e, "Reading the change feed failed"); }
            try { await Task.Delay(options.PollInterval, stoppingToken); } // the machine's time: tests' fake clock stands still
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>One read: every change after the last one seen (and the missing ones still awaited), to every subscriber.</summary>
    public async Task ReadAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var signal = ChangeSignal.Version;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
            if (last is null)
            {
                // Where this instance starts: what is in memory now was (or will be) loaded from the data as it is.
                last = await db.DataChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
                Interlocked.Exchange(ref caughtUpTo, signal);
                return;
            }
            List<DataChange> changes;
            do
            {
                var from = last.Value;
                var awaited = gaps.Keys.ToList();
                changes = await db.DataChanges.AsNoTracking().Where(c => c.Id > from || awaited.Contains(c.Id))
                    .OrderBy(c => c.Id).Take(Batch).ToListAsync(cancellationToken);
                if (changes.Count == 0) break;
                var now = MachineTime.Now;
                foreach (var change in changes)
                {
                    if (gaps.Remove(change.Id)) continue;
                    // A jump of thousands is not a transaction in flight (a sequence that skipped ahead): nothing to await.
                    if (change.Id - last.Value < MostAwaited)
                        for (var missing = last.Value + 1; missing < change.Id; missing++) gaps[missing] = now;
                    last = Math.Max(last.Value, change.Id);
                }
                foreach (var subscriber in Subscribers)
                {
                    try { await subscriber.ApplyAsync(changes, cancellationToken); }
                    catch (Exception e) when (e is not OperationCanceledException) { logger.LogError(e, "{Subscriber} failed to apply changes", subscriber.GetType().Name); }
                }
            } while (changes.Count == Batch);
            foreach (var (id, since) in gaps.ToList())
                if (MachineTime.Now - since > GapPatience) gaps.Remove(id);
            Interlocked.Exchange(ref caughtUpTo, signal);
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>Deletes changes every instance has long read: an instance down for longer loads everything anew when it starts.</summary>
public sealed class DataChangePruning(PlatformDb db) : IScheduledJob
{
    public static readonly TimeSpan Keep = TimeSpan.FromHours(1);

    public string Name => "data-change-pruning";

    public TimeSpan Interval => TimeSpan.FromMinutes(10);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var before = MachineTime.Now - Keep; // the machine's time, as the rows were stamped
        await db.DataChanges.Where(c => c.RecordedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
