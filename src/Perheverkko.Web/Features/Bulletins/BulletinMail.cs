using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Text;

namespace Perheverkko.Web.Features.Bulletins;

/// <summary>
/// The unsubscribe link's secret: the region and the normalised address, protected with ASP.NET Data Protection, so
/// nobody can make a link for someone else's address and nothing needs storing until the person uses it.
/// </summary>
public static class BulletinUnsubscribeTokens
{
    private const string Purpose = "Perheverkko.Bulletins.Unsubscribe.v1";

    public static string Protect(IDataProtectionProvider protection, Guid regionId, string email) =>
        protection.CreateProtector(Purpose).Protect($"{regionId:N}|{BulletinEmail.Normalise(email)}");

    /// <returns>The region and address, or null for a forged, altered or garbled token.</returns>
    public static (Guid RegionId, string Email)? Read(IDataProtectionProvider protection, string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000) return null;
        try
        {
            var parts = protection.CreateProtector(Purpose).Unprotect(token).Split('|', 2);
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var region) && parts[1].Length > 0 ? (region, parts[1]) : null;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return null;
        }
    }

    public static string PagePath(string token) => $"/bulletins/unsubscribe/{token}";
    public static string OneClickPath(string token) => $"/api/v1/bulletins/unsubscribe/{token}";
}

/// <summary>A bulletin's e-mail to one recipient: in their language (Finnish where the bulletin has no text in it), plain text and HTML.</summary>
internal static class BulletinMail
{
    public static EmailMessage Compose(Texts texts, Bulletin bulletin, BulletinRecipient recipient, string webCopyLink,
        string? unsubscribeLink, string? oneClickLink)
    {
        var language = recipient.Language;
        var subject = bulletin.Subject.In(language);
        var body = bulletin.Body.In(language);
        var text = $"{body.Trim()}\n\n-- \n{texts.In(language, "bulletins.mail.web_copy")} {webCopyLink}\n"
            + (unsubscribeLink is null ? texts.In(language, "bulletins.mail.required_note") + "\n"
                : $"{texts.In(language, "bulletins.mail.unsubscribe")} {unsubscribeLink}\n");
        var html = $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(subject)}</title></head><body>"
            + SafeMarkdown.ToSafeHtml(body)
            + $"<hr><p><a href=\"{WebUtility.HtmlEncode(webCopyLink)}\">{WebUtility.HtmlEncode(texts.In(language, "bulletins.mail.web_copy"))}</a></p>"
            + (unsubscribeLink is null ? $"<p>{WebUtility.HtmlEncode(texts.In(language, "bulletins.mail.required_note"))}</p>"
                : $"<p><a href=\"{WebUtility.HtmlEncode(unsubscribeLink)}\">{WebUtility.HtmlEncode(texts.In(language, "bulletins.mail.unsubscribe"))}</a></p>")
            + "</body></html>";
        // RFC 2369 and RFC 8058: a mail client's own unsubscribe button posts to the one-click address.
        var headers = unsubscribeLink is null || oneClickLink is null ? null : new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = $"<{oneClickLink}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        };
        return new EmailMessage([recipient.Email], subject, text, html, null, headers);
    }
}
