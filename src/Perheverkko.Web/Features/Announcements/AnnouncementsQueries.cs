using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Announcements;

/// <summary>One announcement of the staff list, with its state now and whether the reader may change or withdraw it.</summary>
public sealed record AnnouncementRow(Guid Id, LocalizedText Title, LocalizedText Organisation, LocalizedText? Municipality, DateTime PublishFrom,
    DateTime? PublishUntil, AnnouncementState State, bool MayEdit);

/// <summary>The region's announcements for staff; <paramref name="MayWrite"/>: whether the reader may write a new one.</summary>
public sealed record AnnouncementListView(IReadOnlyList<AnnouncementRow> Rows, bool MayWrite);

/// <summary>One announcement as staff open it (times in UTC), with what the reader may do.</summary>
public sealed record AnnouncementStaffView(Guid Id, Guid OrganisationId, LocalizedText Organisation, Guid? MunicipalityId, LocalizedText Title,
    LocalizedText Body, DirectoryLinkKind? LinkKind, Guid? LinkId, DateTime PublishFrom, DateTime? PublishUntil, DateTime? WithdrawnAt,
    AnnouncementState State, int Version, bool MayEdit);

public sealed record AnnouncementChoice(Guid Id, LocalizedText Name);

/// <summary>What the form offers: the organisations the reader may write for, the region's municipalities and its published directory items.</summary>
public sealed record AnnouncementFormChoices(IReadOnlyList<AnnouncementChoice> Organisations, IReadOnlyList<AnnouncementChoice> Municipalities,
    IReadOnlyList<DirectoryLink> Links);

/// <summary>
/// An announcement as anyone reads it: only what was published, nothing of the staff's (no version, no withdrawal, no
/// author's account). <paramref name="Path"/> is its page under its region's public addresses.
/// </summary>
public sealed record PublicAnnouncement(Guid Id, LocalizedText Title, LocalizedText Body, LocalizedText Organisation, LocalizedText? Municipality,
    DateTime PublishedAt, DateTime UpdatedAt, string? LinkPath, LocalizedText? LinkName, string Path);

/// <summary>The public announcements of a region or a municipality (with the region's own), newest first.</summary>
public sealed record PublicAnnouncementList(RegionAddress Region, NamedRef? Municipality, IReadOnlyList<PublicAnnouncement> Items);

