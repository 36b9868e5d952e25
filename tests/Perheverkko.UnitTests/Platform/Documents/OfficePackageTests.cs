using System.IO.Compression;
using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.UnitTests.Platform.Documents;

/// <summary>Issue #12 item 5: a package is refused for what it declares, whatever its parts are called.</summary>
public sealed class OfficePackageTests
{
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static byte[] Package(string main, string? extraTypes = null, params (string Name, string Text)[] parts)
    {
        var types = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                    $"<Override PartName=\"/main.xml\" ContentType=\"{main}\"/>{extraTypes}</Types>";
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("[Content_Types].xml", types),
                         ("_rels/.rels", Rels(("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "main.xml", null))),
                         ("main.xml", "<document/>") }.Concat(parts))
                using (var writer = new StreamWriter(zip.CreateEntry(name).Open())) writer.Write(text);
        }
        return buffer.ToArray();
    }

    private static string Rels(params (string Type, string Target, string? Mode)[] relationships) =>
        $"<Relationships xmlns=\"{Relationships}\">" + string.Concat(relationships.Select((r, i) =>
            $"<Relationship Id=\"rId{i + 1}\" Type=\"{r.Type}\" Target=\"{r.Target}\"{(r.Mode is null ? "" : $" TargetMode=\"{r.Mode}\"")}/>")) + "</Relationships>";

    [Fact]
    public void A_plain_document_with_ordinary_relationships_is_accepted()
    {
        var document = Package(WordMain, null, ("word/_rels/document.xml.rels", Rels(
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml", null),
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", "https://perheverkko.example/", "External"),
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", "Normal.dotx", null))));
        Assert.Equal(AttachmentFiles.Docx, AttachmentFiles.Recognise("muistio.docx", document));
        Assert.Equal(AttachmentFiles.Xlsx, AttachmentFiles.Recognise("taulukko.xlsx", Package(ExcelMain)));
    }

    public static TheoryData<string, byte[]> ActiveContent() => new()
    {
        { "macro-enabled main part", Package("application/vnd.ms-word.document.macroEnabled.main+xml") },
        { "macro-enabled workbook", Package("application/vnd.ms-excel.sheet.macroEnabled.main+xml") },
        { "VBA project by a Default extension, named as an image", Package(WordMain, "<Default Extension=\"png\" ContentType=\"application/vnd.ms-office.vbaProject\"/>",
            ("word/media/image1.png", "not an image")) },
        { "VBA project by an Override, named innocently", Package(WordMain, "<Override PartName=\"/word/media/kuva.jpeg\" ContentType=\"application/vnd.ms-office.vbaProject\"/>") },
        { "VBA signature", Package(WordMain, "<Override PartName=\"/word/a.bin\" ContentType=\"application/vnd.ms-office.vbaProjectSignature\"/>") },
        { "Excel 4.0 macro sheet", Package(ExcelMain, "<Override PartName=\"/xl/sheet2.xml\" ContentType=\"application/vnd.ms-excel.macrosheet+xml\"/>") },
        { "ActiveX control", Package(WordMain, "<Override PartName=\"/word/x/a1.xml\" ContentType=\"application/vnd.ms-office.activeX+xml\"/>") },
        { "VBA project by a relationship only", Package(WordMain, null, ("word/_rels/document.xml.rels",
            Rels(("http://schemas.microsoft.com/office/2006/relationships/vbaProject", "media/image2.png", null)))) },
        { "ActiveX binary by a relationship in a nested folder", Package(WordMain, null, ("word/activeX/_rels/activeX1.xml.rels",
            Rels(("http://schemas.microsoft.com/office/2006/relationships/activeXControlBinary", "activeX1.bin", null)))) },
        { "macro sheet by a relationship", Package(ExcelMain, null, ("xl/_rels/workbook.xml.rels",
            Rels(("http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet", "worksheets/sheet2.xml", null)))) },
        { "template fetched from outside", Package(WordMain, null, ("word/_rels/settings.xml.rels",
            Rels(("http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", "https://hyokkaaja.example/t.dotm", "External")))) },
        { "part named as a VBA project", Package(WordMain, null, ("word/vbaProject.bin", "x")) },
        { "a DTD in the content types", Package(WordMain + "\"/><!DOCTYPE x [<!ENTITY e \"e\">]><Override PartName=\"/y.xml\" ContentType=\"" + WordMain) },
    };

    [Theory, MemberData(nameof(ActiveContent))]
    public void A_package_declaring_active_content_is_refused_whatever_its_parts_are_called(string what, byte[] package) =>
        Assert.True(AttachmentFiles.Recognise(what.Contains("workbook") || what.Contains("sheet") ? "a.xlsx" : "a.docx", package) is null, what);

    [Theory]
    [InlineData("lasku\u202Efdp.exe", "laskufdp.exe")]
    [InlineData("\u2066raportti\u2069.pdf", "raportti.pdf")]
    [InlineData("\u200Fnimi.pdf", "nimi.pdf")]
    [InlineData("a\u0308iti.docx", "äiti.docx")]
    [InlineData("pöytä\0kirja.pdf", "pöytäkirja.pdf")]
    [InlineData("a:b*c?<d>|.docx", "abcd.docx")]
    [InlineData("muistio.pdf. . ", "muistio.pdf")]
    [InlineData("...", "liite")]
    [InlineData("\uFEFF\u202E", "liite")]
    public void A_file_name_is_normalised_and_keeps_no_bidirectional_or_forbidden_character(string given, string expected) =>
        Assert.Equal(expected, AttachmentFiles.SafeName(given));

    [Fact]
    public void A_long_file_name_keeps_its_extension_and_whole_characters()
    {
        var name = AttachmentFiles.SafeName(string.Concat(Enumerable.Repeat("😀", 150)) + ".xlsx");
        Assert.True(name.Length <= AttachmentFiles.MaxNameLength);
        Assert.EndsWith("😀.xlsx", name);
        Assert.All(Enumerable.Range(0, name.Length).Where(i => char.IsHighSurrogate(name[i])), i => Assert.True(char.IsLowSurrogate(name[i + 1])));
        Assert.False(char.IsLowSurrogate(name[0]));
        Assert.Equal(name, name.Normalize());
    }
}
