using System.IO.Compression;
using System.Text;
namespace Perheverkko.Web.Platform.Documents;

public sealed record AttachmentType(string Extension, string MediaType);

/// <summary>
/// Which files may be attached: PDF, Word and Excel documents without macros, recognised by their content, not by the
/// name or the type the browser claims. DOCX and XLSX are ZIP containers; only their <c>[Content_Types].xml</c> part is
/// read (and at most 1 MB of it), so a ZIP bomb is never unpacked.
/// </summary>
public static class AttachmentFiles
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The longest file name kept (the agenda documents' name column).</summary>
    public const int MaxNameLength = 200;

    /// <summary>The request body limit of the upload endpoints: the file plus room for a multipart envelope.</summary>
    public const long MaxRequestBytes = MaxBytes + 1024 * 1024;

    public static readonly AttachmentType Pdf = new(".pdf", "application/pdf");
    public static readonly AttachmentType Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly AttachmentType Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static readonly IReadOnlyList<AttachmentType> Allowed = [Pdf, Docx, Xlsx];

    private const string DocxMainPart = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string XlsxMainPart = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <returns>The type the content is, when it is an allowed one and the file name's extension says the same.</returns>
    public static AttachmentType? Recognise(string fileName, byte[] content)
    {
        var type = Sniff(content);
        return type is not null && string.Equals(Path.GetExtension(fileName), type.Extension, StringComparison.OrdinalIgnoreCase) ? type : null;
    }

    private static AttachmentType? Sniff(byte[] content)
    {
        if (UploadedFile.IsPdf(content)) return Pdf;
        if (!content.AsSpan().StartsWith("PK\x03\x04"u8)) return null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            // A macro project makes a document something else than the plain type it claims to be.
            if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))) return null;
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > 1024 * 1024) return null;
            using var reader = new StreamReader(types.Open(), Encoding.UTF8);
            var xml = reader.ReadToEnd();
            return xml.Contains(DocxMainPart, StringComparison.Ordinal) ? Docx
                : xml.Contains(XlsxMainPart, StringComparison.Ordinal) ? Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A file name safe to store and to send back: no folders, no control characters, at most 200 characters.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"' and not '/').ToArray()).Trim();
        if (name.Length > MaxNameLength) name = name[^MaxNameLength..];
        return name.Length == 0 ? "liite" : name;
    }
}
