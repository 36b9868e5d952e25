using Ganss.Xss;
using Markdig;

namespace Perheverkko.Web.Platform.Text;

/// <summary>
/// Descriptions (agenda items, directory entries) are Markdown written by staff and read by anyone. Markdig turns
/// them into HTML and HtmlSanitizer removes anything that could run (scripts, event handlers, javascript: links) —
/// raw HTML typed into the Markdown included. A description is text, so forms and their controls are dropped too (a
/// fake sign-in form inside a public description would ask families for their data), and so are images from other
/// origins (a tracking pixel would tell a third party who reads the page). The Content-Security-Policy stays as the
/// second line (issue #12 item 4).
/// </summary>
public static partial class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    // Before the sanitizer: static fields are initialised in the order they are written.
    private static readonly string[] FormTags = ["form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "output", "fieldset", "legend", "label"];
    private static readonly HtmlSanitizer Sanitizer = Create();

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in FormTags) sanitizer.AllowedTags.Remove(tag);
        sanitizer.PostProcessDom += (_, e) =>
        {
            foreach (var image in e.Document.QuerySelectorAll("img").ToList())
                if (!IsSameOrigin(image.GetAttribute("src"))) image.Remove();
        };
        return sanitizer;
    }

    /// <summary>A path on this site ("/kuvat/x.png"), not an address elsewhere ("https://…", "//host/…", "data:…").</summary>
    private static bool IsSameOrigin(string? url) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] != '/' && url[1] != '\\';

    public static string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline));

    /// <summary>The text a reader sees, without markup or link targets: for calendar files and structured data.</summary>
    public static string ToPlainText(string? markdown) =>
        System.Net.WebUtility.HtmlDecode(Tags().Replace(ToSafeHtml(markdown), " ")).Trim() is var text ? Spaces().Replace(text, " ") : "";

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex Tags();

    [System.Text.RegularExpressions.GeneratedRegex("[ \t]+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();
}
