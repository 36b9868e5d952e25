using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Search;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Directory.Hsds;

/// <summary>
/// The reads behind the HSDS API: only published services, activities and meeting places, and organisations that
/// have not ceased. Lists are ordered by id (services first, then activities), so a page is a cheap keyed range and
/// the same on both databases; with <c>search</c> they follow the search index's ranking instead.
/// </summary>
/// <remarks>Open data: published items of every region, read across regions whoever asks; <c>region</c> narrows to one.</remarks>
public sealed class HsdsQueries(PerheverkkoDb db, DirectoryCatalogue catalogue, TimeProvider clock)
{
    /// <summary>The region <c>region</c> names, null for every region; an unknown one is a parameter the API cannot use.</summary>
    private async Task<Guid?> RegionAsync(HsdsQuery q, CancellationToken ct)
    {
        if (q.Region is not { } slug) return null;
        return await db.Regions.AsNoTracking().Where(r => r.Slug == slug).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(ct)
            ?? throw new HsdsParameterInvalid("region", "region must be the short name of a region of this directory (for example etela-savo).");
    }

    // ---- services ------------------------------------------------------------------------------------------

    public async Task<HsdsPage<HsdsService>> ServicesAsync(HsdsQuery q, CancellationToken ct)
    {
        var region = await RegionAsync(q, ct);
        var (services, activities) = Filtered(q, region);
        if (await HsdsPlaceFilter.PlaceIdsAsync(Published(db.MeetingPlaces), q, ct) is { } near)
            (services, activities) = await HsdsPlaceFilter.HeldAtAsync(services, activities, near, ct);
        if (q.Search is { } search)
        {
            var found = await SearchAsync(search, services, activities, q, region, q.Skip, q.PerPage, ct);
            // The catalogue knows each hit's kind: only the tables the page draws on are read.
            var serviceIds = found.Items.Where(h => h.Facts.Kind == CatalogueKind.Service).Select(h => h.Facts.Id).ToList();
            var activityIds = found.Items.Where(h => h.Facts.Kind == CatalogueKind.Activity).Select(h => h.Facts.Id).ToList();
            var shown = (await ShownAsync(q, serviceIds.Count == 0 ? null : ById(db.Services, serviceIds),
                activityIds.Count == 0 ? null : ById(db.Activities, activityIds), ct)).ToDictionary(s => s.Id);
            return Page(q, found.Total, found.Items.Select(h => h.Facts.Id).Where(shown.ContainsKey).Select(id => shown[id]).ToList());
        }
        var serviceCount = await services.CountAsync(ct);
        var activityCount = await activities.CountAsync(ct);
        var fromServices = q.Skip < serviceCount ? services.OrderBy(s => s.Id).Skip((int)q.Skip).Take(q.PerPage) : null;
        var shownServices = (int)Math.Clamp(serviceCount - q.Skip, 0, q.PerPage);
        var remaining = q.PerPage - shownServices;
        var activitySkip = Math.Max(0, q.Skip - serviceCount);
        var fromActivities = remaining > 0 && activitySkip < activityCount ? activities.OrderBy(a => a.Id).Skip((int)activitySkip).Take(remaining) : null;
        return Page(q, serviceCount + activityCount, await ShownAsync(q, fromServices, fromActivities, ct));
    }

    private static IQueryable<T> ById<T>(DbSet<T> set, IReadOnlyCollection<Guid> ids) where T : DirectoryEntry =>
        set.AsNoTracking().AcrossRegions().Where(e => ids.Contains(e.Id));

