namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>
/// One answer per browser without knowing who answered: the cookie lists only the ids of the surveys this browser has
/// answered — the same value for everyone who answered the same surveys, so it identifies no one, and nothing of it is
/// stored on the server. Clearing the cookie allows another answer; that is accepted (the survey is anonymous by design).
/// </summary>
public static class SurveyCookie
{
    public const string Name = "perheverkko.surveys";
    private const int MaxRemembered = 20;

    public static IReadOnlyCollection<Guid> Read(HttpRequest request) =>
        request.Cookies.TryGetValue(Name, out var value) && value is not null
            ? [.. value.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => Guid.TryParseExact(p, "N", out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)]
            : [];

    public static void Remember(HttpContext http, Guid surveyId)
    {
        var ids = Read(http.Request).Where(id => id != surveyId).Append(surveyId).TakeLast(MaxRemembered);
        http.Response.Cookies.Append(Name, string.Join('.', ids.Select(id => id.ToString("N"))), new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, Path = "/",
            MaxAge = TimeSpan.FromDays(400),
        });
    }

    /// <summary>
    /// Forgets the client's address for the rest of the request (the rate limiter has already counted it, in memory
    /// only): nothing written after this — an error's log line, an audit row — can carry it. The app writes no
    /// request log with addresses (no HTTP logging); this keeps it so for the survey even if one is added.
    /// </summary>
    public static void ForgetClientAddress(HttpContext http)
    {
        http.Connection.RemoteIpAddress = null;
        http.Connection.RemotePort = 0;
        http.Request.Headers.Remove("X-Forwarded-For");
        http.Request.Headers.Remove("X-Real-IP");
        http.Request.Headers.Remove("Forwarded");
    }
}
