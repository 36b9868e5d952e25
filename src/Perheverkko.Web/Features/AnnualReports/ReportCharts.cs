using System.Globalization;
using System.Net;
using System.Text;
using PdfSharp.Drawing;
using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>
/// Draws the report's charts by hand, as SVG for the web page and with PDFsharp for the PDF, from one layout: a value axis
/// from zero (or the smallest negative value) to a rounded maximum, categories along the bottom, lines or grouped bars, and a
/// legend. Hand-drawn rather than ScottPlot: see docs/annual-report.md. A null value is left out (a gap in a line, no bar).
/// </summary>
public static class ReportCharts
{
    public const double Width = 640;
    public const double Height = 300;
    private const double Left = 56, Right = 12, Top = 16, Bottom = 40, LegendRow = 16;

    /// <summary>Colours that keep 3:1 contrast against white (WCAG 1.4.11) and differ for common colour blindness.</summary>
    private static readonly string[] Palette = ["#0b5cad", "#b3541e", "#2e7d32", "#6a1b9a", "#ad1457", "#00695c", "#5d4037", "#37474f"];

    private sealed record Layout(double PlotLeft, double PlotTop, double PlotWidth, double PlotHeight, double Min, double Max, IReadOnlyList<double> Ticks,
        int LegendRows)
    {
        public double Y(double value) => PlotTop + PlotHeight - (value - Min) / (Max - Min) * PlotHeight;
        public double X(int index, int count, bool bars) => bars
            ? PlotLeft + PlotWidth * (index + 0.5) / count
            : PlotLeft + (count == 1 ? PlotWidth / 2 : PlotWidth * index / (count - 1));
    }

    public static double HeightOf(ReportChart chart) => Height + LegendRowsOf(chart) * LegendRow;

    private static int LegendRowsOf(ReportChart chart) => (chart.Series.Count + 2) / 3;

    private static Layout LayoutOf(ReportChart chart, double width)
    {
        var values = chart.Series.SelectMany(s => s.Values).OfType<double>().ToList();
        var max = values.Count == 0 ? 1 : Math.Max(values.Max(), 0);
        var min = values.Count == 0 ? 0 : Math.Min(values.Min(), 0);
        var step = NiceStep((max - min) / 5);
        max = Math.Ceiling(max / step) * step; min = Math.Floor(min / step) * step;
        if (max <= min) max = min + step;
        var ticks = new List<double>();
        for (var t = min; t <= max + step / 2; t += step) ticks.Add(Math.Round(t, 10));
        return new Layout(Left, Top, width - Left - Right, Height - Top - Bottom, min, max, ticks, LegendRowsOf(chart));
    }

    private static double NiceStep(double rough)
    {
        if (rough <= 0) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 100 || value == Math.Round(value) ? "0" : "0.#", CultureInfo.InvariantCulture);

