using System.IO.Compression;
using System.Xml;

namespace Perheverkko.Web.Platform.Documents;

/// <summary>
/// Reads what an Office Open XML package (DOCX, XLSX) declares about its parts, without unpacking anything but its
/// small XML parts (each at most 1 MB, at most 1,000 relationship parts, no DTDs), and says whether it carries active
/// content: a VBA project or its signature, macro-enabled main parts, Excel 4.0 macro sheets, ActiveX controls, Word's
/// VBA data and key-map customisations, or a template attached from outside the package (remote template injection).
/// The declarations decide, not the part names: a macro project renamed "image1.png" is still declared as one. See
/// docs/materials.md ("Files").
/// </summary>
public static class OfficePackage
{
    private const int MaxPartBytes = 1024 * 1024;
    private const int MaxRelationshipParts = 1000;

    /// <summary>Content types (Default and Override) that are active content; compared without case, as parts of the type.</summary>
    public static readonly IReadOnlyList<string> ActiveContentTypes =
    [
        "application/vnd.ms-office.vbaProject",           // vbaProject.bin (also …vbaProjectSignature, …vbaProjectSignatureAgile)
        "macroEnabled",                                   // …document.macroEnabled.main+xml, …sheet.macroEnabled.main+xml, templates, add-ins
        "application/vnd.ms-excel.macrosheet",           // Excel 4.0 (XLM) macro sheets
        "application/vnd.ms-excel.intlmacrosheet",
        "application/vnd.ms-office.activeX",              // ActiveX controls (+xml and binary)
        "application/vnd.ms-word.vbaData",                // Word's VBA data (vbaData.xml)
        "application/vnd.ms-word.keyMapCustomizations",   // key bindings that run macros
    ];

    /// <summary>Relationship types that point at active content, by their last path segment (compared without case).</summary>
    public static readonly IReadOnlyList<string> ActiveRelationshipTypes =
    [
        "/vbaProject", "/vbaProjectSignature", "/vbaProjectSignatureAgile", "/wordVbaData", "/keyMapCustomizations",
        "/xlMacrosheet", "/xlIntlMacrosheet", "/activeXControlBinary", "/control",
    ];

    /// <summary>A template attached from outside the package is fetched (and its macros run) when the document opens.</summary>
    private const string AttachedTemplate = "/attachedTemplate";

    /// <summary>The part's bytes, or null when it is larger than 1 MB.</summary>
    public static byte[]? ReadPart(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxPartBytes) return null;
        using var stream = entry.Open();
        var buffer = new byte[MaxPartBytes + 1];
        var total = 0;
        int read;
        // The declared length is not trusted: read at most one byte past the limit.
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
        return total > MaxPartBytes ? null : buffer[..total];
    }

    /// <summary>Every content type [Content_Types].xml declares, Default and Override.</summary>
    public static HashSet<string> ContentTypes(byte[] xml) =>
        Attributes(xml, "ContentType", "Default", "Override").Select(a => a.Value).ToHashSet(StringComparer.Ordinal);

    public static bool IsActiveContentType(string contentType) =>
        ActiveContentTypes.Any(t => contentType.Contains(t, StringComparison.OrdinalIgnoreCase));

    public static bool IsActiveRelationship(string type, string? targetMode) =>
        ActiveRelationshipTypes.Any(t => type.EndsWith(t, StringComparison.OrdinalIgnoreCase))
        || (type.EndsWith(AttachedTemplate, StringComparison.OrdinalIgnoreCase) && string.Equals(targetMode, "External", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// False when any declared content type or any relationship of any relationship part (_rels/.rels and every
    /// **/_rels/*.rels) is active content, when a part is named like a VBA project, or when a relationship part is
    /// too large or too many to read.
    /// </summary>
    public static bool IsFreeOfActiveContent(ZipArchive zip, IEnumerable<string> contentTypes)
    {
        if (contentTypes.Any(IsActiveContentType)) return false;
        if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))) return false;
        var relationshipParts = zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
            && ("/" + e.FullName.Replace('\\', '/')).Contains("/_rels/", StringComparison.OrdinalIgnoreCase)).ToList();
        if (relationshipParts.Count > MaxRelationshipParts) return false;
        foreach (var part in relationshipParts)
        {
            if (ReadPart(part) is not { } xml) return false;
            foreach (var relationship in Relationships(xml))
                if (IsActiveRelationship(relationship.Type, relationship.TargetMode)) return false;
        }
        return true;
    }

    private static IEnumerable<(string Type, string? TargetMode)> Relationships(byte[] xml)
    {
        using var reader = Reader(xml);
        while (reader.Read())
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship")
                yield return (reader.GetAttribute("Type") ?? "", reader.GetAttribute("TargetMode"));
    }

    private static List<(string Element, string Value)> Attributes(byte[] xml, string attribute, params string[] elements)
    {
        var found = new List<(string, string)>();
        using var reader = Reader(xml);
        while (reader.Read())
            if (reader.NodeType == XmlNodeType.Element && elements.Contains(reader.LocalName) && reader.GetAttribute(attribute) is { } value)
                found.Add((reader.LocalName, value));
        return found;
    }

    /// <summary>No DTDs, no external resolution: a package's XML is data, never instructions to fetch anything. The encoding is the part's own (BOM or declaration).</summary>
    private static XmlReader Reader(byte[] xml) =>
        XmlReader.Create(new MemoryStream(xml, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
}
