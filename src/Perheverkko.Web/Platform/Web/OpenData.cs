namespace Perheverkko.Web.Platform.Web;

/// <summary>
/// Cross-origin reading of the public read interfaces (issue #14 item 4): the HSDS API, the public GETs of /api/v1 and
/// the public iCalendar feeds. Any origin may read them, never with credentials (no cookies go with a "*" answer, so a
/// page elsewhere reads only what an anonymous visitor would); nothing else is opened. Each endpoint says so itself with
/// <see cref="AsOpenData{TBuilder}"/>, and a test checks that every such endpoint is an anonymous GET.
/// </summary>
public static class OpenData
{
    public const string CorsPolicy = "open-data";

    public static IServiceCollection AddOpenDataCors(this IServiceCollection services) =>
        services.AddCors(o => o.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("Accept", "Accept-Language", "If-None-Match", "If-Modified-Since")
            .WithExposedHeaders("Content-Language", "ETag", "Last-Modified")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

    public static TBuilder AsOpenData<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireCors(CorsPolicy);
}
