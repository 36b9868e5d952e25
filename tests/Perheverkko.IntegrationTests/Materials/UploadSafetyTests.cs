using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.Materials.MaterialTestData;

namespace Perheverkko.IntegrationTests.Materials;

/// <summary>Issue #12 item 5: a macro project is refused whatever it is called, and a file name is stored clean.</summary>
public sealed class UploadSafetyTests
{
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>A Word package whose VBA project is declared as a PNG image and linked from the document under an image's name.</summary>
    private static byte[] MacroDocumentNamedAsImage()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[]
                     {
                         ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                                                 "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                                                 "<Default Extension=\"png\" ContentType=\"application/vnd.ms-office.vbaProject\"/>" +
                                                 $"<Override PartName=\"/word/document.xml\" ContentType=\"{WordMain}\"/></Types>"),
                         ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" " +
                                         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
                         ("word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId9\" " +
                                                          "Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"media/image1.png\"/></Relationships>"),
                         ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"),
                         ("word/media/image1.png", "Attribute VB_Name = \"ThisDocument\""),
                     })
                using (var writer = new StreamWriter(zip.CreateEntry(name).Open())) writer.Write(text);
        }
        return buffer.ToArray();
    }

    [Theory, BothDatabases]
    public async Task A_macro_project_under_an_innocent_name_is_refused_and_a_file_name_is_stored_without_bidirectional_controls(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var folder = await FolderAsync(await app.ClientForAsync(DemoUsers.Coordinator), "Lomakkeet");
        var browser = app.Anonymous();
        await Forms.SignInAsync(browser, DemoUsers.MikkeliRepresentative);
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "File", ["Input.FolderId"] = folder.ToString(), ["Input.Title"] = "Kokouksen muistio", ["Input.Visibility"] = "PartiesStaff",
        };

        var refused = await Forms.PostMultipartAsync(browser, "/staff/materials/new", fields, [("Input.File", "muistio.docx", DocxType, MacroDocumentNamedAsImage())]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Vain PDF-, Word- (.docx) ja Excel-tiedostot", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.MaterialVersions.CountAsync()));

        // "lasku", RIGHT-TO-LEFT OVERRIDE, "fdp.exe": shown as "laskuexe.pdf" by a careless client; stored without the override.
        var added = await Forms.PostMultipartAsync(browser, "/staff/materials/new", fields, [("Input.File", "la\u0301sku\u202Eexe.pdf", "application/pdf", Pdf)]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("lásku" + "exe.pdf", await app.WithDbAsync(db => db.MaterialVersions.Select(v => v.FileName).SingleAsync()));
    }
}
