using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Platform.Telemetry;

/// <summary>Which way a search came in: the families' search page, the open-data HSDS list or the JSON API.</summary>
public enum SearchApi { Page, Hsds, Api }

/// <summary>
/// The app's own measurements (issue #14 item 5), in one meter next to ASP.NET Core's (request rate and latency per
/// route come from there): search latency, outbox depth, job runs and cache hits. Recording costs next to nothing
/// while no exporter listens (<see cref="MetricsSetup"/> turns exporters on); names follow OpenTelemetry's conventions
/// and read in Prometheus as <c>perheverkko_search_duration_seconds</c>, <c>perheverkko_outbox_depth</c>,
/// <c>perheverkko_job_runs_total</c> and <c>perheverkko_cache_requests_total</c> (docs/operations.md).
/// </summary>
public sealed class AppMetrics
{
    public const string MeterName = "Perheverkko";

    /// <summary>The outbox is counted at most this often, however often it is scraped (and only while someone reads it).</summary>
    public static readonly TimeSpan OutboxDepthMaxAge = TimeSpan.FromSeconds(15);

    // Tag values made once: a measurement then allocates nothing.
    private static readonly Dictionary<SearchApi, KeyValuePair<string, object?>> SearchApiTags =
        Enum.GetValues<SearchApi>().ToDictionary(a => a, a => new KeyValuePair<string, object?>("api", a.ToString().ToLowerInvariant()));
    private static readonly KeyValuePair<string, object?> Hit = new("outcome", "hit");
    private static readonly KeyValuePair<string, object?> Miss = new("outcome", "miss");
    private static readonly KeyValuePair<string, object?> Succeeded = new("outcome", "succeeded");
    private static readonly KeyValuePair<string, object?> Failed = new("outcome", "failed");

    private readonly Histogram<double> searchDuration;
    private readonly Counter<long> jobRuns;
    private readonly Counter<long> cacheRequests;
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger<AppMetrics> logger;

    private OutboxDepth? outboxDepth;
    /// <summary>When (<see cref="Environment.TickCount64"/>) the outbox may be counted again; 0: at once.</summary>
    private long outboxDepthNextCount;
    private int outboxDepthCounting;

    public AppMetrics(IMeterFactory meters, IServiceScopeFactory scopes, ILogger<AppMetrics> logger)
    {
        this.scopes = scopes;
        this.logger = logger;
        var meter = meters.Create(MeterName);
        searchDuration = meter.CreateHistogram("perheverkko.search.duration", "s",
            "How long a directory search took, from the filter to the ranked page of hits.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        jobRuns = meter.CreateCounter<long>("perheverkko.job.runs", "{run}", "Scheduled job runs on this instance, by job and outcome (succeeded, failed).");
        cacheRequests = meter.CreateCounter<long>("perheverkko.cache.requests", "{request}", "Cache lookups by cache and outcome (hit, miss).");
        meter.CreateObservableGauge("perheverkko.outbox.depth", ObserveOutboxDepth, "{message}",
            "Outbox messages not sent: waiting (queued or retrying) and failed (given up); counted at most every 15 s.");
    }

    /// <summary>A directory search took this long (call it around the search itself, once per search).</summary>
    public void RecordSearch(SearchApi api, TimeSpan duration) => searchDuration.Record(duration.TotalSeconds, SearchApiTags[api]);

    /// <summary>A scheduled job ran on this instance (JobRunner calls it after each run).</summary>
    public void RecordJobRun(string job, bool succeeded) => jobRuns.Add(1, new KeyValuePair<string, object?>("job", job), succeeded ? Succeeded : Failed);

    /// <summary>A cache was asked for an entry; <paramref name="cache"/> names the cache (a fixed name per cache, never a key).</summary>
    public void RecordCacheRequest(string cache, bool hit) => cacheRequests.Add(1, new KeyValuePair<string, object?>("cache", cache), hit ? Hit : Miss);

    private sealed record OutboxDepth(long Waiting, long Failed);

    /// <summary>
    /// The last count, and a new count in the background when it is older than <see cref="OutboxDepthMaxAge"/>: a
    /// scrape never waits for the database, and scrapes however frequent cost one indexed count per 15 s per instance.
    /// The first scrape after start has no value yet.
    /// </summary>
    private IEnumerable<Measurement<long>> ObserveOutboxDepth()
    {
        if (Environment.TickCount64 >= Interlocked.Read(ref outboxDepthNextCount) && Interlocked.CompareExchange(ref outboxDepthCounting, 1, 0) == 0)
        {
            // Stamped when tried, not when done: a database that is away is asked again after 15 s, not on every scrape.
            Interlocked.Exchange(ref outboxDepthNextCount, Environment.TickCount64 + (long)OutboxDepthMaxAge.TotalMilliseconds);
            // Not on the scrape's execution context: the count is the whole outbox's, whoever scrapes.
            using (ExecutionContext.SuppressFlow()) _ = Task.Run(CountOutboxAsync);
        }
        return outboxDepth is { } depth
            ? [new Measurement<long>(depth.Waiting, new KeyValuePair<string, object?>("state", "waiting")),
               new Measurement<long>(depth.Failed, new KeyValuePair<string, object?>("state", "failed"))]
            : [];
    }

    private async Task CountOutboxAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
            // Unsent rows only, on the (SentAt, FailedAt, NextAttemptAt) index: small however much mail has gone out.
            var counts = await db.OutboxMessages.AcrossRegions().Where(m => m.SentAt == null)
                .GroupBy(m => m.FailedAt != null).Select(g => new { Failed = g.Key, Count = g.LongCount() }).ToListAsync();
            outboxDepth = new OutboxDepth(counts.Where(c => !c.Failed).Sum(c => c.Count), counts.Where(c => c.Failed).Sum(c => c.Count));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A stopping app or a database away for a moment: the gauge keeps its last value and tries again later.
            logger.LogDebug(e, "Counting the outbox for the metrics failed");
        }
        finally { Interlocked.Exchange(ref outboxDepthCounting, 0); }
    }
}
