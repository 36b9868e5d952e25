using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Search;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// The one place where a directory item becomes a <see cref="SearchDocument"/>: its names in each language it has,
/// and as other texts its description, place, municipality and organiser names, topics and audience words (in the
/// three languages, so "vauvaperheille" and "families" both find it). The search sources below give every published
/// item of a kind, for rebuilding the index (<see cref="SearchReindex"/>).
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

    public async Task<SearchDocument> BuildAsync(DirectoryEntry entry, CancellationToken cancellationToken)
    {
        var texts = new List<SearchText>();
        AddAll(texts, entry.Description);
        texts.AddRange(await OrganisationNamesAsync([entry.OrganisationId], cancellationToken));
        switch (entry)
        {
            case Activity a:
                texts.AddRange(await OrganisationNamesAsync(a.CoOrganiserIds, cancellationToken));
                texts.AddRange(await MunicipalityNamesAsync(a.MunicipalityId, cancellationToken));
                if (a.MeetingPlaceId is { } placeId)
                    foreach (var name in await db.MeetingPlaces.Where(p => p.Id == placeId).Select(p => p.Name).ToListAsync(cancellationToken)) AddAll(texts, name);
                AddWords(texts, "enum.ActivityKind." + a.Kind);
                AddTagWords<Topic>(texts, a.Topics);
                AddTagWords<Audience>(texts, a.Audiences);
                break;
            case Service s:
                if (s.MunicipalityId is { } municipality) texts.AddRange(await MunicipalityNamesAsync(municipality, cancellationToken));
                AddWords(texts, "enum.ServiceLevel." + s.Level);
                AddTagWords<Topic>(texts, s.Topics);
                AddTagWords<Audience>(texts, s.Audiences);
                break;
            case MeetingPlace p:
                texts.AddRange(await MunicipalityNamesAsync(p.MunicipalityId, cancellationToken));
                AddWords(texts, "enum.MeetingPlaceKind." + p.Kind);
                if (p.StreetAddress is { Length: > 0 } street) texts.Add(new SearchText(street, "fi"));
                foreach (var offer in p.OfferList) AddWords(texts, "enum.CentralOffer." + offer);
                break;
        }
        var names = new List<SearchText>();
        AddAll(names, entry.Name);
        return new SearchDocument(KindOf(entry), entry.Id, names, texts.DistinctBy(t => (t.Text, t.Language)).ToList());
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

    private async Task<IEnumerable<SearchText>> OrganisationNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var names = await db.Organisations.Where(o => ids.Contains(o.Id)).Select(o => o.Name).ToListAsync(cancellationToken);
        var result = new List<SearchText>();
        foreach (var name in names) AddAll(result, name);
        return result;
    }

    private async Task<IEnumerable<SearchText>> MunicipalityNamesAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = new List<SearchText>();
        foreach (var name in await db.Municipalities.Where(m => m.Id == id).Select(m => m.Name).ToListAsync(cancellationToken)) AddAll(result, name);
        return result;
    }
}

/// <summary>Every published activity, as the index holds it (for <see cref="SearchReindex"/>).</summary>
public sealed class ActivitySearchSource(PerheverkkoDb db, DirectorySearchDocuments documents) : ISearchSource
{
    public string Kind => DirectorySearchDocuments.ActivityKind;

    public async IAsyncEnumerable<SearchDocument> DocumentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in await db.Activities.AsNoTracking().Where(e => e.State == PublicationState.Published).ToListAsync(cancellationToken))
            yield return await documents.BuildAsync(entry, cancellationToken);
    }
}

/// <summary>Every published service, as the index holds it (for <see cref="SearchReindex"/>).</summary>
public sealed class ServiceSearchSource(PerheverkkoDb db, DirectorySearchDocuments documents) : ISearchSource
{
    public string Kind => DirectorySearchDocuments.ServiceKind;

    public async IAsyncEnumerable<SearchDocument> DocumentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in await db.Services.AsNoTracking().Where(e => e.State == PublicationState.Published).ToListAsync(cancellationToken))
            yield return await documents.BuildAsync(entry, cancellationToken);
    }
}

/// <summary>Every published meeting place, as the index holds it (for <see cref="SearchReindex"/>).</summary>
public sealed class MeetingPlaceSearchSource(PerheverkkoDb db, DirectorySearchDocuments documents) : ISearchSource
{
    public string Kind => DirectorySearchDocuments.MeetingPlaceKind;

    public async IAsyncEnumerable<SearchDocument> DocumentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in await db.MeetingPlaces.AsNoTracking().Where(e => e.State == PublicationState.Published).ToListAsync(cancellationToken))
            yield return await documents.BuildAsync(entry, cancellationToken);
    }
}
