using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Search;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// The directory as read: public search and listings (published entries only), detail views, and the staff's views.
/// Public reads keep to published entries and read them across regions (<see cref="RegionFilter.AcrossRegions{T}"/>), so a
/// family finds every region's items and a staff member of one region still sees another's published ones.
/// </summary>
public sealed class DirectoryQueries(PerheverkkoDb db, DirectoryCatalogue catalogue, AccessControl access, TimeProvider clock,
    IActivityPublishCheck publishCheck)
{
    /// <summary>What each region's addresses begin with: the catalogue's copy (decision 0042).</summary>
    private async Task<IReadOnlyDictionary<Guid, string>> PrefixesAsync(CancellationToken cancellationToken) =>
        (await catalogue.ReferencesAsync(cancellationToken)).RegionPrefixes;

    public const int PageSize = 20;

    public DateOnly Today => HelsinkiTime.Today(clock);

    // The municipalities and regions come from the catalogue (decision 0042): the search page lists them on every request.

    public async Task<IReadOnlyDictionary<string, Guid>> MunicipalitySlugsAsync(CancellationToken cancellationToken) =>
        (await catalogue.ReferencesAsync(cancellationToken)).MunicipalityIdBySlug;

    /// <summary>Every municipality in Finnish alphabetical order.</summary>
    public async Task<IReadOnlyList<NamedRef>> MunicipalitiesAsync(CancellationToken cancellationToken) =>
        (await catalogue.ReferencesAsync(cancellationToken)).Municipalities;

    /// <summary>Every region as its public addresses name it.</summary>
    public async Task<IReadOnlyList<RegionAddress>> RegionsAsync(CancellationToken cancellationToken) =>
        (await catalogue.ReferencesAsync(cancellationToken)).Regions;

    /// <summary>
    /// With text: every entry that matches it and passes the filters, best first (name matches first). Without: every
    /// entry the filters let through, upcoming activities first (by their next occurrence), then services, then places.
    /// From the in-memory catalogue (decision 0042): complete at any scale, and no database read but the API's
    /// descriptions of the page's items.
    /// </summary>
    /// <param name="withDescriptions">The API's hits carry descriptions (read for the page's items); the page shows none.</param>
    public async Task<DirectorySearchResult> SearchAsync(DirectoryFilter filter, CancellationToken cancellationToken, bool withDescriptions = false)
    {
        var today = Today;
        var weekEnd = today.AddDays(ScheduleExpansion.WeekLength - 1);
        var references = await catalogue.ReferencesAsync(cancellationToken);
        var regionPrefixes = references.RegionPrefixes;
        Guid? regionOfMunicipality = filter.MunicipalityId is { } chosen ? references.MunicipalityById.GetValueOrDefault(chosen)?.RegionId : null;
        var language = filter.Language is { } code ? Tags.Marker(code) : null;
        var dayBit = filter.Day is { } day ? Schedule.DayBit(day) : 0;

        bool Admit(in CatalogueHot hot, in CatalogueFacts e, CatalogueEntry entry, out long next)
        {
            next = NextOccurrence.None;
            // The hot facts first: a text without other filters is decided by them alone.
            if (!hot.Upcoming || (filter.Free && !hot.Free) || (dayBit != 0 && (hot.DayMask & dayBit) == 0)) return false;
            switch (hot.Kind)
            {
                case CatalogueKind.Activity:
                    if (!filter.WantsActivities || (filter.RegionId is { } r && e.RegionId != r) || (filter.MunicipalityId is { } m && e.MunicipalityId != m)
                        || (filter.ActivityKind is { } k && e.ActivityKind != k) || !ForAgeAndLanguage(e, entry))
                        return false;
                    if (filter.Day is null && !filter.ThisWeek && filter.Query is not null) return true; // ordered by relevance: no occurrence needed
                    // The catalogue's next occurrence (a day's first search brings it up to date); only a weekday asks
                    // for another one, that weekday's first.
                    next = filter.Day is { } day ? NextOccurrence.Pack(ScheduleExpansion.Next(entry.Schedule!, today, filter.ThisWeek ? weekEnd : null, day)) : e.Next;
                    return next != NextOccurrence.None && (!filter.ThisWeek || NextOccurrence.Date(next) <= weekEnd);
                case CatalogueKind.Service:
                    // A service for the whole region serves every municipality of its region.
                    return filter.WantsServices && (filter.RegionId is not { } region || e.RegionId == region) && ForAgeAndLanguage(e, entry)
                        && (filter.MunicipalityId is not { } municipality || e.MunicipalityId == municipality || (e.MunicipalityId is null && e.RegionId == regionOfMunicipality));
                default:
                    return filter.WantsPlaces && (filter.RegionId is not { } placeRegion || e.RegionId == placeRegion)
                        && (filter.MunicipalityId is not { } place || e.MunicipalityId == place);
            }
        }

        bool ForAgeAndLanguage(in CatalogueFacts e, CatalogueEntry entry) =>
            (filter.Age is not { } age || ((e.AgeMin == null || e.AgeMin <= age) && (e.AgeMax == null || e.AgeMax >= age)))
            && (language is null || entry.Languages.Contains(language, StringComparison.Ordinal));

        var skip = (filter.Page - 1) * PageSize;
        var found = await catalogue.SearchAsync(filter.Query, Admit, skip, PageSize, cancellationToken);
        var pageCount = Math.Max(1, (found.Total + PageSize - 1) / PageSize);
        if (found.Items.Count == 0 && filter.Page > pageCount && found.Total > 0)
            found = await catalogue.SearchAsync(filter.Query, Admit, (pageCount - 1) * PageSize, PageSize, cancellationToken);
        var page = Math.Min(filter.Page, pageCount);
        var entries = await catalogue.EntriesAsync(cancellationToken);
        var descriptions = withDescriptions ? await DescriptionsAsync(found.Items.Select(h => h.Facts.Id), cancellationToken) : null;
        var items = found.Items.Select(h => Hit(h, entries, references.MunicipalityById, regionPrefixes, descriptions)).ToList();
        return new DirectorySearchResult(items, found.Total, page, pageCount) { SearchedFor = found.SearchedFor, Suggestions = found.Suggestions };
    }

    private static DirectoryHit Hit(CatalogueHit hit, Func<Guid, (CatalogueEntry Entry, CatalogueFacts Facts)?> entries,
        IReadOnlyDictionary<Guid, CatalogueMunicipality> municipalities, IReadOnlyDictionary<Guid, string> regionPrefixes,
        IReadOnlyDictionary<Guid, LocalizedText>? descriptions)
    {
        var (e, f) = (hit.Entry, hit.Facts);
        var description = descriptions?.GetValueOrDefault(f.Id) ?? new LocalizedText("");
        LocalizedText? MunicipalityOf(Guid? id) => id is { } m ? municipalities.GetValueOrDefault(m)?.Name : null;
        switch (f.Kind)
        {
            case CatalogueKind.Activity:
                // A place back in draft is not in the catalogue: its activities list without a place.
                var place = e.MeetingPlaceId is { } p ? entries(p) : null;
                var next = hit.Next == NextOccurrence.None ? null : ScheduleExpansion.At(e.Schedule!, NextOccurrence.Date(hit.Next));
                return new DirectoryHit(DirectorySearchDocuments.ActivityKind, f.Id, null, e.Name, description, e.Kind,
                    place is null ? null : MunicipalityOf(place.Value.Facts.MunicipalityId) ?? new LocalizedText(""), place?.Entry.Name, next, f.Free);
            case CatalogueKind.Service:
                return new DirectoryHit(DirectorySearchDocuments.ServiceKind, f.Id, null, e.Name, description, e.Kind, MunicipalityOf(f.MunicipalityId), null, null, f.Free);
            default:
                return new DirectoryHit(DirectorySearchDocuments.MeetingPlaceKind, f.Id, e.Slug, e.Name, description, e.Kind, MunicipalityOf(f.MunicipalityId), null, null, null)
                    { RegionPrefix = regionPrefixes.GetValueOrDefault(f.RegionId, "") };
        }
    }

    private async Task<IReadOnlyDictionary<Guid, LocalizedText>> DescriptionsAsync(IEnumerable<Guid> page, CancellationToken cancellationToken)
    {
        var ids = page.ToList();
        if (ids.Count == 0) return new Dictionary<Guid, LocalizedText>();
        var found = new Dictionary<Guid, LocalizedText>();
        foreach (var x in await db.Activities.AsNoTracking().AcrossRegions().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Description }).ToListAsync(cancellationToken)) found[x.Id] = x.Description;
        foreach (var x in await db.Services.AsNoTracking().AcrossRegions().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Description }).ToListAsync(cancellationToken)) found[x.Id] = x.Description;
        foreach (var x in await db.MeetingPlaces.AsNoTracking().AcrossRegions().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Description }).ToListAsync(cancellationToken)) found[x.Id] = x.Description;
        return found;
    }

    private IQueryable<Activity> PublishedActivities(DateOnly today) =>
        db.Activities.AsNoTracking().AcrossRegions().Where(a => a.State == PublicationState.Published && (a.LastDate == null || a.LastDate >= today));

    private static DirectoryHit PlaceHit(MeetingPlace p, IReadOnlyDictionary<Guid, LocalizedText> municipalities, IReadOnlyDictionary<Guid, string> regionPrefixes) =>
        new(DirectorySearchDocuments.MeetingPlaceKind, p.Id, p.Slug, p.Name, p.Description, p.Kind.ToString(),
            municipalities.GetValueOrDefault(p.MunicipalityId), null, null, null) { RegionPrefix = regionPrefixes.GetValueOrDefault(p.RegionId, "") };

    private async Task<IReadOnlyDictionary<Guid, LocalizedText>> MunicipalityNamesAsync(CancellationToken cancellationToken) =>
        (await catalogue.ReferencesAsync(cancellationToken)).MunicipalityNames;

    /// <summary>
    /// The occurrences of the coming seven days, in time order, in a municipality or at a place (or everywhere):
    /// <paramref name="take"/> of them after the first <paramref name="skip"/>, and how many there are.
    /// </summary>
    public async Task<ListSlice<WeekItem>> ThisWeekAsync(Guid? municipalityId, Guid? placeId, int skip, int take, CancellationToken cancellationToken)
    {
        var today = Today;
        return Week(await catalogue.ActivitiesAsync(municipalityId, placeId, today, cancellationToken), await ActivityHitAsync(cancellationToken), today, skip, take);
    }

    /// <summary>The published activities, optionally in a municipality or at a place, for calendar feeds and listings.</summary>
    public async Task<IReadOnlyList<Activity>> PublishedActivitiesAsync(Guid? municipalityId, Guid? placeId, CancellationToken cancellationToken)
    {
        var query = PublishedActivities(Today);
        if (municipalityId is { } m) query = query.Where(a => a.MunicipalityId == m);
        if (placeId is { } p) query = query.Where(a => a.MeetingPlaceId == p);
        return await query.OrderBy(a => a.FirstDate).ThenBy(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>One published activity as an entity, for its calendar feed (whatever its dates), or the not-found rule.</summary>
    public async Task<Activity> PublishedActivityAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Activities.AsNoTracking().AcrossRegions().SingleOrDefaultAsync(a => a.Id == id && a.State == PublicationState.Published, cancellationToken)
            ?? throw new NotFoundException(DirectoryRules.ActivityNotFound);

    /// <summary>
    /// A municipality's or a place's published activities, those meeting soonest first, and the coming seven days'
    /// occurrences of them: the first <paramref name="listed"/> of each list of its page and how many there are, from
    /// the catalogue (a municipality has hundreds of activities, and the lists show no descriptions).
    /// </summary>
    public async Task<(ListSlice<DirectoryHit> Activities, ListSlice<WeekItem> ThisWeek)> ActivitiesAndWeekAsync(Guid? municipalityId, Guid? placeId,
        int listed, CancellationToken cancellationToken)
    {
        var today = Today;
        var activities = await catalogue.ActivitiesAsync(municipalityId, placeId, today, cancellationToken);
        var hit = await ActivityHitAsync(cancellationToken);
        // Those without a coming occurrence (a schedule whose meetings are all past) last; then as the catalogue lists them.
        var soonest = activities.Select(a => (Activity: a, Next: a.Entry.Schedule is { } schedule ? ScheduleExpansion.Next(schedule, today) : null))
            .OrderBy(a => a.Next is null).ThenBy(a => a.Next?.StartsAtUtc).Take(listed).Select(a => hit(a.Activity, a.Next)).ToList();
        return (new ListSlice<DirectoryHit>(soonest, activities.Count), Week(activities, hit, today, 0, listed));
    }

    /// <summary>Makes an activity's hit (without its description) from its catalogue entry, its place's and municipality's names from the catalogue too.</summary>
    private async Task<Func<(CatalogueEntry Entry, CatalogueFacts Facts), Occurrence?, DirectoryHit>> ActivityHitAsync(CancellationToken cancellationToken)
    {
        var entries = await catalogue.EntriesAsync(cancellationToken);
        var municipalities = (await catalogue.ReferencesAsync(cancellationToken)).MunicipalityNames;
        return (activity, next) =>
        {
            // Only published places are in the catalogue: an activity at a place back in draft lists without one.
            var place = activity.Entry.MeetingPlaceId is { } id && entries(id) is { Facts.Kind: CatalogueKind.Place } found ? found : ((CatalogueEntry Entry, CatalogueFacts Facts)?)null;
            return new DirectoryHit(DirectorySearchDocuments.ActivityKind, activity.Facts.Id, null, activity.Entry.Name, new LocalizedText(""), activity.Entry.Kind,
                place is { } p ? municipalities.GetValueOrDefault(p.Facts.MunicipalityId ?? Guid.Empty) ?? new LocalizedText("") : null,
                place?.Entry.Name, next, activity.Facts.Free);
        };
    }

    private static ListSlice<WeekItem> Week(IEnumerable<(CatalogueEntry Entry, CatalogueFacts Facts)> activities,
        Func<(CatalogueEntry Entry, CatalogueFacts Facts), Occurrence?, DirectoryHit> hit, DateOnly today, int skip, int take)
    {
        // Ordered before any hit is made: a page makes hits only for the occurrences it shows.
        var all = activities.SelectMany(a => (a.Entry.Schedule is { } schedule ? ScheduleExpansion.ThisWeek(schedule, today) : []).Select(o => (Activity: a, Occurrence: o)))
            .OrderBy(i => i.Occurrence.StartsAtUtc).ThenBy(i => i.Activity.Entry.Name.Fi, StringComparer.Ordinal).ToList();
        return new(all.Skip(skip).Take(take).Select(i => new WeekItem(i.Occurrence, hit(i.Activity, i.Occurrence))).ToList(), all.Count);
    }

    public async Task<IReadOnlyList<DirectoryHit>> PlaceHitsAsync(Guid? municipalityId, Guid? familyCentreId, CancellationToken cancellationToken)
    {
        var query = db.MeetingPlaces.AsNoTracking().AcrossRegions().Where(p => p.State == PublicationState.Published);
        if (municipalityId is { } m) query = query.Where(p => p.MunicipalityId == m);
        if (familyCentreId is { } f) query = query.Where(p => p.FamilyCentreId == f);
        var municipalities = await MunicipalityNamesAsync(cancellationToken);
        var regionPrefixes = await PrefixesAsync(cancellationToken);
        return (await query.ToListAsync(cancellationToken)).Select(p => PlaceHit(p, municipalities, regionPrefixes)).OrderBy(p => p.Name.Fi, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The services of a municipality (its own and the region-wide ones), or those offered at given places, by name:
    /// the first <paramref name="listed"/> and how many there are, from the catalogue.
    /// </summary>
    public async Task<ListSlice<DirectoryHit>> ServiceHitsAsync(Guid? municipalityId, IReadOnlyCollection<Guid>? atPlaces, int listed, CancellationToken cancellationToken)
    {
        var references = await catalogue.ReferencesAsync(cancellationToken);
        // A region-wide service serves the municipalities of its own region.
        var region = municipalityId is { } m ? references.MunicipalityById.GetValueOrDefault(m)?.RegionId : null;
        var services = await catalogue.ServicesAsync(municipalityId, region, atPlaces, cancellationToken);
        var entries = await catalogue.EntriesAsync(cancellationToken);
        return new(services.OrderBy(s => s.Entry.Name.Fi, StringComparer.Ordinal).ThenBy(s => s.Facts.Id).Take(listed)
            .Select(s => Hit(new CatalogueHit(s.Entry, s.Facts, false, 0, NextOccurrence.None), entries, references.MunicipalityById, references.RegionPrefixes, null))
            .ToList(), services.Count);
    }

    // ---- Detail views ----

    /// <param name="includeUnpublished">Staff see drafts and archived entries; the public only published ones.</param>
    public async Task<ActivityView> GetActivityAsync(Guid id, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var a = await Published(db.Activities, includeUnpublished).SingleOrDefaultAsync(x => x.Id == id && (includeUnpublished || x.State == PublicationState.Published), cancellationToken)
            ?? throw new NotFoundException(DirectoryRules.ActivityNotFound);
        return await ViewAsync(a, cancellationToken, publicView: !includeUnpublished);
    }

    /// <param name="publicView">
    /// The public reads the place only while it is published: a place that went back to draft after the activity was
    /// published there is not named to anyone but staff (issue #12 item 4).
    /// </param>
    public async Task<ActivityView> ViewAsync(Activity a, CancellationToken cancellationToken, bool publicView = true)
    {
        var organisations = await OrganisationRefsAsync([a.OrganisationId, .. a.CoOrganiserIds], cancellationToken);
        var municipality = await MunicipalityRefAsync(a.MunicipalityId, cancellationToken);
        var place = a.MeetingPlaceId is { } p ? (await PlaceRefsAsync([p], cancellationToken, publishedOnly: publicView)).SingleOrDefault() : null;
        return new ActivityView(a.Id, a.Name, a.Description, a.Kind, organisations[a.OrganisationId],
            a.CoOrganiserIds.Where(organisations.ContainsKey).Select(o => organisations[o]).ToList(), municipality, place, a.RoomNote,
            a.AgeMin, a.AgeMax, Tags.SplitEnum<Audience>(a.Audiences), Tags.SplitEnum<Topic>(a.Topics), Tags.Split(a.Languages), a.Schedule,
            ScheduleExpansion.Between(a.Schedule, Today, Today.AddDays(90)).Take(12).ToList(), a.RegistrationRequired, a.RegistrationUrl,
            a.RegistrationContact, a.Capacity, a.Cost, a.FeeNote, a.State, a.UpdatedAt);
    }

    public async Task<ServiceView> GetServiceAsync(Guid id, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var s = await Published(db.Services, includeUnpublished).SingleOrDefaultAsync(x => x.Id == id && (includeUnpublished || x.State == PublicationState.Published), cancellationToken)
            ?? throw new NotFoundException(DirectoryRules.ServiceNotFound);
        var organisations = await OrganisationRefsAsync([s.OrganisationId], cancellationToken);
        var municipality = s.MunicipalityId is { } m ? await MunicipalityRefAsync(m, cancellationToken) : null;
        var places = (await PlaceRefsAsync(s.MeetingPlaceIds, cancellationToken, publishedOnly: !includeUnpublished)).ToList();
        return new ServiceView(s.Id, s.Name, s.Description, s.Level, organisations[s.OrganisationId], municipality, s.AgeMin, s.AgeMax,
            Tags.SplitEnum<Audience>(s.Audiences), Tags.SplitEnum<Topic>(s.Topics), Tags.Split(s.Languages), places, s.Phone, s.Email,
            s.WebUrl, s.EServiceUrl, s.Cost, s.FeeNote, s.PtvId, s.State, s.UpdatedAt, s.BookingUrl);
    }

    /// <summary>Staff read drafts through the region filter; the public reads published entries of every region.</summary>
    private static IQueryable<T> Published<T>(IQueryable<T> entries, bool includeUnpublished) where T : class =>
        includeUnpublished ? entries.AsNoTracking() : entries.AsNoTracking().AcrossRegions();

    /// <param name="key">The place's short name or id.</param>
    public async Task<MeetingPlaceView> GetMeetingPlaceAsync(string key, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var byId = Guid.TryParse(key, out var id) ? id : Guid.Empty;
        // A short name is unique within a region: a read without one finds it by id (staff) or among the visible places.
        var p = await Published(db.MeetingPlaces, includeUnpublished)
            .Where(x => (x.Slug == key || x.Id == byId) && (includeUnpublished || x.State == PublicationState.Published))
            .OrderBy(x => x.Id == byId ? 0 : 1).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(DirectoryRules.MeetingPlaceNotFound);
        return await PlaceViewAsync(p, cancellationToken, editorsView: includeUnpublished);
    }

    /// <summary>A published meeting place of one region by its short name (or id): its public address /r/{region}/directory/places/{key}.</summary>
    public async Task<MeetingPlaceView> GetPublishedMeetingPlaceAsync(Guid regionId, string key, CancellationToken cancellationToken)
    {
        var byId = Guid.TryParse(key, out var id) ? id : Guid.Empty;
        var p = await db.MeetingPlaces.AsNoTracking().AcrossRegions()
            .SingleOrDefaultAsync(x => x.RegionId == regionId && (x.Slug == key || x.Id == byId) && x.State == PublicationState.Published, cancellationToken)
            ?? throw new NotFoundException(DirectoryRules.MeetingPlaceNotFound);
        return await PlaceViewAsync(p, cancellationToken);
    }

    /// <param name="editorsView">
    /// An editor of a place kept in PTV gets the ended exceptions too: they are PTV's data, which an edit here must give back
    /// unchanged; everyone else sees only the exceptions that have not ended.
    /// </param>
    private async Task<MeetingPlaceView> PlaceViewAsync(MeetingPlace p, CancellationToken cancellationToken, bool editorsView = false)
    {
        var organisations = await OrganisationRefsAsync([p.OrganisationId], cancellationToken);
        var centre = p.FamilyCentreId is { } f
            ? await db.FamilyCentres.AsNoTracking().Where(c => c.Id == f).Select(c => new NamedRef(c.Id, c.Slug, c.Name)).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new MeetingPlaceView(p.Id, p.Slug, p.Name, p.Description, p.Kind, organisations[p.OrganisationId],
            await MunicipalityRefAsync(p.MunicipalityId, cancellationToken), centre, p.StreetAddress, p.PostalCode, p.PostOffice,
            p.Latitude, p.Longitude, p.Accessibility, p.OpeningHours, p.OpeningExceptions.Where(e => e.To >= Today || (editorsView && p.IsMasteredInPtv)).ToList(), p.OfferList,
            p.Phone, p.Email, p.WebUrl, p.State, p.UpdatedAt, p.BookingUrl, p.IsAdviceHomeBase);
    }

    public async Task<ActivityStaffView> GetActivityForStaffAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var a = await db.Activities.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken) ?? throw new NotFoundException(DirectoryRules.ActivityNotFound);
        return new ActivityStaffView(await ViewAsync(a, cancellationToken, publicView: false), a.Version, a.Leaders, a.Insurance,
            a.MissingAgreements(await publishCheck.GapsAsync(actor, a.Id, cancellationToken)),
            await PermittedAsync(actor, a, cancellationToken));
    }

    public async Task<ServiceStaffView> GetServiceForStaffAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var s = await db.Services.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken) ?? throw new NotFoundException(DirectoryRules.ServiceNotFound);
        return new ServiceStaffView(await GetServiceAsync(id, true, cancellationToken), s.Version, await PermittedAsync(actor, s, cancellationToken), s.Master, s.PtvId);
    }

    public async Task<MeetingPlaceStaffView> GetMeetingPlaceForStaffAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var p = await db.MeetingPlaces.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken) ?? throw new NotFoundException(DirectoryRules.MeetingPlaceNotFound);
        return new MeetingPlaceStaffView(await GetMeetingPlaceAsync(id.ToString(), true, cancellationToken), p.Version, await PermittedAsync(actor, p, cancellationToken), p.Master, p.PtvId);
    }

    private async Task<IReadOnlyList<string>> PermittedAsync(Actor? actor, DirectoryEntry entry, CancellationToken cancellationToken) =>
        (await access.PermittedAsync(actor, [DirectoryRelationships.Of(entry)], [StaffAction.EditDirectory], cancellationToken)).For(entry.Id);

    /// <summary>
    /// The entries of the region the actor may edit, by the access engine: everything for coordinators, their
    /// organisation's (and, for a municipality's representative, the meeting places in it) for others. Three reads of
    /// the region's entries and at most one for the relationship, however long the list.
    /// </summary>
    public async Task<IReadOnlyList<StaffEntry>> EditableAsync(Actor? actor, CancellationToken cancellationToken) =>
        (await EditablePageAsync(actor, new StaffListFilter(null, null, null, null, 1, int.MaxValue), cancellationToken)).Items;

    /// <summary>
    /// The staff list (issue #13 item 4): the editable entries narrowed by type, municipality, state and words of the name,
    /// drafts first, one page of <see cref="StaffListFilter.PageSize"/>. Each row names its municipality and place; an
    /// activity's next meeting day is found for the page's rows only, so a long list costs one schedule read per row shown.
    /// </summary>
    public async Task<StaffEntryPage> EditablePageAsync(Actor? actor, StaffListFilter filter, CancellationToken cancellationToken)
    {
        var organisations = (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Slug, o.Name }).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Id, o => new NamedRef(o.Id, o.Slug, o.Name));
        var municipalities = (await db.Municipalities.AsNoTracking().Select(m => new { m.Id, m.Slug, m.Name }).ToListAsync(cancellationToken))
            .ToDictionary(m => m.Id, m => new NamedRef(m.Id, m.Slug, m.Name));
        var places = await db.MeetingPlaces.AsNoTracking()
            .Select(p => new { p.Id, p.RegionId, p.Name, p.OrganisationId, p.State, p.UpdatedAt, p.IsDemo, p.MunicipalityId }).ToListAsync(cancellationToken);
        var services = await db.Services.AsNoTracking()
            .Select(s => new { s.Id, s.RegionId, s.Name, s.OrganisationId, s.State, s.UpdatedAt, s.IsDemo, s.MunicipalityId, s.MeetingPlaceIds }).ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking()
            .Select(a => new { a.Id, a.RegionId, a.Name, a.OrganisationId, a.State, a.UpdatedAt, a.IsDemo, a.MunicipalityId, a.MeetingPlaceId }).ToListAsync(cancellationToken);
        var objects = places.Select(p => new AccessObject(DirectoryRelationships.MeetingPlaceType, p.Id, p.RegionId, p.OrganisationId))
            .Concat(services.Select(s => new AccessObject(DirectoryRelationships.ServiceType, s.Id, s.RegionId, s.OrganisationId)))
            .Concat(activities.Select(a => new AccessObject(DirectoryRelationships.ActivityType, a.Id, a.RegionId, a.OrganisationId))).ToList();
        var permitted = await access.PermittedAsync(actor, objects, [StaffAction.EditDirectory], cancellationToken);
        bool Editable(Guid id) => permitted.Has(id, StaffAction.EditDirectory);
        var placeNames = places.ToDictionary(p => p.Id, p => p.Name);
        LocalizedText? MunicipalityName(Guid? id) => id is { } m && municipalities.TryGetValue(m, out var named) ? named.Name : null;
        LocalizedText? PlaceName(Guid? id) => id is { } p && placeNames.TryGetValue(p, out var name) ? name : null;
        var entries = activities.Where(a => Editable(a.Id)).Select(a => new StaffEntry(DirectorySearchDocuments.ActivityKind, a.Id, a.Name, organisations[a.OrganisationId],
                a.State, a.UpdatedAt, a.IsDemo, a.MunicipalityId, MunicipalityName(a.MunicipalityId), PlaceName(a.MeetingPlaceId)))
            .Concat(services.Where(s => Editable(s.Id)).Select(s => new StaffEntry(DirectorySearchDocuments.ServiceKind, s.Id, s.Name, organisations[s.OrganisationId],
                s.State, s.UpdatedAt, s.IsDemo, s.MunicipalityId, MunicipalityName(s.MunicipalityId), PlaceName(s.MeetingPlaceIds.FirstOrDefault() is { } first && first != Guid.Empty ? first : null))))
            .Concat(places.Where(p => Editable(p.Id)).Select(p => new StaffEntry(DirectorySearchDocuments.MeetingPlaceKind, p.Id, p.Name, organisations[p.OrganisationId],
                p.State, p.UpdatedAt, p.IsDemo, p.MunicipalityId, MunicipalityName(p.MunicipalityId), null)))
            .Where(filter.Matches(municipalities.Values.FirstOrDefault(m => m.Slug == filter.Municipality)?.Id))
            .OrderBy(e => e.State).ThenBy(e => e.Type).ThenBy(e => e.Name.Fi, StringComparer.Ordinal).ToList();
        var pageCount = entries.Count == 0 ? 1 : (entries.Count - 1) / filter.Size + 1;
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var shown = entries.Skip((page - 1) * filter.Size).Take(filter.Size).ToList();
        var shownActivities = shown.Where(e => e.Type == DirectorySearchDocuments.ActivityKind).Select(e => e.Id).ToList();
        var today = Today;
        var next = (await db.Activities.AsNoTracking().Where(a => shownActivities.Contains(a.Id)).Select(a => new { a.Id, a.Schedule }).ToListAsync(cancellationToken))
            .ToDictionary(a => a.Id, a => ScheduleExpansion.Next(a.Schedule, today)?.Date);
        return new StaffEntryPage(shown.Select(e => e with { Next = next.GetValueOrDefault(e.Id) }).ToList(), entries.Count, page, pageCount);
    }

    /// <summary>Organisations an editor may choose as the maintainer of a new entry (by the access engine): all of the region for coordinators, else their own.</summary>
    public async Task<IReadOnlyList<NamedRef>> OwnerChoicesAsync(Actor? actor, CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.RegionId, o.Slug, o.Name }).ToListAsync(cancellationToken))
            .Where(o => AccessControl.PermittedByRole(actor, new AccessObject(nameof(Organisation), null, o.RegionId, o.Id), StaffAction.EditDirectory).Count > 0)
            .Select(o => new NamedRef(o.Id, o.Slug, o.Name)).OrderBy(o => o.Name.Fi, StringComparer.Ordinal).ToList();

    public async Task<IReadOnlyList<NamedRef>> OrganisationsAsync(CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Slug, o.Name }).ToListAsync(cancellationToken))
            .Select(o => new NamedRef(o.Id, o.Slug, o.Name)).OrderBy(o => o.Name.Fi, StringComparer.Ordinal).ToList();

    /// <summary>Places an activity or service can name: any that is not archived.</summary>
    public async Task<IReadOnlyList<NamedRef>> PlaceChoicesAsync(CancellationToken cancellationToken) =>
        (await db.MeetingPlaces.AsNoTracking().Where(p => p.State != PublicationState.Archived).Select(p => new { p.Id, p.Slug, p.Name }).ToListAsync(cancellationToken))
            .Select(p => new NamedRef(p.Id, p.Slug, p.Name)).OrderBy(p => p.Name.Fi, StringComparer.Ordinal).ToList();

    public Task<(NamedRef Municipality, IReadOnlyList<NamedRef> FamilyCentres)> MunicipalityAsync(string slug, CancellationToken cancellationToken) =>
        MunicipalityAsync(null, slug, cancellationToken);

    /// <summary>A municipality by its short name, with its family centres; with a region, only one of that region's.</summary>
    public async Task<(NamedRef Municipality, IReadOnlyList<NamedRef> FamilyCentres)> MunicipalityAsync(Guid? regionId, string slug, CancellationToken cancellationToken)
    {
        var m = await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(x => x.Slug == slug && (regionId == null || x.RegionId == regionId), cancellationToken)
            ?? throw new NotFoundException(DirectoryRules.MunicipalityNotFound);
        var centres = await db.FamilyCentres.AsNoTracking().Where(f => f.MunicipalityId == m.Id).Select(f => new NamedRef(f.Id, f.Slug, f.Name)).ToListAsync(cancellationToken);
        return (new NamedRef(m.Id, m.Slug, m.Name), centres);
    }

    public Task<(NamedRef FamilyCentre, NamedRef Municipality)> FamilyCentreAsync(string slug, CancellationToken cancellationToken) =>
        FamilyCentreAsync(null, slug, cancellationToken);

    /// <summary>A family centre by its short name; with a region, only one in a municipality of that region.</summary>
    public async Task<(NamedRef FamilyCentre, NamedRef Municipality)> FamilyCentreAsync(Guid? regionId, string slug, CancellationToken cancellationToken)
    {
        var f = await db.FamilyCentres.AsNoTracking()
            .SingleOrDefaultAsync(x => x.Slug == slug && (regionId == null || db.Municipalities.Any(m => m.Id == x.MunicipalityId && m.RegionId == regionId)), cancellationToken)
            ?? throw new NotFoundException(DirectoryRules.FamilyCentreNotFound);
        return (new NamedRef(f.Id, f.Slug, f.Name), await MunicipalityRefAsync(f.MunicipalityId, cancellationToken));
    }

    /// <summary>How a family centre is reached, and whether that is demo data.</summary>
    public async Task<(FamilyCentreContact Contact, bool Demo)> FamilyCentreContactAsync(Guid familyCentreId, CancellationToken cancellationToken)
    {
        var f = await db.FamilyCentres.AsNoTracking().SingleOrDefaultAsync(x => x.Id == familyCentreId, cancellationToken)
            ?? throw new NotFoundException(DirectoryRules.FamilyCentreNotFound);
        return (f.Contact, f.ContactIsDemo);
    }

    public async Task<IReadOnlyList<NamedRef>> FamilyCentresAsync(CancellationToken cancellationToken) =>
        await db.FamilyCentres.AsNoTracking().OrderBy(f => f.Slug).Select(f => new NamedRef(f.Id, f.Slug, f.Name)).ToListAsync(cancellationToken);

    /// <summary>
    /// Every public address of the directory, for sitemap.xml: each region's front page, municipalities, family centres and
    /// places under the region's own addresses (the default region's short ones), activities and services by id.
    /// </summary>
    public async Task<IReadOnlyList<(string Path, DateTime? Modified)>> SitemapAsync(CancellationToken cancellationToken)
    {
        var regionPrefixes = await PrefixesAsync(cancellationToken);
        string Prefix(Guid regionId) => regionPrefixes.GetValueOrDefault(regionId, "");
        var paths = new List<(string, DateTime?)> { ("/", null), ("/network", null), ("/directory", null), ("/organisations", null) };
        foreach (var r in regionPrefixes.Values.Where(p => p.Length > 0).Order(StringComparer.Ordinal))
        {
            paths.Add((r, null));
            paths.Add(($"{r}/network", null));
            paths.Add(($"{r}/organisations", null));
        }
        var municipalities = await db.Municipalities.AsNoTracking().Select(m => new { m.Id, m.Slug, m.RegionId }).OrderBy(m => m.Slug).ToListAsync(cancellationToken);
        foreach (var m in municipalities)
        {
            paths.Add(($"{Prefix(m.RegionId)}/directory/municipalities/{m.Slug}", null));
            paths.Add(($"{Prefix(m.RegionId)}/directory/municipalities/{m.Slug}/this-week", null));
        }
        var regionOfMunicipality = municipalities.ToDictionary(m => m.Id, m => m.RegionId);
        foreach (var f in await db.FamilyCentres.AsNoTracking().Select(f => new { f.Slug, f.MunicipalityId }).OrderBy(f => f.Slug).ToListAsync(cancellationToken))
            paths.Add(($"{Prefix(regionOfMunicipality.GetValueOrDefault(f.MunicipalityId))}/directory/family-centres/{f.Slug}", null));
        foreach (var p in await db.MeetingPlaces.AsNoTracking().AcrossRegions().Where(p => p.State == PublicationState.Published).OrderBy(p => p.Slug)
                     .Select(p => new { p.Slug, p.RegionId, p.UpdatedAt }).ToListAsync(cancellationToken))
            paths.Add(($"{Prefix(p.RegionId)}/directory/places/{p.Slug}", p.UpdatedAt));
        foreach (var s in await db.Services.AsNoTracking().AcrossRegions().Where(s => s.State == PublicationState.Published).OrderBy(s => s.Id).Select(s => new { s.Id, s.UpdatedAt }).ToListAsync(cancellationToken))
            paths.Add(($"/directory/services/{s.Id}", s.UpdatedAt));
        foreach (var a in await PublishedActivities(Today).OrderBy(a => a.Id).Select(a => new { a.Id, a.UpdatedAt }).ToListAsync(cancellationToken))
            paths.Add(($"/directory/activities/{a.Id}", a.UpdatedAt));
        return paths;
    }

    /// <summary>Each municipality's region.</summary>
    /// <summary>What each municipality's page address begins with (its region's prefix).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> MunicipalityPrefixesAsync(CancellationToken cancellationToken) =>
        (await catalogue.ReferencesAsync(cancellationToken)).MunicipalityPrefixes;

    /// <summary>The municipalities of one region, for its own pages.</summary>
    public async Task<IReadOnlyList<NamedRef>> MunicipalitiesAsync(Guid regionId, CancellationToken cancellationToken) =>
        (await catalogue.ReferencesAsync(cancellationToken)).MunicipalitiesOf(regionId);

    private async Task<Dictionary<Guid, NamedRef>> OrganisationRefsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().AcrossRegions().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Slug, o.Name }).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Id, o => new NamedRef(o.Id, o.Slug, o.Name));

    private async Task<NamedRef> MunicipalityRefAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Municipalities.AsNoTracking().Where(m => m.Id == id).Select(m => new NamedRef(m.Id, m.Slug, m.Name)).SingleAsync(cancellationToken);

    private async Task<IReadOnlyList<PlaceRef>> PlaceRefsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken, bool publishedOnly = false) =>
        await db.MeetingPlaces.AsNoTracking().AcrossRegions().Where(p => ids.Contains(p.Id) && (!publishedOnly || p.State == PublicationState.Published))
            .Select(p => new PlaceRef(p.Id, p.Slug, p.Name, p.StreetAddress, p.PostalCode, p.PostOffice, p.Latitude, p.Longitude))
            .ToListAsync(cancellationToken);
}
