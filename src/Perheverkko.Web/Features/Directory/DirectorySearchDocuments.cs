using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Search;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// The one place where a directory item becomes a <see cref="SearchDocument"/>: its names in each language it has,
/// and as other texts its description, place, municipality and organiser names, topics and audience words (in the
/// three languages, so "vauvaperheille" and "families" both find it). The search sources
/// (<see cref="DirectorySearchSource{TEntry}"/>) give every published item of a kind, for rebuilding the index
/// (<see cref="SearchReindex"/>).
/// </summary>
public sealed class DirectorySearchDocuments(PerheverkkoDb db, SearchIndex index, Texts uiTexts)
{
    public const string ActivityKind = "activity";
    public const string ServiceKind = "service";
    public const string MeetingPlaceKind = "meeting_place";
    public static readonly IReadOnlyList<string> Kinds = [ActivityKind, ServiceKind, MeetingPlaceKind];

    /// <summary>Brings the index row of one item in line with its state: indexed when published, removed otherwise.</summary>
    public async Task SyncAsync(DirectoryEntry entry, CancellationToken cancellationToken)
    {
        var kind = KindOf(entry);
        if (entry.IsPublished) await index.UpsertAsync(await BuildAsync(entry, cancellationToken), cancellationToken);
        else await index.RemoveAsync(kind, entry.Id, cancellationToken);
    }

    public static string KindOf(DirectoryEntry entry) => entry switch
    {
        Activity => ActivityKind,
        Service => ServiceKind,
        _ => MeetingPlaceKind,
    };

    /// <summary>One item's document, with the names it refers to read for it (a few small queries).</summary>
    public async Task<SearchDocument> BuildAsync(DirectoryEntry entry, CancellationToken cancellationToken) =>
        Build(entry, await DirectoryNames.LoadAsync(db, [entry], cancellationToken));

    /// <summary>
    /// Every published item of a kind, read in pages by id and built with the names read once, so rebuilding the index
    /// of a national directory costs a query per thousand items rather than a few per item.
    /// </summary>
    public async IAsyncEnumerable<SearchDocument> PublishedAsync<TEntry>([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        where TEntry : DirectoryEntry
    {
        const int Page = 1000;
        var names = await DirectoryNames.LoadAsync(db, null, cancellationToken);
        var published = db.Set<TEntry>().AsNoTracking().Where(e => e.State == PublicationState.Published);
        // The ids first, then the rows a page at a time: each page is read whole before its documents are yielded,
        // as the caller writes index rows on the same connection.
        var ids = await published.Select(e => e.Id).ToListAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(Page))
            foreach (var entry in await published.Where(e => chunk.Contains(e.Id)).ToListAsync(cancellationToken))
                yield return Build(entry, names);
    }

    /// <summary>The document of one item, from the item and the names of what it refers to.</summary>
    public SearchDocument Build(DirectoryEntry entry, DirectoryNames names)
    {
        var texts = new List<SearchText>();
        AddAll(texts, entry.Description);
        AddNames(texts, names.Organisations, [entry.OrganisationId]);
        switch (entry)
        {
            case Activity a:
                AddNames(texts, names.Organisations, a.CoOrganiserIds);
                AddNames(texts, names.Municipalities, [a.MunicipalityId]);
                if (a.MeetingPlaceId is { } placeId) AddNames(texts, names.MeetingPlaces, [placeId]);
                AddWords(texts, "enum.ActivityKind." + a.Kind);
                AddTagWords<Topic>(texts, a.Topics);
                AddTagWords<Audience>(texts, a.Audiences);
                break;
            case Service s:
                if (s.MunicipalityId is { } municipality) AddNames(texts, names.Municipalities, [municipality]);
                AddWords(texts, "enum.ServiceLevel." + s.Level);
                AddTagWords<Topic>(texts, s.Topics);
                AddTagWords<Audience>(texts, s.Audiences);
                break;
            case MeetingPlace p:
                AddNames(texts, names.Municipalities, [p.MunicipalityId]);
                AddWords(texts, "enum.MeetingPlaceKind." + p.Kind);
                if (p.StreetAddress is { Length: > 0 } street) texts.Add(new SearchText(street, "fi"));
                foreach (var offer in p.OfferList) AddWords(texts, "enum.CentralOffer." + offer);
                break;
        }
        var itemNames = new List<SearchText>();
        AddAll(itemNames, entry.Name);
        return new SearchDocument(KindOf(entry), entry.Id, itemNames, texts.DistinctBy(t => (t.Text, t.Language)).ToList());
    }

    private static void AddNames(List<SearchText> texts, IReadOnlyDictionary<Guid, LocalizedText> names, IEnumerable<Guid> ids)
    {
        foreach (var id in ids)
            if (names.TryGetValue(id, out var name)) AddAll(texts, name);
    }

    private static void AddAll(List<SearchText> texts, LocalizedText text)
    {
        if (!string.IsNullOrWhiteSpace(text.Fi)) texts.Add(new SearchText(text.Fi, "fi"));
        if (!string.IsNullOrWhiteSpace(text.Sv)) texts.Add(new SearchText(text.Sv, "sv"));
        if (!string.IsNullOrWhiteSpace(text.En)) texts.Add(new SearchText(text.En, "en"));
    }

    private void AddWords(List<SearchText> texts, string key)
    {
        foreach (var language in Texts.Languages) texts.Add(new SearchText(uiTexts.Get(language, key), language));
    }

    private void AddTagWords<TEnum>(List<SearchText> texts, string tags) where TEnum : struct, Enum
    {
        foreach (var value in Tags.SplitEnum<TEnum>(tags)) AddWords(texts, $"enum.{typeof(TEnum).Name}.{value}");
    }
}
