using System.Net;
using System.Text.RegularExpressions;

namespace Perheverkko.Testing;

/// <summary>Posts HTML forms as a browser does: with the antiforgery token of the page the form is on.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pagePath, IDictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetAsync(pagePath);
        if (page.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {pagePath}: {page.StatusCode}");
        var html = await page.Content.ReadAsStringAsync();
        var token = CsrfField().Match(html);
        if (!token.Success) throw new InvalidOperationException($"No antiforgery field on {pagePath}.");
        var form = new Dictionary<string, string>(fields) { ["__csrf"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(action ?? pagePath, new FormUrlEncodedContent(form));
    }

    /// <summary>Signs in through the real sign-in form; the client keeps the cookie.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Perheverkko.Web.Features.Accounts.DemoData.Password) =>
        await PostAsync(client, "/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
