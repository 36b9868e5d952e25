using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Perheverkko.Web.Platform.Documents;

/// <summary>
/// A plain document (minutes, certificates, lists) written top to bottom: a title, headings, wrapped
/// paragraphs, label–value fields and tables, with page breaks and "page n / N" footers done for you.
/// PDFsharp draws only; the layout is this class. The font (DejaVu Sans) is embedded in the app, so
/// the output does not depend on the fonts of the server. Usage: <c>new PdfReport("Title").Paragraph(...).ToBytes()</c>.
/// </summary>
public sealed class PdfReport
{
    private const double Margin = 56; // points: 2 cm
    private const double BodySize = 10;
    private const double LineGap = 1.35;

    private static readonly XFont Body = EmbeddedFonts.Font(BodySize);
    private static readonly XFont Bold = EmbeddedFonts.Font(BodySize, bold: true);
    private static readonly XFont Heading2 = EmbeddedFonts.Font(13, bold: true);
    private static readonly XFont Heading1 = EmbeddedFonts.Font(17, bold: true);
    private static readonly XFont Small = EmbeddedFonts.Font(8);

    private readonly PdfDocument document;
    private readonly string title;
    private XGraphics? page;
    private double y;

    public PdfReport(string title, string? subtitle = null, string language = "fi")
    {
        EmbeddedFonts.Register();
        document = new PdfDocument();
        this.title = title;
        document.Info.Title = title;
        document.Info.Creator = "Perheverkko";
        document.Language = language;
        NewPage();
        Write(title, Heading1, 0);
        if (!string.IsNullOrWhiteSpace(subtitle)) Write(subtitle, Body, 0);
        y += BodySize;
    }

    private double Width => document.Pages[0].Width.Point - 2 * Margin;
    private double Bottom => document.Pages[0].Height.Point - Margin - 14; // room for the footer

    public PdfReport Heading(string text)
    {
        y += BodySize * 0.8;
        // Keep a heading with at least two lines of what follows it.
        EnsureRoom(Heading2.Height * LineGap + 2 * Body.Height * LineGap);
        Write(text, Heading2, 0);
        y += 2;
        return this;
    }

    /// <summary>Wrapped text; line breaks in the text are kept, blank lines separate paragraphs.</summary>
    public PdfReport Paragraph(string text, bool bold = false)
    {
        Write(text, bold ? Bold : Body, 0);
        y += BodySize * 0.5;
        return this;
    }

    /// <summary>A label and its value side by side ("Paikka: Mikkeli"); the value wraps under itself.</summary>
    public PdfReport Field(string label, string? value)
    {
        const double labelWidth = 150;
        var lines = Wrap(value ?? "", Body, Width - labelWidth);
        EnsureRoom(Body.Height * LineGap);
        page!.DrawString(label, Bold, XBrushes.Black, new XRect(Margin, y, labelWidth - 8, Body.Height), XStringFormats.TopLeft);
        foreach (var line in lines)
        {
            EnsureRoom(Body.Height * LineGap);
            page!.DrawString(line, Body, XBrushes.Black, new XRect(Margin + labelWidth, y, Width - labelWidth, Body.Height), XStringFormats.TopLeft);
            y += Body.Height * LineGap;
        }
        return this;
    }

