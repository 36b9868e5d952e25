namespace Perheverkko.Web.Platform.Web;

/// <summary>
/// Absolute links for e-mails: under <c>PublicUrl</c> when set, else the address the current request came to (a job
/// has no request: then <c>PublicUrl</c> or the first listening address).
/// </summary>
public static class PublicLinks
{
    public static string Absolute(IConfiguration configuration, HttpContext? http, string path) =>
        Root(configuration, http) + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>The site's root address without a trailing slash: what feeds and sitemaps put in front of their paths.</summary>
    public static string Root(IConfiguration configuration, HttpContext? http) =>
        configuration["PublicUrl"] is { Length: > 0 } url ? url.TrimEnd('/')
            : http is not null ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"
            : (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "http://localhost:5080").Split(';')[0].TrimEnd('/');

    /// <summary>The root for the request being answered (its services hold the configuration).</summary>
    public static string Root(HttpContext http) => Root(http.RequestServices.GetRequiredService<IConfiguration>(), http);
}