/// <summary>The reads of announcements: the staff list and form, and the public pages and feeds (published ones only).</summary>
public sealed class AnnouncementsQueries(PerheverkkoDb db, AccessControl access, AnnouncementLinkQueries links, RegionAddressQueries regions, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Whether the staff front page links to the announcements: who may write one for their organisation or the region.</summary>
    public static bool MayWriteAnnouncements(Actor? actor) =>
        AccessControl.PermittedByRole(actor, AnnouncementAccess.New(actor, actor?.OrganisationId, null), StaffAction.WriteAnnouncements).Count > 0;

    public async Task<AnnouncementListView> StaffListAsync(Actor? actor, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewStaffArea, null, cancellationToken);
        var rows = await db.Announcements.AsNoTracking().OrderByDescending(a => a.PublishFrom).ToListAsync(cancellationToken);
        var permitted = await access.PermittedAsync(actor, rows.Select(AnnouncementAccess.Of).ToList(), [StaffAction.WriteAnnouncements], cancellationToken);
        var organisations = await OrganisationNamesAsync(rows.Select(a => a.OrganisationId).Distinct().ToList(), cancellationToken);
        var municipalities = await MunicipalityNamesAsync(cancellationToken);
        var now = Now;
        return new AnnouncementListView(rows.Select(a => new AnnouncementRow(a.Id, a.Title, organisations.GetValueOrDefault(a.OrganisationId) ?? new LocalizedText(""),
                a.MunicipalityId is { } m ? municipalities.GetValueOrDefault(m) : null, a.PublishFrom, a.PublishUntil, a.StateAt(now),
                a.WithdrawnAt is null && permitted.Has(a.Id, StaffAction.WriteAnnouncements))).ToList(),
            MayWriteAnnouncements(actor) || (await OrganisationChoicesAsync(actor, cancellationToken)).Count > 0);
    }

    public async Task<AnnouncementStaffView> StaffViewAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewStaffArea, null, cancellationToken);
        var a = await db.Announcements.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (a is null || (actor is { IsNational: false } && a.RegionId != actor.RegionId)) throw new NotFoundException(AnnouncementsRules.NotFound);
        var mayEdit = a.WithdrawnAt is null && await access.PermitsAsync(actor, StaffAction.WriteAnnouncements, AnnouncementAccess.Of(a), cancellationToken);
        var organisation = (await OrganisationNamesAsync([a.OrganisationId], cancellationToken)).GetValueOrDefault(a.OrganisationId) ?? new LocalizedText("");
        return new AnnouncementStaffView(a.Id, a.OrganisationId, organisation, a.MunicipalityId, a.Title, a.Body, a.LinkKind, a.LinkId, a.PublishFrom,
            a.PublishUntil, a.WithdrawnAt, a.StateAt(Now), a.Version, mayEdit);
    }

    /// <summary>The form's choices in the region of <paramref name="regionId"/> (none: the reader's own).</summary>
    public async Task<AnnouncementFormChoices> FormChoicesAsync(Actor? actor, Guid? regionId, CancellationToken cancellationToken)
    {
        var region = regionId ?? await regions.IdForAsync(actor, cancellationToken);
        var municipalities = (await db.Municipalities.AsNoTracking().Where(m => m.RegionId == region).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
            .Select(m => new AnnouncementChoice(m.Id, m.Name)).OrderBy(m => m.Name.Fi, FinnishOrder).ToList();
        return new AnnouncementFormChoices(await OrganisationChoicesAsync(actor, cancellationToken), municipalities, await links.ChoicesAsync(region, cancellationToken));
    }

    /// <summary>The organisations of the reader's region (every region's for a national administrator) they may write for.</summary>
    public async Task<IReadOnlyList<AnnouncementChoice>> OrganisationChoicesAsync(Actor? actor, CancellationToken cancellationToken)
    {
        if (actor is null) return [];
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.ClosedOn == null).Select(o => new { o.Id, o.RegionId, o.Name }).ToListAsync(cancellationToken);
        return organisations.Where(o => AccessControl.PermittedByRole(actor, AnnouncementAccess.New(actor, o.Id, o.RegionId), StaffAction.WriteAnnouncements).Count > 0)
            .Select(o => new AnnouncementChoice(o.Id, o.Name)).OrderBy(o => o.Name.Fi, FinnishOrder).ToList();
    }

    // ---- Public reads: published only, across regions with the region named (docs/access.md) ----

    /// <summary>Published: started, not ended, not withdrawn — the one test every public read applies.</summary>
    private IQueryable<Announcement> Published(DateTime now) =>
        db.Announcements.AsNoTracking().AcrossRegions().Where(a => a.WithdrawnAt == null && a.PublishFrom <= now && (a.PublishUntil == null || a.PublishUntil > now));

    /// <summary>
    /// The region's published announcements, newest first: with <paramref name="municipalitySlug"/>, that municipality's
    /// and the region-wide ones; without, all of the region's. An unknown municipality of the region is not found.
    /// </summary>
    public async Task<PublicAnnouncementList> CurrentAsync(string? regionSlug, string? municipalitySlug, int? take, CancellationToken cancellationToken)
    {
        var region = await regions.BySlugAsync(regionSlug, cancellationToken);
        NamedRef? municipality = null;
        if (municipalitySlug is not null)
            municipality = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == region.Id && m.Slug == municipalitySlug)
                .Select(m => new NamedRef(m.Id, m.Slug, m.Name)).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(Organisations.OrganisationRules.MunicipalityNotFound);
        var query = Published(Now).Where(a => a.RegionId == region.Id);
        if (municipality is not null) query = query.Where(a => a.MunicipalityId == null || a.MunicipalityId == municipality.Id);
        query = query.OrderByDescending(a => a.PublishFrom).ThenByDescending(a => a.Id);
        if (take is { } n) query = query.Take(n);
        return new PublicAnnouncementList(region, municipality, await ViewsAsync(await query.ToListAsync(cancellationToken), cancellationToken));
    }

    /// <summary>One published announcement; under a region's address (<paramref name="regionSlug"/>) only that region's.</summary>
    public async Task<PublicAnnouncement> PublicAsync(string? regionSlug, Guid id, CancellationToken cancellationToken)
    {
        var announcement = await Published(Now).SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException(AnnouncementsRules.NotFound);
        if (regionSlug is not null && (await regions.BySlugAsync(regionSlug, cancellationToken)).Id != announcement.RegionId)
            throw new NotFoundException(AnnouncementsRules.NotFound);
        return (await ViewsAsync([announcement], cancellationToken)).Single();
    }

    /// <summary>Every published announcement's page for the sitemap: the default region's short address, the others' under /r/{region}.</summary>
    public async Task<IReadOnlyList<(string Path, DateTime? Modified)>> SitemapAsync(CancellationToken cancellationToken)
    {
        var all = await regions.AllAsync(cancellationToken);
        var rows = await Published(Now).OrderBy(a => a.Id).Select(a => new { a.Id, a.RegionId, a.UpdatedAt }).ToListAsync(cancellationToken);
        var paths = new List<(string, DateTime?)>();
        foreach (var r in all) paths.Add(($"{r.Prefix}/announcements", null));
        paths.AddRange(rows.Select(a => ($"{all.FirstOrDefault(r => r.Id == a.RegionId)?.Prefix}/announcements/{a.Id}", (DateTime?)a.UpdatedAt)));
        return paths;
    }

    private async Task<IReadOnlyList<PublicAnnouncement>> ViewsAsync(IReadOnlyList<Announcement> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var all = await regions.AllAsync(cancellationToken);
        var organisations = await OrganisationNamesAsync(rows.Select(a => a.OrganisationId).Distinct().ToList(), cancellationToken);
        var municipalities = await MunicipalityNamesAsync(cancellationToken);
        var views = new List<PublicAnnouncement>();
        foreach (var regionRows in rows.GroupBy(a => a.RegionId))
        {
            var prefix = all.FirstOrDefault(r => r.Id == regionRows.Key)?.Prefix ?? "";
            var linked = await links.OfAsync(regionRows.Key, regionRows.Where(a => a.LinkKind is not null && a.LinkId is not null)
                .Select(a => (a.LinkKind!.Value, a.LinkId!.Value)).ToList(), cancellationToken);
            foreach (var a in regionRows)
            {
                // A linked item unpublished since is left out rather than linked to nothing.
                var link = linked.FirstOrDefault(l => l.Kind == a.LinkKind && l.Id == a.LinkId);
                views.Add(new PublicAnnouncement(a.Id, a.Title, a.Body, organisations.GetValueOrDefault(a.OrganisationId) ?? new LocalizedText(""),
                    a.MunicipalityId is { } m ? municipalities.GetValueOrDefault(m) : null, a.PublishFrom, a.UpdatedAt,
                    link?.PathUnder(prefix), link?.Name, $"{prefix}/announcements/{a.Id}"));
            }
        }
        return views.OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id).ToList();
    }

    private async Task<Dictionary<Guid, LocalizedText>> OrganisationNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().AcrossRegions().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Id, o => o.Name);

    private async Task<Dictionary<Guid, LocalizedText>> MunicipalityNamesAsync(CancellationToken cancellationToken) =>
        (await db.Municipalities.AsNoTracking().Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken)).ToDictionary(m => m.Id, m => m.Name);

    private static readonly StringComparer FinnishOrder = StringComparer.Create(new System.Globalization.CultureInfo("fi"), false);
}