    /// <summary>
    /// The services, then the activities, of two queries as HSDS services in the queries' order (a null query reads
    /// nothing). The list form selects only its columns (<see cref="ServiceFields"/>, <see cref="ActivityFields"/>):
    /// the dearest part of a search's page was reading whole rows; the full form reads them and what they refer to.
    /// </summary>
    private async Task<List<HsdsService>> ShownAsync(HsdsQuery q, IQueryable<Service>? services, IQueryable<Activity>? activities, CancellationToken ct)
    {
        if (!q.Full)
        {
            var listed = await ContextAsync(q.Language, [], ct, nested: false);
            var shown = new List<HsdsService>();
            if (services is not null)
                shown.AddRange((await services.Select(ServiceFields.Select).ToListAsync(ct)).Select(s => HsdsMapping.Service(s, listed)));
            if (activities is not null)
                shown.AddRange((await activities.Select(ActivityFields.Select).ToListAsync(ct)).Select(a => HsdsMapping.Activity(a, listed)));
            return shown;
        }
        var entries = new List<DirectoryEntry>();
        if (services is not null) entries.AddRange(await services.ToListAsync(ct));
        if (activities is not null) entries.AddRange(await activities.ToListAsync(ct));
        var context = await ContextAsync(q.Language, entries, ct);
        return entries.Select(e => Full(e, context)).ToList();
    }

    public async Task<HsdsService> ServiceAsync(Guid id, string language, CancellationToken ct)
    {
        DirectoryEntry entry = await Published(db.Services).SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? (DirectoryEntry?)await Published(db.Activities).SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException(HsdsRules.ServiceNotFound);
        var context = await ContextAsync(language, [entry], ct);
        return Full(entry, context);
    }

    // ---- service_at_location -------------------------------------------------------------------------------

