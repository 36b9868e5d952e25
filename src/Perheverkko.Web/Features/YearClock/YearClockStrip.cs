using System.Globalization;
using System.Net;
using System.Text;

namespace Perheverkko.Web.Features.YearClock;

/// <summary>
/// The year view's twelve-month strip as SVG, drawn on the server (no script): one column per month, one bar per task
/// over its months, and the live entries (meetings, signing rounds) as dots on the bottom row. It is an image with a
/// title and description; the page's table by month is its text alternative.
/// </summary>
public static class YearClockStrip
{
    private const int Column = 60, Row = 22, Top = 26;

    /// <param name="monthNames">The twelve months' names in the reader's language.</param>
    public static string Render(YearClockView view, IReadOnlyList<string> monthNames, string language, string title, string description)
    {
        var height = Top + (view.Tasks.Count + 1) * Row + 8;
        var svg = new StringBuilder();
        string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        string E(string text) => WebUtility.HtmlEncode(text);
        svg.Append($"<svg viewBox=\"0 0 {N(12 * Column)} {N(height)}\" width=\"100%\" role=\"img\" aria-labelledby=\"yc-title yc-desc\" class=\"year-clock-strip\">");
        svg.Append($"<title id=\"yc-title\">{E(title)}</title><desc id=\"yc-desc\">{E(description)}</desc>");
        for (var m = 1; m <= 12; m++)
        {
            svg.Append($"<rect x=\"{N((m - 1) * Column)}\" y=\"0\" width=\"{N(Column)}\" height=\"{N(height)}\" fill=\"{(m % 2 == 0 ? "#eef1f4" : "#ffffff")}\"/>");
            var name = monthNames[m - 1];
            svg.Append($"<text x=\"{N((m - 1) * Column + Column / 2)}\" y=\"16\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1a1a1a\">{E(name.Length > 3 ? name[..3] : name)}</text>");
        }
        for (var n = 0; n < view.Tasks.Count; n++)
        {
            var t = view.Tasks[n];
            var y = Top + n * Row;
            var label = t.Title.In(language);
            var width = (t.EndMonth - t.StartMonth + 1) * Column - 4;
            // About 5.5 units per character at this size: longer titles are cut to the bar (the table has them whole).
            var fits = Math.Max(3, (Math.Max(width, 4 * Column) - 8) / 6);
            if (label.Length > fits) label = label[..(fits - 1)] + "…";
            svg.Append($"<rect x=\"{N((t.StartMonth - 1) * Column + 2)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(Row - 4)}\" rx=\"4\" fill=\"#0b5cad\"/>");
            svg.Append($"<text x=\"{N((t.StartMonth - 1) * Column + 6)}\" y=\"{N(y + 13)}\" font-size=\"10\" fill=\"{(width >= 4 * Column - 4 ? "#ffffff" : "#1a1a1a")}\">{E(label)}</text>");
        }
        var liveY = Top + view.Tasks.Count * Row + 9;
        foreach (var l in view.Live)
        {
            var x = (l.Month - 1) * Column + (l.Day?.Day ?? 15) * Column / 31;
            svg.Append($"<circle cx=\"{N(x)}\" cy=\"{N(liveY)}\" r=\"5\" fill=\"{Colour(l.Kind)}\"/>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Colour(LiveEntryKind kind) => kind switch
    {
        LiveEntryKind.Meeting => "#8a3b00",
        LiveEntryKind.Signing => "#2e6b2e",
        LiveEntryKind.EvaluationDue => "#6b2e6b",
        _ => "#1a5c5c",
    };
}