    /// <summary>
    /// A table with a bold header row repeated on every page. <paramref name="widths"/> are relative column
    /// widths (equal when null); cells wrap within their column.
    /// </summary>
    public PdfReport Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, IReadOnlyList<double>? widths = null)
    {
        var relative = widths ?? headers.Select(_ => 1.0).ToList();
        var total = relative.Sum();
        var columns = relative.Select(w => w / total * Width).ToList();
        y += 2;
        DrawRow(headers, columns, Bold, header: true);
        foreach (var row in rows) DrawRow(row, columns, Body, header: false);
        y += BodySize * 0.5;
        return this;

        void DrawRow(IReadOnlyList<string?> cells, List<double> columnWidths, XFont font, bool header)
        {
            var wrapped = cells.Select((c, i) => Wrap(c ?? "", font, columnWidths[i] - 6)).ToList();
            var height = wrapped.Max(w => Math.Max(1, w.Count)) * font.Height * LineGap + 4;
            if (!EnsureRoom(height) && !header)
            {
                // The header goes on top of the new page, then this row under it.
                DrawRow(headers, columnWidths, Bold, header: true);
            }
            var x = Margin;
            for (var i = 0; i < wrapped.Count; i++)
            {
                var lineY = y + 2;
                foreach (var line in wrapped[i])
                {
                    page!.DrawString(line, font, XBrushes.Black, new XRect(x + 3, lineY, columnWidths[i] - 6, font.Height), XStringFormats.TopLeft);
                    lineY += font.Height * LineGap;
                }
                x += columnWidths[i];
            }
            y += height;
            page!.DrawLine(header ? XPens.Black : XPens.LightGray, Margin, y, Margin + Width, y);
        }
    }

    /// <summary>A drawing (a chart) of the full text width and the given height in points, kept whole on one page.</summary>
    public PdfReport Drawing(double height, Action<XGraphics, XRect> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        EnsureRoom(height);
        draw(page!, new XRect(Margin, y, Width, height));
        y += height + BodySize * 0.5;
        return this;
    }

    public byte[] ToBytes()
    {
        page?.Dispose();
        page = null;
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var footer = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var footerY = document.Pages[i].Height.Point - Margin + 4;
            footer.DrawString(title, Small, XBrushes.Gray, new XRect(Margin, footerY, Width - 60, Small.Height), XStringFormats.TopLeft);
            footer.DrawString($"{i + 1} / {count}", Small, XBrushes.Gray, new XRect(Margin, footerY, Width, Small.Height), XStringFormats.TopRight);
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private void Write(string text, XFont font, double indent)
    {
        foreach (var line in Wrap(text, font, Width - indent))
        {
            EnsureRoom(font.Height * LineGap);
            page!.DrawString(line, font, XBrushes.Black, new XRect(Margin + indent, y, Width - indent, font.Height), XStringFormats.TopLeft);
            y += font.Height * LineGap;
        }
    }

    /// <returns>false when a new page had to be started.</returns>
    private bool EnsureRoom(double height)
    {
        if (y + height <= Bottom) return true;
        NewPage();
        return false;
    }

    private void NewPage()
    {
        page?.Dispose();
        var pdfPage = document.AddPage();
        pdfPage.Size = PdfSharp.PageSize.A4;
        page = XGraphics.FromPdfPage(pdfPage);
        y = Margin;
    }

    /// <summary>Breaks text into lines that fit the width: at spaces, and inside a word only when the word alone is too wide.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var measure = page!;
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (measure.MeasureString(candidate, font).Width <= width) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (measure.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && measure.MeasureString(line[..fit], font).Width > width) fit--;
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }
}

/// <summary>
/// DejaVu Sans (regular and bold) from the app's own resources, for every PDF the app writes (PDFsharp 6.2, MIT:
/// see docs/decisions/0013-pdf-documents.md).
/// </summary>
internal static class EmbeddedFonts
{
    public const string Family = "DejaVu Sans";
    private static readonly Lock Gate = new();

    public static XFont Font(double size, bool bold = false)
    {
        Register();
        return new XFont(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
    }

    public static void Register()
    {
        lock (Gate)
        {
            // PDFsharp allows one resolver per process, set before first use.
            if (GlobalFontSettings.FontResolver is Resolver) return;
            GlobalFontSettings.FontResolver = new Resolver();
        }
    }

    private sealed class Resolver : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[] GetFont(string faceName)
        {
            using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"Perheverkko.Web.Platform.Documents.Fonts.{faceName}.ttf")
                ?? throw new InvalidOperationException($"The font {faceName} is not embedded in the app.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
