using System.Net.Http.Headers;
using System.Net.Http.Json;
using Perheverkko.IntegrationTests.Governance;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.IntegrationTests.Materials;

/// <summary>Folders and materials made through the API, as the staff make them.</summary>
internal static class MaterialTestData
{
    public static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    public static readonly Guid Savonlinna = NetworkSeeder.OrganisationId("savonlinna");
    /// <summary>A members-only group of South Savo (the Perheneuvo network).</summary>
    public static readonly Guid FamilyAdviceGroup = GovernanceSeeder.GroupId("perheneuvoverkosto");
    public static byte[] Pdf => AgendaDocumentTests.Pdf;
    public static byte[] Docx(bool withMacros = false) =>
        AgendaDocumentTests.Office("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", withMacros);

    public static async Task<Guid> FolderAsync(HttpClient coordinator, string name, int? position = null) =>
        await ApiResponses.CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/material-folders", new { name = new { fi = name }, position }));

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid folder, string title, string visibility, string fileName, byte[] content,
        string contentType = "application/pdf", Guid? group = null, string? tags = null, string? description = null)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var query = $"folderId={folder}&title={Uri.EscapeDataString(title)}&visibility={visibility}&fileName={Uri.EscapeDataString(fileName)}"
                    + (group is { } g ? $"&groupId={g}" : "") + (tags is null ? "" : $"&tags={Uri.EscapeDataString(tags)}")
                    + (description is null ? "" : $"&description={Uri.EscapeDataString(description)}");
        return client.PostAsync($"/api/v1/materials/files?{query}", body);
    }

    public static Task<HttpResponseMessage> AddVersionAsync(HttpClient client, Guid material, string fileName, byte[] content, string contentType = "application/pdf") =>
        client.PostAsync($"/api/v1/materials/{material}/versions?fileName={Uri.EscapeDataString(fileName)}&note=korjattu",
            new ByteArrayContent(content) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } });

    public static string DocxType => AttachmentFiles.Docx.MediaType;
}
