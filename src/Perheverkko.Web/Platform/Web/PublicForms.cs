namespace Perheverkko.Web.Platform.Web;

/// <summary>
/// The forms anyone may send without signing in (accessibility feedback, a family's contact): they share one rate
/// limit per client address, <c>RateLimits:PublicFormPerMinute</c> (default 5), counted on submissions only, and a
/// hidden honeypot field that people do not see and simple robots fill in. No third-party CAPTCHA, no script.
/// </summary>
public static class PublicForms
{
    /// <summary>The rate-limit policy of public form submissions (Hosting/AppSetup).</summary>
    public const string RateLimit = "public-form";

    /// <summary>
    /// The honeypot field's name: a plausible one, so a robot fills it in. A post with it is answered as if it had been
    /// sent, and nothing is stored or mailed.
    /// </summary>
    public const string Honeypot = "Website";
}
