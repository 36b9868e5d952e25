using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Perheverkko.Testing.Ptv;

/// <summary>
/// The national service catalogue PTV faked on a loopback port, answering in PTV's real JSON shapes (Open API v11): the
/// public read side (<c>FakePtv.OpenApi.cs</c>), the organisation's token and the input side (<c>FakePtv.InputApi.cs</c>).
/// Its "database" is the JSON PTV itself would serve, so an export can be read back by an import as PTV would serve it.
/// Point the app at it with <see cref="Settings"/>. <see cref="FailNext"/> makes the next requests answer an error (401,
/// 404, 429 with Retry-After, 500) so retries and refusals are exercised through the real HTTP client.
/// </summary>
public sealed partial class FakePtv : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(string PathPrefix, int Status)> failures = new();

    private FakePtv(WebApplication app) => this.app = app;

    public string BaseAddress { get; private set; } = "";

    /// <summary>Services as PTV's Open API serves them (<c>V11VmOpenApiService</c>), by PTV id.</summary>
    public ConcurrentDictionary<Guid, JsonObject> Services { get; } = new();

    /// <summary>Service-location channels as PTV's Open API serves them (<c>V11VmOpenApiServiceLocationChannel</c>), by PTV id.</summary>
    public ConcurrentDictionary<Guid, JsonObject> ServiceLocations { get; } = new();

    /// <summary>Every request as "METHOD path?query", in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The app's settings that point it at this fake.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Ptv:ApiBaseAddress"] = BaseAddress,
        ["Ptv:TokenAddress"] = BaseAddress + "/api/auth/api-login",
    };

    public static async Task<FakePtv> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakePtv(builder.Build());
        fake.app.Use(async (context, next) =>
        {
            fake.Requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            if (fake.failures.TryPeek(out var failure) && context.Request.Path.StartsWithSegments(failure.PathPrefix) && fake.failures.TryDequeue(out _))
            {
                context.Response.StatusCode = failure.Status;
                if (failure.Status == StatusCodes.Status429TooManyRequests) context.Response.Headers.RetryAfter = "1";
                return;
            }
            await next(context);
        });
        fake.MapOpenApi();
        fake.MapInputApi();
        await fake.app.StartAsync();
        fake.BaseAddress = fake.app.Urls.Single().TrimEnd('/');
        return fake;
    }

    /// <summary>The next request whose path starts with <paramref name="pathPrefix"/> answers <paramref name="status"/> (queued in order).</summary>
    public void FailNext(string pathPrefix, int status) => failures.Enqueue((pathPrefix, status));

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    partial void MapOpenApi();
    partial void MapInputApi();
}
