using System.IO.Compression;
using System.Text;
using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.UnitTests.Platform.Documents;

public sealed class AttachmentFilesTests
{
    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
                using (var writer = new StreamWriter(zip.CreateEntry(name).Open())) writer.Write(text);
        return buffer.ToArray();
    }

    private static string Types(string main) => $"<Types><Override PartName=\"/x.xml\" ContentType=\"{main}\"/></Types>";

    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    [Fact]
    public void Recognise_GoesByTheContent_AndTheNameMustAgree()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n");
        Assert.Equal(AttachmentFiles.Pdf, AttachmentFiles.Recognise("a.PDF", pdf));
        Assert.Null(AttachmentFiles.Recognise("a.docx", pdf));
        Assert.Equal(AttachmentFiles.Docx, AttachmentFiles.Recognise("a.docx", Zip(("[Content_Types].xml", Types(WordMain)))));
        Assert.Equal(AttachmentFiles.Xlsx, AttachmentFiles.Recognise("a.xlsx", Zip(("[Content_Types].xml", Types(ExcelMain)))));
        Assert.Null(AttachmentFiles.Recognise("a.xlsx", Zip(("[Content_Types].xml", Types(WordMain)))));
        Assert.Null(AttachmentFiles.Recognise("a.docx", Zip(("[Content_Types].xml", Types(WordMain)), ("word/vbaProject.bin", "x"))));
        Assert.Null(AttachmentFiles.Recognise("a.docx", Zip(("other.xml", "<x/>"))));
        Assert.Null(AttachmentFiles.Recognise("a.docx", "PK\x03\x04 not really a zip"u8.ToArray()));
        Assert.Null(AttachmentFiles.Recognise("a.pdf", "MZ\x90\0"u8.ToArray()));
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\Users\\x\\muistio.pdf", "muistio.pdf")]
    [InlineData("a\"b.pdf", "ab.pdf")]
    [InlineData("", "liite")]
    [InlineData(null, "liite")]
    public void SafeName_KeepsOnlyTheFileName(string? given, string expected) => Assert.Equal(expected, AttachmentFiles.SafeName(given));
}
