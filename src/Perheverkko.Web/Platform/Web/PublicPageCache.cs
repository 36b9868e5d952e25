using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Perheverkko.Web.Platform.Changes;

namespace Perheverkko.Web.Platform.Web;

/// <summary>
/// The output cache of the public pages families read most and of the public lists other systems read (issue #14 item 2,
/// decision 0044): the front page, the families' search, the municipality, place, activity and service pages, the agreement pages,
/// <c>/api/v1/organisations</c> and the HSDS lists (with or without <c>search</c>). A page or endpoint opts in with <c>[OutputCache(PolicyName = Name)]</c>
/// or <c>.CacheOutput(Name)</c>; nothing else is cached.
/// </summary>
/// <remarks>
/// An answer is kept per address (path and whole query string), per language the request resolves to (the culture cookie
/// or Accept-Language, as the request localization decided: never the raw headers) and per window of the app's clock
/// (<see cref="Lifetime"/>: what "this week" and a scheduled announcement show follows that clock, which tests move).
/// Only anonymous GETs are read or stored: a signed-in person (cookie or bearer token) sees their own view, built anew.
/// Never stored: an answer other than 200, one that sets a cookie, and one that forbids storing (an antiforgery token in
/// a form makes the answer <c>no-store</c>: a page with another person's token must not be served to anyone else).
/// Any recorded change of the features' data (<see cref="DataChange"/>) evicts every cached answer on every instance
/// within the change feed's poll; on the instance that saved it, before its next answer (<see cref="ChangeFeed.CatchUpAsync"/>).
/// </remarks>
public sealed class PublicPageCache(ChangeFeed feed, IServiceProvider services, TimeProvider clock) : IOutputCachePolicy, IDataChangeSubscriber
{
    public const string Name = "public-page";

    /// <summary>The tag every cached answer carries: one eviction empties the cache.</summary>
    public const string Tag = "public";

    /// <summary>
    /// How long an answer is kept at most without a change: the bound for what changes with time alone (a scheduled
    /// announcement, today's activities), not for data changes, which evict at once.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private static readonly object GenerationKey = new();

    // Moved by every eviction: an answer built from data read before a change is not stored after it (see ServeResponseAsync).
    private long generation;
    private long hits;
    private long misses;

    /// <summary>Answers served from the cache since the start (for the metrics, issue #14 item 5).</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Cacheable requests that were built anew since the start (for the metrics).</summary>
    public long Misses => Interlocked.Read(ref misses);

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var cacheable = IsCacheable(http);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable) return;
        // Whoever just saved something on this instance sees it on their next page: the feed is read first when this
        // process committed anything since the last read (otherwise this is a comparison of two numbers).
        await feed.CatchUpAsync(cancellationToken);
        http.Items[GenerationKey] = Interlocked.Read(ref generation);
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["language"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["window"] = (clock.GetUtcNow().UtcTicks / Lifetime.Ticks).ToString(CultureInfo.InvariantCulture);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        OnHit();
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (!context.AllowCacheStorage) return ValueTask.CompletedTask;
        OnMiss();
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
            || context.HttpContext.Items[GenerationKey] is not long seen || seen != Interlocked.Read(ref generation))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    /// <summary>Every change empties the cache: the cached pages each show several features' data (decision 0044).</summary>
    public async Task ApplyAsync(IReadOnlyList<DataChange> changes, CancellationToken cancellationToken)
    {
        // The search index's own rows follow a change of the features' data, which evicted already.
        if (changes.All(c => c.Topic == DataChange.SearchTopic)) return;
        Interlocked.Increment(ref generation);
        // The store on first use: it is made from the options this policy is registered in.
        await services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, cancellationToken);
    }

    /// <summary>Anonymous reads only: a signed-in person (cookie or bearer token) sees their own view, never a cached one.</summary>
    private static bool IsCacheable(HttpContext http)
    {
        var request = http.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(request.Headers.Authorization);
    }

    // The hook points of the metrics (issue #14 item 5): a Meter can observe Hits and Misses.
    private void OnHit()
    {
        Interlocked.Increment(ref hits);
        Metrics.RecordCacheRequest(MetricsName, hit: true);
    }

    private void OnMiss()
    {
        Interlocked.Increment(ref misses);
        Metrics.RecordCacheRequest(MetricsName, hit: false);
    }

    /// <summary>This cache's name in the metrics' <c>cache</c> tag.</summary>
    public const string MetricsName = "pages";

    private Telemetry.AppMetrics Metrics => metrics ??= services.GetRequiredService<Telemetry.AppMetrics>();
    private Telemetry.AppMetrics? metrics;
}

public static class PublicPageCacheSetup
{
    /// <summary>
    /// The output cache with its one policy (<see cref="PublicPageCache"/>, a singleton as every change subscriber is);
    /// the memory it may take is bounded by <c>PublicPageCache:SizeLimitMegabytes</c> (32 by default).
    /// </summary>
    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(o =>
        {
            o.SizeLimit = configuration.GetValue("PublicPageCache:SizeLimitMegabytes", 32L) * 1024 * 1024;
            o.DefaultExpirationTimeSpan = PublicPageCache.Lifetime;
        });
        services.AddOptions<OutputCacheOptions>().Configure<PublicPageCache>((o, cache) => o.AddPolicy(PublicPageCache.Name, cache));
        return services;
    }
}
