using Perheverkko.Web.Features.Materials;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Search;

namespace Perheverkko.UnitTests.Features.Materials;

public sealed class MaterialTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Region = Guid.NewGuid(), Organisation = Guid.NewGuid(), Folder = Guid.NewGuid();
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    private static MaterialDetails Details(MaterialVisibility visibility = MaterialVisibility.PartiesStaff, Guid? group = null, string? tags = null) =>
        new(Folder, "Ohje vanhemmille", "Mitä perhekeskus tarjoaa", tags, visibility, group);

    private static string Code(Action action) => Assert.ThrowsAny<DomainRuleViolation>(action).Rule.Code;

    [Fact]
    public void A_file_material_keeps_every_version_numbered_and_the_latest_is_current()
    {
        var (material, first) = Material.File(Guid.NewGuid(), Region, Organisation, Details(), new MaterialFile("opas.pdf", AttachmentFiles.Pdf, Pdf), "Matti", Now);
        Assert.Equal((1, 1, 0), (first.Number, material.LatestVersion, material.Version));
        Assert.Equal("application/pdf", first.MediaType);
        Assert.Equal(64, first.Sha256.Length);
        var second = material.AddVersion(new MaterialFile("opas-2.pdf", AttachmentFiles.Pdf, [.. Pdf, 1]), "Sanna", "korjattu", Now.AddDays(1));
        Assert.Equal((2, 2, 1), (second.Number, material.LatestVersion, material.Version));
        Assert.Equal(("opas.pdf", "Matti"), (first.FileName, first.AddedBy));
        Assert.Equal(("korjattu", Now.AddDays(1)), (second.Note, material.UpdatedAt));
    }

    [Fact]
    public void A_link_is_an_absolute_web_address_and_has_no_versions()
    {
        foreach (var bad in new[] { "", "www.esimerkki.fi", "javascript:alert(1)", "ftp://esimerkki.fi/opas", "/suhteellinen", "https://" })
            Assert.Equal(MaterialsRules.UrlInvalid.Code, Code(() => Material.Link(Guid.NewGuid(), Region, Organisation, Details(), bad, Now)));
        var link = Material.Link(Guid.NewGuid(), Region, Organisation, Details(), " https://esimerkki.fi/opas ", Now);
        Assert.Equal(("https://esimerkki.fi/opas", MaterialKind.Link, 0), (link.Url, link.Kind, link.LatestVersion));
        Assert.Equal(MaterialsRules.NotAFile.Code, Code(() => link.AddVersion(new MaterialFile("a.pdf", AttachmentFiles.Pdf, Pdf), "Matti", null, Now)));
    }

    [Fact]
    public void Visibility_to_a_group_names_the_group_and_other_visibilities_forget_it()
    {
        Assert.Equal(MaterialsRules.GroupRequired.Code, Code(() => Material.Link(Guid.NewGuid(), Region, Organisation, Details(MaterialVisibility.Group), "https://a.fi", Now)));
        var group = Guid.NewGuid();
        var material = Material.Link(Guid.NewGuid(), Region, Organisation, Details(MaterialVisibility.Group, group), "https://a.fi", Now);
        Assert.Equal(group, material.GroupId);
        material.Change(Details(MaterialVisibility.Public, group), "https://a.fi", 0, Now);
        Assert.Null(material.GroupId);
        Assert.Equal(1, material.Version);
    }

    [Fact]
    public void A_change_on_an_old_copy_is_stale()
    {
        var material = Material.Link(Guid.NewGuid(), Region, Organisation, Details(), "https://a.fi", Now);
        material.Change(Details(), "https://b.fi", 0, Now);
        Assert.Equal(MaterialsRules.Stale.Code, Code(() => material.Change(Details(), "https://c.fi", 0, Now)));
        Assert.Equal("https://b.fi", material.Url);
    }

    [Fact]
    public void Keywords_are_trimmed_kept_once_and_limited()
    {
        var material = Material.Link(Guid.NewGuid(), Region, Organisation, Details(tags: " vanhemmuus, Vauvaperheet ,, vanhemmuus "), "https://a.fi", Now);
        Assert.Equal(["vanhemmuus", "Vauvaperheet"], material.TagList);
        Assert.Equal(MaterialsRules.TagsInvalid.Code, Code(() => Material.NormalisedTags(string.Join(",", Enumerable.Range(1, 11).Select(i => $"sana{i}")))));
        Assert.Equal(MaterialsRules.TagsInvalid.Code, Code(() => Material.NormalisedTags(new string('a', 41))));
    }

    [Fact]
    public async Task A_file_is_checked_as_agenda_documents_are()
    {
        async Task<string> CodeOf(MaterialUpload? upload) =>
            (await Assert.ThrowsAnyAsync<DomainRuleViolation>(() => MaterialCommit.ReadAsync(upload, CancellationToken.None))).Rule.Code;
        Assert.Equal(MaterialsRules.FileRequired.Code, await CodeOf(null));
        Assert.Equal(MaterialsRules.FileEmpty.Code, await CodeOf(new MaterialUpload("a.pdf", new MemoryStream(), null)));
        Assert.Equal(MaterialsRules.FileTypeNotAllowed.Code, await CodeOf(new MaterialUpload("a.pdf", new MemoryStream("MZ\x90\0"u8.ToArray()), null)));
        Assert.Equal(MaterialsRules.FileTypeNotAllowed.Code, await CodeOf(new MaterialUpload("a.pdf", new MemoryStream(Pdf), "text/html")));
        var file = await MaterialCommit.ReadAsync(new MaterialUpload("../kansio/opas.PDF", new MemoryStream(Pdf), "application/pdf"), CancellationToken.None);
        Assert.Equal(("opas.PDF", AttachmentFiles.Pdf), (file.FileName, file.Type));
    }

    [Fact]
    public void A_folder_is_renamed_and_moved()
    {
        var folder = new MaterialFolder(Guid.NewGuid(), Region, new("Oppaat"), 1, Now);
        folder.Change(new("Oppaat ja ohjeet", "Guider"), 3, Now.AddDays(1));
        Assert.Equal(("Oppaat ja ohjeet", "Guider", 3, Now.AddDays(1)), (folder.Name.Fi, folder.Name.Sv, folder.Position, folder.UpdatedAt));
    }

    [Fact]
    public void The_search_document_is_the_title_the_description_and_the_keywords_in_Finnish()
    {
        var material = Material.Link(Guid.NewGuid(), Region, Organisation, Details(tags: "vanhemmuus"), "https://a.fi", Now);
        var document = MaterialSearch.DocumentOf(material);
        Assert.Equal(("material", material.Id), (document.Kind, document.ItemId));
        Assert.Equal(["Ohje vanhemmille"], document.Names.Select(n => n.Text));
        Assert.Equal(["Mitä perhekeskus tarjoaa", "vanhemmuus"], document.Texts.Select(t => t.Text));
        // The pair the integration test searches with: an inflected form finds the title's word with either analyser
        // ("oppaita" would find "Opas" with Voikko only: Snowball stems them "op" and "opas").
        foreach (var analyser in new[] { TextAnalyser.Create(preferVoikko: false), TextAnalyser.Shared })
            Assert.True(analyser.Terms("ohjeita", "fi").Intersect(analyser.Terms("Ohje", "fi")).Any(),
                $"{analyser.Description}: {string.Join(",", analyser.Terms("ohjeita", "fi"))} / {string.Join(",", analyser.Terms("Ohje", "fi"))}");
    }
}
