using Ganss.Xss;
using Markdig;

namespace Perheverkko.Web.Platform.Text;

/// <summary>
/// Descriptions (agenda items, directory entries) are Markdown written by staff and read by anyone. Markdig turns
/// them into HTML and HtmlSanitizer removes anything that could run (scripts, event handlers, javascript: links) —
/// raw HTML typed into the Markdown included.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    public static string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline));
}
