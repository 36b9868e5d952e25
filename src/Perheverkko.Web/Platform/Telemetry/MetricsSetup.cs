using System.Security.Cryptography;
using System.Text;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Platform.Telemetry;

/// <summary>
/// OpenTelemetry metrics (issue #14 item 5): ASP.NET Core's meters (<c>http.server.request.duration</c> per route and
/// status), the runtime's and the app's own (<see cref="AppMetrics"/>), exported only when configured:
/// <list type="bullet">
/// <item><c>Metrics__Prometheus=true</c>: the scraping endpoint <c>/metrics</c> (Prometheus text format). Metrics
/// tell the traffic, so a scrape is admitted only from <c>Metrics__ScrapeNetworks</c> (CIDR ranges, comma-separated;
/// the loopback addresses when not set) or with <c>Authorization: Bearer</c> and the secret <c>Metrics__ScrapeToken</c>;
/// anyone else is refused with 403 whether or not the exporter is on.</item>
/// <item><c>Metrics__Otlp=true</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (with <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>,
/// <c>_HEADERS</c>, <c>OTEL_METRIC_EXPORT_INTERVAL</c>): pushed to an OpenTelemetry collector.</item>
/// </list>
/// Neither is on by default, and then no OpenTelemetry pipeline is built at all (docs/operations.md).
/// </summary>
public static class MetricsSetup
{
    public const string Section = "Metrics";
    public const string ScrapePath = "/metrics";

    public static WebApplicationBuilder AddPerheverkkoMetrics(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSingleton<AppMetrics>();
        builder.Services.AddSingleton(ScrapeAdmission.FromConfiguration(configuration.GetSection(Section)));
        var prometheus = configuration.GetValue<bool>($"{Section}:Prometheus");
        var otlp = configuration.GetValue<bool>($"{Section}:Otlp") || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!prometheus && !otlp) return builder;
        builder.Services.AddOpenTelemetry()
            // Each instance is told apart by the service.instance.id the SDK makes (OTLP); a scrape knows its target anyway.
            .ConfigureResource(resource => resource.AddService("perheverkko"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter(AppMetrics.MeterName, "System.Runtime");
                if (prometheus) metrics.AddPrometheusExporter();
                if (otlp) metrics.AddOtlpExporter();
            });
        return builder;
    }

    /// <summary>
    /// <c>/metrics</c> is always mapped, so who may read it is declared in one place (the authorization matrix lists it):
    /// a caller who is not admitted gets 403; an admitted one the Prometheus text, or 404 while the exporter is off.
    /// </summary>
    public static void MapMetrics(this WebApplication app)
    {
        var admission = app.Services.GetRequiredService<ScrapeAdmission>();
        if (app.Configuration.GetValue<bool>($"{Section}:Prometheus"))
        {
            app.MapPrometheusScrapingEndpoint(ScrapePath, meterProvider: null, optionsName: null, configureBranchedPipeline: scrape => scrape.Use((context, next) =>
            {
                if (admission.Admits(context)) return next(context);
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            })).AllowAnonymous().ExcludeFromDescription();
        }
        else
        {
            app.Map(ScrapePath, context =>
            {
                context.Response.StatusCode = admission.Admits(context) ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }).AllowAnonymous().ExcludeFromDescription();
        }
    }
}

/// <summary>Who may read <c>/metrics</c>: a connection from one of the scrape networks, or the scrape token.</summary>
public sealed class ScrapeAdmission(IReadOnlyList<System.Net.IPNetwork> networks, byte[]? tokenHash)
{
    private static readonly System.Net.IPNetwork[] Loopback = [System.Net.IPNetwork.Parse("127.0.0.0/8"), System.Net.IPNetwork.Parse("::1/128")];

    public static ScrapeAdmission FromConfiguration(IConfigurationSection section)
    {
        var networks = TrustedProxies.Values(section.GetSection("ScrapeNetworks")).Select(value =>
            System.Net.IPNetwork.TryParse(value, out var network) ? network
                : throw new InvalidOperationException($"Metrics:ScrapeNetworks: '{value}' is not a network in CIDR notation (e.g. 10.0.0.0/8).")).ToList();
        var token = section["ScrapeToken"];
        return new ScrapeAdmission(networks.Count > 0 ? networks : Loopback,
            string.IsNullOrWhiteSpace(token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));
    }

    /// <summary>
    /// The address is the one the forwarded headers leave (TrustedProxies): a scrape through the load balancer comes
    /// from its client, not from the balancer, so scrape each instance at its own address.
    /// </summary>
    public bool Admits(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is { } address)
        {
            var client = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
            if (networks.Any(n => n.Contains(client))) return true;
        }
        if (tokenHash is null) return false;
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        // Compared as hashes in constant time: neither the token's length nor its first wrong letter shows in the timing.
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim())), tokenHash);
    }
}
