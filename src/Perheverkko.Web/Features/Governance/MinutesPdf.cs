using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// The approved minutes as a PDF for printing and the archive: the same sections as the minutes e-mail
/// (<see cref="MinutesMail.Sections"/>, in Finnish: the archived record), so the mail, the PDF and any later version say
/// the same thing: who was present, deputising and absent with their organisations, each item with its documents and
/// decision, and who approved the minutes and when.
/// </summary>
public static class MinutesPdf
{
    public static byte[] Write(Texts texts, Group group, Meeting meeting, MinutesFacts facts, int version, string? reason)
    {
        var report = new PdfReport($"Pöytäkirja – {group.Name.Fi}", InvitationMail.When(meeting) + (version > 1 ? $" · versio {version}" : ""));
        foreach (var (heading, lines) in MinutesMail.Sections(texts, Texts.DefaultLanguage, group, meeting, facts, url: null, version, reason))
        {
            report.Heading(heading);
            if (lines.Count == 0) report.Paragraph("–");
            foreach (var line in lines) report.Paragraph(line, bold: line.StartsWith("§ ", StringComparison.Ordinal));
        }
        return report.ToBytes();
    }

    public static string FileName(Group group, Meeting meeting) =>
        $"poytakirja-{group.Slug}-{meeting.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.pdf";
}
