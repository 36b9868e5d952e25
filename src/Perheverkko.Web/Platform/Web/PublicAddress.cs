using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Perheverkko.Web.Platform.Web;

/// <summary>
/// The one address every absolute link starts with: e-mails, feeds, sitemaps, calendar entries. It is the setting
/// <c>PublicUrl</c>; without it Development (and any environment but Production) uses the address the app listens on,
/// and Production does not start (<see cref="RequireAtStart"/>): a link made from whatever request or job happened to
/// run would send a recipient to an internal host name, or to nothing at all. Decision 0040.
/// </summary>
public sealed class PublicAddress(IConfiguration configuration, IHostEnvironment environment, IServiceProvider services)
{
    public const string Setting = "PublicUrl";

    /// <summary>The site's root address without a trailing slash, e.g. <c>https://perheverkko.example</c>.</summary>
    /// <remarks>Read on each call, not once: a test harness learns its port only after the server has started.</remarks>
    public string Root => Configured(configuration) ?? (environment.IsProduction() ? throw Missing() : Listening());

    /// <summary>The absolute address of a path of this site.</summary>
    public string Absolute(string path) => Root + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>
    /// Stops the web app at start when Production has no <c>PublicUrl</c>, or when the setting is not an absolute
    /// http(s) address in any environment, with the reason.
    /// </summary>
    public static void RequireAtStart(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration[Setting] is { Length: > 0 } value
            && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0))
            throw new InvalidOperationException($"{Setting} must be the site's absolute http(s) address, like https://perheverkko.example, not '{value}'.");
        if (environment.IsProduction() && Configured(configuration) is null) throw Missing();
    }

    private static string? Configured(IConfiguration configuration) =>
        configuration[Setting] is { Length: > 0 } url ? url.Trim().TrimEnd('/') : null;

    private static InvalidOperationException Missing() => new(
        $"{Setting} must be set in Production to the address people reach the app at (e.g. {Setting}=https://perheverkko.example): " +
        "every link in the e-mails the app sends starts with it (docs/decisions/0040-public-address.md).");

    /// <summary>
    /// The first address the server listens on (a wildcard host read as localhost); before the server has started (a
    /// command line), the configured <c>urls</c>, else Kestrel's default.
    /// </summary>
    private string Listening()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses is { Count: > 0 } ? addresses.First()
            : (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "http://localhost:5000").Split(';')[0];
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::") uri.Host = "localhost";
        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
