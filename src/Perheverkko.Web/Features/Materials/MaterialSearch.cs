using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Search;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Materials;

/// <summary>
/// A material as the search index holds it: its title as the name, its description and keywords as other texts, analysed
/// as Finnish (the bank's language; file contents are not indexed). Every material is indexed, whoever may see it: a
/// search names the materials its reader sees (<see cref="MaterialReader"/>) as the only ones to rank.
/// </summary>
public sealed class MaterialSearch(PerheverkkoDb db) : ISearchSource
{
    public const string MaterialKind = "material";

    public string Kind => MaterialKind;

    public static SearchDocument DocumentOf(Material material)
    {
        var texts = new List<SearchText>();
        if (!string.IsNullOrWhiteSpace(material.Description)) texts.Add(new SearchText(material.Description, "fi"));
        texts.AddRange(material.TagList.Select(t => new SearchText(t, "fi")));
        return new SearchDocument(MaterialKind, material.Id, [new SearchText(material.Title, "fi")], texts);
    }

    public async IAsyncEnumerable<SearchDocument> DocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var material in db.Materials.AcrossRegions().AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return DocumentOf(material);
    }
}