    public async Task<HsdsPage<HsdsServiceAtLocation>> ServiceAtLocationsAsync(HsdsQuery q, CancellationToken ct)
    {
        var region = await RegionAsync(q, ct);
        var (services, activities) = Filtered(q, region);
        if (q.Search is { } search)
        {
            var ids = (await SearchAsync(search, services, activities, q, region, 0, int.MaxValue, ct)).Items.Select(h => h.Facts.Id).ToList();
            // One list parameter, however many ids a broad word matches.
            services = services.Where(s => EF.Parameter(ids).Contains(s.Id));
            activities = activities.Where(a => EF.Parameter(ids).Contains(a.Id));
        }
        var publishedPlaces = Published(db.MeetingPlaces);
        // postcode and proximity narrow the pairs to those at the places they name (a service's other places are not its pairs here).
        if (await HsdsPlaceFilter.PlaceIdsAsync(publishedPlaces, q, ct) is { } near)
            publishedPlaces = publishedPlaces.Where(p => EF.Parameter(near).Contains(p.Id));
        var atPlaces = activities.Where(a => a.MeetingPlaceId != null && publishedPlaces.Any(p => p.Id == a.MeetingPlaceId));
        var activityCount = await atPlaces.CountAsync(ct);

        // A service lists its places in a JSON column: its pairs are made here, after the activities' pairs.
        var placeIds = (await publishedPlaces.Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var servicePairs = (await services.OrderBy(s => s.Id).Select(s => new { s.Id, s.MeetingPlaceIds }).ToListAsync(ct))
            .SelectMany(s => s.MeetingPlaceIds.Select(placeId => (ServiceId: s.Id, PlaceId: placeId)))
            .Where(p => placeIds.Contains(p.PlaceId))
            .ToList();

        var pairs = new List<(Guid ServiceId, Guid PlaceId)>();
        if (q.Skip < activityCount)
            pairs.AddRange((await atPlaces.OrderBy(a => a.Id).Skip((int)q.Skip).Take(q.PerPage).Select(a => new { a.Id, a.MeetingPlaceId }).ToListAsync(ct))
                .Select(a => (a.Id, a.MeetingPlaceId!.Value)));
        var serviceSkip = Math.Max(0, q.Skip - activityCount);
        if (pairs.Count < q.PerPage && serviceSkip < servicePairs.Count)
            pairs.AddRange(servicePairs.Skip((int)serviceSkip).Take(q.PerPage - pairs.Count));

        var entries = await LoadAsync(pairs.Select(p => p.ServiceId).Distinct().ToList(), ct);
        var places = await db.MeetingPlaces.AsNoTracking().AcrossRegions().Where(p => pairs.Select(x => x.PlaceId).Distinct().Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var context = await ContextAsync(q.Language, entries.Values.ToList(), ct, nested: false);
        var items = pairs.Select(p => new HsdsServiceAtLocation(HsdsMapping.ServiceAtLocationId(p.ServiceId, p.PlaceId), p.ServiceId, p.PlaceId,
            Description: entries[p.ServiceId] is Activity { RoomNote: { Length: > 0 } room } ? room : null,
            Location: HsdsMapping.Location(places[p.PlaceId], context, full: false),
            Service: OneToOne(entries[p.ServiceId], context))).ToList();
        return Page(q, activityCount + servicePairs.Count, items);
    }

    public async Task<HsdsServiceAtLocation> ServiceAtLocationAsync(Guid id, string language, CancellationToken ct)
    {
        // The id is a service's id mixed with its place's: each published place (a few thousand, read by id only) names the
        // one service the id could belong to there, and the pair is real when that service is held at that place.
        var placeOf = (await Published(db.MeetingPlaces).Select(p => p.Id).ToListAsync(ct))
            .ToDictionary(placeId => HsdsMapping.ServiceAtLocationServiceId(id, placeId));
        var ids = placeOf.Keys.ToList();
        var activity = await Published(db.Activities).FirstOrDefaultAsync(a => EF.Parameter(ids).Contains(a.Id), ct);
        var service = activity is null ? await Published(db.Services).FirstOrDefaultAsync(s => EF.Parameter(ids).Contains(s.Id), ct) : null;
        DirectoryEntry entry = (DirectoryEntry?)activity ?? service ?? throw new NotFoundException(HsdsRules.ServiceAtLocationNotFound);
        var placeId = placeOf[entry.Id];
        var heldThere = entry switch
        {
            Activity a => a.MeetingPlaceId == placeId,
            Service s => s.MeetingPlaceIds.Contains(placeId),
            _ => false,
        };
        if (!heldThere) throw new NotFoundException(HsdsRules.ServiceAtLocationNotFound);
        var place = await Published(db.MeetingPlaces).SingleAsync(p => p.Id == placeId, ct);
        var context = await ContextAsync(language, [entry, place], ct);
        var full = Full(entry, context) with { ServiceAtLocations = null };
        return new HsdsServiceAtLocation(id, entry.Id, place.Id, Description: entry is Activity { RoomNote: { Length: > 0 } room } ? room : null,
            Location: HsdsMapping.Location(place, context, full: true), Service: full, Schedules: []);
    }

    // ---- organisations -------------------------------------------------------------------------------------

    public async Task<HsdsPage<HsdsOrganization>> OrganizationsAsync(HsdsQuery q, CancellationToken ct)
    {
        var today = HelsinkiTime.Today(clock);
        var query = db.Organisations.AsNoTracking().AcrossRegions().Where(o => o.ClosedOn == null || o.ClosedOn > today);
        if (await RegionAsync(q, ct) is { } region) query = query.Where(o => o.RegionId == region);
        if (q.ModifiedAfter is { } after) query = query.Where(o => o.UpdatedAt >= after);
        // The network has hundreds of organisations, not hundreds of thousands: they are filtered and sorted here, by name in the asked language.
        var all = (await query.ToListAsync(ct))
            .Where(o => q.Search is not { } s || o.Name.In(q.Language).Contains(s, StringComparison.CurrentCultureIgnoreCase) || o.Name.Fi.Contains(s, StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(o => o.Name.In(q.Language), StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), ignoreCase: true)).ThenBy(o => o.Id)
            .ToList();
        var page = q.Skip >= all.Count ? [] : all.Skip((int)q.Skip).Take(q.PerPage).ToList();
        if (!q.Full) return Page(q, all.Count, page.Select(o => HsdsMapping.Organization(o, q.Language)).ToList());
        var items = new List<HsdsOrganization>();
        foreach (var o in page) items.Add(await FullOrganizationAsync(o, q.Language, q.FullService, ct));
        return Page(q, all.Count, items);
    }

    public async Task<HsdsOrganization> OrganizationAsync(Guid id, string language, bool fullService, CancellationToken ct)
    {
        var today = HelsinkiTime.Today(clock);
        var organisation = await db.Organisations.AsNoTracking().AcrossRegions().SingleOrDefaultAsync(o => o.Id == id && (o.ClosedOn == null || o.ClosedOn > today), ct)
            ?? throw new NotFoundException(HsdsRules.OrganizationNotFound);
        return await FullOrganizationAsync(organisation, language, fullService, ct);
    }

    /// <summary>With its published places and its published services and activities (one-to-one fields, or fully nested with <c>full_service</c>).</summary>
    private async Task<HsdsOrganization> FullOrganizationAsync(Organisation o, string language, bool fullService, CancellationToken ct)
    {
        var places = await Published(db.MeetingPlaces).Where(p => p.OrganisationId == o.Id).OrderBy(p => p.Id).ToListAsync(ct);
        var entries = new List<DirectoryEntry>();
        entries.AddRange(await Published(db.Services).Where(s => s.OrganisationId == o.Id).OrderBy(s => s.Id).ToListAsync(ct));
        entries.AddRange(await Published(db.Activities).Where(a => a.OrganisationId == o.Id).OrderBy(a => a.Id).ToListAsync(ct));
        var context = await ContextAsync(language, [.. entries, .. places], ct, nested: true);
        var services = entries.Select(e => (fullService ? Full(e, context) : OneToOne(e, context)) with { Organization = null }).ToList();
        return HsdsMapping.FullOrganization(o, language, places.Select(p => HsdsMapping.Location(p, context, full: true)).ToList(), services);
    }

    // ---- taxonomies ----------------------------------------------------------------------------------------

    public static HsdsPage<HsdsTaxonomy> Taxonomies(HsdsQuery q)
    {
        var all = HsdsTaxonomies.All.Where(v => Matches(q.Search, v.Name, q.Language)).Select(v => HsdsTaxonomies.ToHsds(v, q.Language)).ToList();
        return Page(q, all.Count, Slice(all, q));
    }

    public static HsdsTaxonomy Taxonomy(Guid id, string language) =>
        HsdsTaxonomies.ById.TryGetValue(id, out var v) ? HsdsTaxonomies.ToHsds(v, language) : throw new NotFoundException(HsdsRules.TaxonomyNotFound);

    /// <summary>The vocabularies are flat: every term is a top term, and no term has children (<c>parent_id</c> finds none).</summary>
    public static HsdsPage<HsdsTaxonomyTerm> TaxonomyTerms(HsdsQuery q)
    {
        var all = HsdsTaxonomies.All.Where(v => q.TaxonomyId is null || v.Id == q.TaxonomyId).SelectMany(v => v.Terms)
            .Where(t => q.ParentId is null && Matches(q.Search, t.Name, q.Language))
            .Select(t => HsdsTaxonomies.ToHsds(t, q.Language)).ToList();
        return Page(q, all.Count, Slice(all, q));
    }

    public static HsdsTaxonomyTerm TaxonomyTerm(Guid id, string language) =>
        HsdsTaxonomies.TermsById.TryGetValue(id, out var t) ? HsdsTaxonomies.ToHsds(t, language) : throw new NotFoundException(HsdsRules.TaxonomyTermNotFound);

    private static bool Matches(string? search, LocalizedText name, string language) =>
        search is null || name.In(language).Contains(search, StringComparison.CurrentCultureIgnoreCase) || name.Fi.Contains(search, StringComparison.CurrentCultureIgnoreCase);

    // ---- shared --------------------------------------------------------------------------------------------

    private static IQueryable<T> Published<T>(IQueryable<T> set) where T : DirectoryEntry =>
        set.AsNoTracking().AcrossRegions().Where(e => e.State == PublicationState.Published);

    /// <summary>The published services and activities (of one region, or of all) that pass the filters other than <c>search</c>.</summary>
    private (IQueryable<Service> Services, IQueryable<Activity> Activities) Filtered(HsdsQuery q, Guid? regionId)
    {
        var services = Published(db.Services);
        var activities = Published(db.Activities);
        if (regionId is { } region)
        {
            services = services.Where(s => s.RegionId == region);
            activities = activities.Where(a => a.RegionId == region);
        }
        if (q.OrganizationId is { } organisation)
        {
            services = services.Where(s => s.OrganisationId == organisation);
            activities = activities.Where(a => a.OrganisationId == organisation);
        }
        if (q.ModifiedAfter is { } after)
        {
            services = services.Where(s => s.UpdatedAt >= after);
            activities = activities.Where(a => a.UpdatedAt >= after);
        }
        if (q.TaxonomyId is { } taxonomyId)
            (services, activities) = ByTaxonomy(services, activities, HsdsTaxonomies.ById.TryGetValue(taxonomyId, out var v) ? v.Key : null, null);
        if (q.TaxonomyTermId is { } termId)
        {
            var term = HsdsTaxonomies.TermsById.GetValueOrDefault(termId);
            (services, activities) = ByTaxonomy(services, activities, term?.Taxonomy, term?.Code);
        }
        return (services, activities);
    }

    /// <summary>
    /// Items classified by a taxonomy (any term when <paramref name="code"/> is null). Service levels classify services,
    /// activity kinds activities; place kinds and offers classify the activities held at such a place.
    /// </summary>
    private (IQueryable<Service>, IQueryable<Activity>) ByTaxonomy(IQueryable<Service> services, IQueryable<Activity> activities, string? taxonomy, string? code)
    {
        var none = (services.Where(s => false), activities.Where(a => false));
        switch (taxonomy)
        {
            case HsdsTaxonomies.ServiceLevel:
            {
                if (code is null) return (services, activities.Where(a => false));
                var level = Enum.Parse<ServiceLevel>(code);
                return (services.Where(s => s.Level == level), activities.Where(a => false));
            }
            case HsdsTaxonomies.ActivityKind:
            {
                if (code is null) return (services.Where(s => false), activities);
                var kind = Enum.Parse<ActivityKind>(code);
                return (services.Where(s => false), activities.Where(a => a.Kind == kind));
            }
            case HsdsTaxonomies.Audience or HsdsTaxonomies.Topic:
                if (code is null)
                    return taxonomy == HsdsTaxonomies.Audience
                        ? (services.Where(s => s.Audiences != ""), activities.Where(a => a.Audiences != ""))
                        : (services.Where(s => s.Topics != ""), activities.Where(a => a.Topics != ""));
                var marker = Tags.Marker(code);
                return taxonomy == HsdsTaxonomies.Audience
                    ? (services.Where(s => s.Audiences.Contains(marker)), activities.Where(a => a.Audiences.Contains(marker)))
                    : (services.Where(s => s.Topics.Contains(marker)), activities.Where(a => a.Topics.Contains(marker)));
            case HsdsTaxonomies.MeetingPlaceKind:
            {
                var places = Published(db.MeetingPlaces);
                if (code is not null) { var kind = Enum.Parse<MeetingPlaceKind>(code); places = places.Where(p => p.Kind == kind); }
                return (services.Where(s => false), activities.Where(a => places.Any(p => p.Id == a.MeetingPlaceId)));
            }
            case HsdsTaxonomies.CentralOffer:
            {
                var places = Published(db.MeetingPlaces).Where(p => p.Offers != "");
                if (code is not null) { var offer = Tags.Marker(code); places = places.Where(p => p.Offers.Contains(offer)); }
                return (services.Where(s => false), activities.Where(a => places.Any(p => p.Id == a.MeetingPlaceId)));
            }
            default:
                return none;
        }
    }

    /// <summary>
    /// The published services and activities that match the text and pass the filters, best first, from the in-memory
    /// catalogue (decision 0042): complete, whatever the filters. Region, organisation and modification time are the
    /// catalogue's own; a taxonomy or place filter names its items from the database first.
    /// </summary>
    private async Task<CataloguePage> SearchAsync(string search, IQueryable<Service> services, IQueryable<Activity> activities, HsdsQuery q, Guid? region,
        long skip, int take, CancellationToken ct)
    {
        HashSet<Guid>? within = null;
        if (q.TaxonomyId is not null || q.TaxonomyTermId is not null || q.Postcode is not null)
            within = [.. await services.Select(s => s.Id).ToListAsync(ct), .. await activities.Select(a => a.Id).ToListAsync(ct)];
        bool Admit(in CatalogueHot hot, in CatalogueFacts e, CatalogueEntry entry, out long next)
        {
            next = NextOccurrence.None;
            return hot.Kind is CatalogueKind.Service or CatalogueKind.Activity
                && (region is not { } r || e.RegionId == r) && (q.OrganizationId is not { } o || e.OrganisationId == o)
                && (q.ModifiedAfter is not { } after || e.UpdatedAt >= after) && (within is null || within.Contains(e.Id));
        }
        return await catalogue.SearchAsync(search, Admit, (int)Math.Min(skip, int.MaxValue), take, ct);
    }

    /// <summary>The services and activities among <paramref name="ids"/>, whole, by id.</summary>
    private async Task<Dictionary<Guid, DirectoryEntry>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var rows = new Dictionary<Guid, DirectoryEntry>();
        if (ids.Count == 0) return rows;
        foreach (var s in await ById(db.Services, ids).ToListAsync(ct)) rows[s.Id] = s;
        foreach (var a in await ById(db.Activities, ids).ToListAsync(ct)) rows[a.Id] = a;
        return rows;
    }

    /// <summary>
    /// The organisations the items refer to and, when nested objects are asked for, their places, municipalities and
    /// regions, each read once (the list form needs only the organisations, which the catalogue holds).
    /// </summary>
    private async Task<HsdsContext> ContextAsync(string language, IReadOnlyCollection<DirectoryEntry> entries, CancellationToken ct, bool nested = true)
    {
        var municipalityIds = entries.Select(e => e switch
        {
            Activity a => a.MunicipalityId,
            Service s => s.MunicipalityId,
            MeetingPlace p => p.MunicipalityId,
            _ => null,
        }).OfType<Guid>().Where(_ => nested).ToHashSet();
        var places = new Dictionary<Guid, MeetingPlace>();
        foreach (var p in entries.OfType<MeetingPlace>()) places[p.Id] = p;
        if (nested)
        {
            var placeIds = entries.SelectMany(e => e switch
            {
                Activity { MeetingPlaceId: { } id } => [id],
                Service s => s.MeetingPlaceIds,
                _ => [],
            }).Where(id => !places.ContainsKey(id)).Distinct().ToList();
            if (placeIds.Count > 0)
                foreach (var p in await Published(db.MeetingPlaces).Where(p => placeIds.Contains(p.Id)).ToListAsync(ct)) places[p.Id] = p;
            municipalityIds.UnionWith(places.Values.Select(p => p.MunicipalityId));
        }
        // The organisers from the catalogue's references: no query for them on every page.
        var organisations = (await catalogue.ReferencesAsync(ct)).Organisations;
        var municipalities = municipalityIds.Count == 0 ? new Dictionary<Guid, Municipality>()
            : await db.Municipalities.AsNoTracking().Where(m => municipalityIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var regionIds = municipalities.Values.Select(m => m.RegionId).Distinct().ToList();
        var regions = regionIds.Count == 0 ? new Dictionary<Guid, Region>()
            : await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        return new HsdsContext(language, organisations, municipalities, regions, places);
    }

    private static HsdsService Full(DirectoryEntry e, HsdsContext c) => e switch
    {
        Activity a => HsdsMapping.Activity(a, c, full: true),
        Service s => HsdsMapping.Service(s, c, full: true),
        _ => throw new InvalidOperationException("Not a service."),
    };

    private static HsdsService OneToOne(DirectoryEntry e, HsdsContext c) => e switch
    {
        Activity a => HsdsMapping.Activity(a, c, full: false),
        Service s => HsdsMapping.Service(s, c, full: false),
        _ => throw new InvalidOperationException("Not a service."),
    };

    private static List<T> Slice<T>(IReadOnlyList<T> all, HsdsQuery q) =>
        q.Skip >= all.Count ? [] : all.Skip((int)q.Skip).Take(q.PerPage).ToList();

    private static HsdsPage<T> Page<T>(HsdsQuery q, int total, IReadOnlyList<T> contents)
    {
        var pages = (int)((total + (long)q.PerPage - 1) / q.PerPage);
        return new HsdsPage<T>(total, pages, q.Page, contents.Count, q.Page == 1, q.Page >= pages, contents.Count == 0, contents);
    }
}