    /// <summary>The chart as inline SVG; <paramref name="id"/> makes its title's id unique on the page.</summary>
    public static string Svg(ReportChart chart, string id)
    {
        var layout = LayoutOf(chart, Width);
        var height = HeightOf(chart);
        var e = (string s) => WebUtility.HtmlEncode(s);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title\" class=\"report-chart\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{e(chart.Title)}</title>");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        foreach (var tick in layout.Ticks)
        {
            var y = layout.Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{layout.PlotLeft:0.#}\" x2=\"{layout.PlotLeft + layout.PlotWidth:0.#}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#d0d0d0\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{layout.PlotLeft - 6:0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"12\" fill=\"#222\">{Number(tick)}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{layout.PlotTop + layout.PlotHeight / 2:0.#}\" font-size=\"12\" fill=\"#222\" transform=\"rotate(-90 12 {layout.PlotTop + layout.PlotHeight / 2:0.#})\" text-anchor=\"middle\">{e(chart.ValueLabel)}</text>");
        var bars = chart.Kind == ReportChartKind.Bar;
        var count = chart.Categories.Count;
        for (var c = 0; c < count; c++)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{layout.X(c, count, bars):0.#}\" y=\"{layout.PlotTop + layout.PlotHeight + 18:0.#}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#222\">{e(chart.Categories[c])}</text>");
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var colour = Palette[s % Palette.Length];
            var values = chart.Series[s].Values;
            if (bars)
            {
                var group = layout.PlotWidth / Math.Max(count, 1) * 0.8;
                var barWidth = group / Math.Max(chart.Series.Count, 1);
                for (var c = 0; c < count && c < values.Count; c++)
                {
                    if (values[c] is not { } v) continue;
                    var x = layout.X(c, count, true) - group / 2 + s * barWidth;
                    var (y0, y1) = (layout.Y(Math.Max(v, 0)), layout.Y(Math.Min(v, 0)));
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.##}\" y=\"{y0:0.##}\" width=\"{barWidth:0.##}\" height=\"{y1 - y0:0.##}\" fill=\"{colour}\"/>");
                }
            }
            else
            {
                var path = new StringBuilder();
                var pen = false;
                for (var c = 0; c < count && c < values.Count; c++)
                {
                    if (values[c] is not { } v) { pen = false; continue; }
                    path.Append(CultureInfo.InvariantCulture, $"{(pen ? "L" : "M")}{layout.X(c, count, false):0.##},{layout.Y(v):0.##} ");
                    pen = true;
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{layout.X(c, count, false):0.##}\" cy=\"{layout.Y(v):0.##}\" r=\"3\" fill=\"{colour}\"/>");
                }
                if (path.Length > 0) svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path.ToString().Trim()}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            }
            var (lx, ly) = LegendAt(s, layout);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx:0.#}\" y=\"{ly - 9:0.#}\" width=\"10\" height=\"10\" fill=\"{colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx + 14:0.#}\" y=\"{ly:0.#}\" font-size=\"12\" fill=\"#222\">{e(chart.Series[s].Name)}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{layout.PlotLeft:0.#}\" x2=\"{layout.PlotLeft:0.#}\" y1=\"{layout.PlotTop:0.#}\" y2=\"{layout.PlotTop + layout.PlotHeight:0.#}\" stroke=\"#222\"/>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static (double X, double Y) LegendAt(int series, Layout layout) =>
        (layout.PlotLeft + series % 3 * (layout.PlotWidth / 3), Height - 6 + series / 3 * LegendRow);

    /// <summary>The same chart drawn into the PDF's area (points; the width is the page's text width).</summary>
    public static void Draw(XGraphics g, XRect area, ReportChart chart)
    {
        var scale = area.Width / Width;
        var state = g.Save();
        g.TranslateTransform(area.X, area.Y);
        g.ScaleTransform(scale);
        var layout = LayoutOf(chart, Width);
        var font = EmbeddedFonts.Font(9);
        var ink = new XSolidBrush(XColor.FromArgb(0x22, 0x22, 0x22));
        foreach (var tick in layout.Ticks)
        {
            var y = layout.Y(tick);
            g.DrawLine(new XPen(XColor.FromArgb(0xd0, 0xd0, 0xd0), 0.6), layout.PlotLeft, y, layout.PlotLeft + layout.PlotWidth, y);
            g.DrawString(Number(tick), font, ink, new XRect(0, y - 6, layout.PlotLeft - 6, 12), XStringFormats.CenterRight);
        }
        var bars = chart.Kind == ReportChartKind.Bar;
        var count = chart.Categories.Count;
        for (var c = 0; c < count; c++)
            g.DrawString(chart.Categories[c], font, ink, new XRect(layout.X(c, count, bars) - 40, layout.PlotTop + layout.PlotHeight + 6, 80, 12), XStringFormats.TopCenter);
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var colour = XColor.FromArgb(Convert.ToInt32(Palette[s % Palette.Length][1..], 16) | unchecked((int)0xff000000));
            var brush = new XSolidBrush(colour);
            var pen = new XPen(colour, 2);
            var values = chart.Series[s].Values;
            XPoint? previous = null;
            for (var c = 0; c < count && c < values.Count; c++)
            {
                if (values[c] is not { } v) { previous = null; continue; }
                if (bars)
                {
                    var group = layout.PlotWidth / Math.Max(count, 1) * 0.8;
                    var barWidth = group / Math.Max(chart.Series.Count, 1);
                    var x = layout.X(c, count, true) - group / 2 + s * barWidth;
                    var (y0, y1) = (layout.Y(Math.Max(v, 0)), layout.Y(Math.Min(v, 0)));
                    g.DrawRectangle(brush, x, y0, barWidth, Math.Max(y1 - y0, 0.5));
                }
                else
                {
                    var point = new XPoint(layout.X(c, count, false), layout.Y(v));
                    if (previous is { } p) g.DrawLine(pen, p, point);
                    g.DrawEllipse(brush, point.X - 3, point.Y - 3, 6, 6);
                    previous = point;
                }
            }
            var (lx, ly) = LegendAt(s, layout);
            g.DrawRectangle(brush, lx, ly - 9, 10, 10);
            g.DrawString(chart.Series[s].Name, font, ink, new XRect(lx + 14, ly - 10, layout.PlotWidth / 3 - 16, 12), XStringFormats.TopLeft);
        }
        g.DrawLine(new XPen(XColor.FromArgb(0x22, 0x22, 0x22), 1), layout.PlotLeft, layout.PlotTop, layout.PlotLeft, layout.PlotTop + layout.PlotHeight);
        g.Restore(state);
    }
}
