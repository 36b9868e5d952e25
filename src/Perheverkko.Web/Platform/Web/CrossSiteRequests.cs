using Microsoft.AspNetCore.Antiforgery;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Platform.Web;

/// <summary>
/// Cross-site request forgery on the API (issue #12 item 6). A browser sends the sign-in cookie with any request, also
/// one a page of another site makes it send, so an API write that rides on the cookie must prove it comes from one of
/// our own pages: it carries the antiforgery token in the <see cref="HeaderName"/> header (a page's script reads it from
/// the page's form field <c>__csrf</c>), and neither <c>Origin</c> nor <c>Sec-Fetch-Site</c> names another site.
/// A request with a bearer token carries no ambient authority (a page elsewhere cannot add it) and is not checked; nor is
/// an anonymous one (a public form's post through the API: it acts with nobody's rights, and the rate limit guards it).
/// A refusal is 403 ProblemDetails with the code <see cref="Code"/>, audited as denied.
/// </summary>
public static class CrossSiteRequests
{
    /// <summary>The header an API call made from a signed-in page carries the antiforgery token in.</summary>
    public const string HeaderName = "X-CSRF-Token";
    public const string Code = "request.cross_site";

    /// <summary>
    /// Pages read their token from the form only (they work without script): the header is the API's way. Without this, a
    /// header set once on a client would stand in for every form's own token.
    /// </summary>
    public static IApplicationBuilder UseCrossSiteRequestGuard(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (!Problems.IsApi(context.Request)) context.Request.Headers.Remove(HeaderName);
            await next(context);
        });
        return app.UseWhen(c => Problems.IsApi(c.Request) && IsStateChanging(c.Request.Method), api => api.Use(async (context, next) =>
        {
            if (IsCookieAuthenticated(context) && await RefusalAsync(context) is { } reason)
            {
                var audit = context.RequestServices.GetRequiredService<AuditLog>();
                await audit.RecordNowAsync(context.Actor(), AuditEvent.CrossSiteRequestRefused, AuditOutcome.Denied, "request", null,
                    $"{reason} on {context.Request.Method} {context.Request.Path}", context.RequestAborted);
                await Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "A signed-in browser's API write needs the page's antiforgery token and must come from this site.",
                    Extensions = { [Problems.CodeKey] = Code },
                }).ExecuteAsync(context);
                return;
            }
            await next(context);
        }));
    }

    /// <summary>
    /// The sign-in and antiforgery cookies go over HTTPS only outside Development (<c>Cookies:SecureOnly</c>, default true
    /// there): a developer's machine and the test server speak plain HTTP.
    /// </summary>
    public static CookieSecurePolicy CookiePolicy(WebApplicationBuilder builder) =>
        builder.Configuration.GetValue("Cookies:SecureOnly", !builder.Environment.IsDevelopment()) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static bool IsStateChanging(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    /// <summary>Signed in, and not by a bearer token: by the cookie (the same test AccessSetup's scheme selector makes).</summary>
    private static bool IsCookieAuthenticated(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the request is refused, or null when it may go on.</summary>
    private static async Task<string?> RefusalAsync(HttpContext context)
    {
        var fetchSite = context.Request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite is "cross-site" or "same-site") return "Sec-Fetch-Site: " + fetchSite;
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsOwnOrigin(context.Request, origin)) return "another origin";
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return "no valid antiforgery token";
        }
    }

    /// <summary>The request's own scheme and host (after the trusted proxy's forwarded headers); "null" is an opaque origin, never ours.</summary>
    private static bool IsOwnOrigin(HttpRequest request, string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}", request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
