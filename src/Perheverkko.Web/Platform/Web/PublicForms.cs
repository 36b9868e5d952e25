namespace Perheverkko.Web.Platform.Web;

/// <summary>What every public form shares: one rate limit per client address, and a honeypot field people never see.</summary>
public static class PublicForms
{
    /// <summary>The rate limit policy of public forms: <c>RateLimits__PublicFormPerMinute</c> posts per client address (default 5).</summary>
    public const string RateLimit = "public-form";

    /// <summary>
    /// The name of a hidden field a person leaves empty and a form-filling robot fills: a post with it is answered as if
    /// it had been sent, and nothing is stored or mailed. No third-party CAPTCHA, no script.
    /// </summary>
    public const string Honeypot = "website";

    public static bool IsRobot(HttpRequest request) =>
        request.HasFormContentType && request.Form.TryGetValue(Honeypot, out var value) && !string.IsNullOrWhiteSpace(value);
}
