using System.Diagnostics;

namespace Perheverkko.Testing;

/// <summary>
/// The text of a PDF as a real reader sees it: Poppler's <c>pdftotext</c> (Debian's poppler-utils, installed by
/// test.sh). A PDF that Poppler cannot open fails the test.
/// </summary>
public static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"perheverkko-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", "-layout", file, "-"])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start.");
            var text = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"pdftotext could not read the PDF: {errors}");
            return text;
        }
        finally { File.Delete(file); }
    }

    /// <summary>Number of pages, from Poppler's <c>pdfinfo</c>.</summary>
    public static async Task<int> PageCountAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"perheverkko-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdfinfo", [file]) { RedirectStandardOutput = true })!;
            var info = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var line = info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally { File.Delete(file); }
    }
}
