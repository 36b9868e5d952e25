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
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || OfficePackage.ReadPart(types) is not { } typesXml) return null;
            var contentTypes = OfficePackage.ContentTypes(typesXml);
            // Active content makes a document something else than the plain type it claims to be, whatever its parts are called.
            if (!OfficePackage.IsFreeOfActiveContent(zip, contentTypes)) return null;
            return contentTypes.Contains(DocxMainPart) ? Docx
                : contentTypes.Contains(XlsxMainPart) ? Xlsx
                : null;
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException)
        {
            return null;
        }
    }

    /// <summary>Characters a file name never keeps besides <see cref="Rules.InputText.HasForbiddenCharacters"/>: folders, quotes, what Windows refuses, bidirectional marks, BOM.</summary>
    private static bool DroppedFromName(char c) =>
        char.IsControl(c) || Rules.InputText.HasForbiddenCharacters(c.ToString())
        || c is '"' or '/' or '\\' or ':' or '<' or '>' or '|' or '?' or '*' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF';

    /// <summary>
    /// A file name safe to store and to send back: Unicode NFC, no folders, no control or bidirectional characters (a
    /// name like "lasku\u202Efdp.exe" must not show as "laskuexe.pdf"), no characters Windows refuses, no trailing dots
    /// or spaces, at most 200 characters with its extension kept.
    /// </summary>
    public static string SafeName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Normalize(System.Text.NormalizationForm.FormC).Where(c => !DroppedFromName(c)).ToArray()).Trim().TrimEnd('.', ' ');
        if (name.Length > MaxNameLength)
        {
            var extension = Path.GetExtension(name);
            if (extension.Length > 20) extension = "";
            var stem = name[..(MaxNameLength - extension.Length)];
            if (char.IsHighSurrogate(stem[^1])) stem = stem[..^1]; // never half a character
            name = stem.TrimEnd('.', ' ') + extension;
        }
        return name.Length == 0 || name.All(c => c == '.') ? "liite" : name;
    }
}
