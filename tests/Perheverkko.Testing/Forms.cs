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
        var response = await client.PostAsync(action ?? pagePath, new FormUrlEncodedContent(form));
        // Signed in (after the password, or after the second factor): the API calls now carry the user's token.
        if (pagePath.StartsWith("/sign-in", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.Redirect) await UseApiTokenAsync(client);
        return response;
    }

    /// <summary>A multipart form with files, as a browser posts a file upload, with the page's antiforgery token unless told otherwise.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string pagePath, IDictionary<string, string> fields,
        IEnumerable<(string Field, string FileName, string ContentType, byte[] Content)> files, string? action = null, bool withToken = true)
    {
        var page = await client.GetAsync(pagePath);
        if (page.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {pagePath}: {page.StatusCode}");
        var token = CsrfField().Match(await page.Content.ReadAsStringAsync());
        if (!token.Success) throw new InvalidOperationException($"No antiforgery field on {pagePath}.");
        var form = new MultipartFormDataContent();
        if (withToken) form.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__csrf");
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        foreach (var (field, fileName, contentType, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            form.Add(part, field, fileName);
        }
        return await client.PostAsync(action ?? pagePath, form);
    }

    /// <summary>
    /// Signs in through the real sign-in form; the client keeps the cookie and, once signed in, sends the antiforgery
    /// token with its API writes (<see cref="UseApiTokenAsync"/>).
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Perheverkko.Web.Features.Accounts.DemoData.Password)
        => await PostAsync(client, "/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>
    /// What a signed-in page's script does before it calls the API: reads the antiforgery token from the page's form
    /// field and sends it in the header (CrossSiteRequests); the app reads the header on the API only, so forms still
    /// need their own field. Nothing happens when the client is not signed in (yet); a post to a sign-in form that
    /// redirects calls it again, so after the second factor the client has the token too.
    /// </summary>
    public static async Task UseApiTokenAsync(HttpClient client, string pagePath = "/staff")
    {
        client.DefaultRequestHeaders.Remove(Perheverkko.Web.Platform.Web.CrossSiteRequests.HeaderName);
        using var page = await client.GetAsync(pagePath);
        if (page.StatusCode != HttpStatusCode.OK) return;
        var token = CsrfField().Match(await page.Content.ReadAsStringAsync());
        if (token.Success) client.DefaultRequestHeaders.Add(Perheverkko.Web.Platform.Web.CrossSiteRequests.HeaderName, WebUtility.HtmlDecode(token.Groups[1].Value));
    }

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
