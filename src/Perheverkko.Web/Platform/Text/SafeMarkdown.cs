using Ganss.Xss;
using Markdig;

namespace Perheverkko.Web.Platform.Text;

/// <summary>
/// Descriptions (agenda items, directory entries) are Markdown written by staff and read by anyone. Markdig turns
/// them into HTML and HtmlSanitizer removes anything that could run (scripts, event handlers, javascript: links) —
/// raw HTML typed into the Markdown included.
/// </summary>
public static partial class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

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
