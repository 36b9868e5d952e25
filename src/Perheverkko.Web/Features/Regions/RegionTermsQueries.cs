using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Regions;

/// <summary>A municipality of a region, by its official code.</summary>
public sealed record RegionMunicipalityView(string Code, string Slug, LocalizedText Name);

/// <summary>
/// A region's terms for its staff: what they are, what a notice given today would mean under them, and whether the
/// caller may change them (<c>EditRegionTerms</c> in <see cref="PermittedActions"/>).
/// </summary>
public sealed record RegionTermsView(Guid Id, string Slug, LocalizedText Name, int Version, RegionTerms Terms,
    DateOnly NoticeTodayEndsOn, DateTime UpdatedAt, IReadOnlyList<RegionMunicipalityView> Municipalities, IReadOnlyList<string> PermittedActions);

/// <summary>A region on the national administrator's list.</summary>
public sealed record RegionRow(Guid Id, string Slug, LocalizedText Name, string Languages, IReadOnlyList<RegionMunicipalityView> Municipalities);

/// <summary>The national administrator's list of regions, and a region's terms for its staff.</summary>
public sealed class RegionTermsQueries(PerheverkkoDb db, AccessControl access, TimeProvider clock)
{
    /// <summary>Every region with its municipalities: the national administrator's (and the command line's) view.</summary>
    public async Task<IReadOnlyList<RegionRow>> ListAsync(Actor? actor, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ManageRegions, on: null, cancellationToken);
        var list = await db.Regions.AsNoTracking().OrderBy(r => r.Slug).ToListAsync(cancellationToken);
        var municipalities = (await db.Municipalities.AsNoTracking().OrderBy(m => m.Code).ToListAsync(cancellationToken)).ToLookup(m => m.RegionId);
        return list.Select(r => new RegionRow(r.Id, r.Slug, r.Name, r.Terms.Languages,
            municipalities[r.Id].Select(m => new RegionMunicipalityView(m.Code, m.Slug, m.Name)).ToList())).ToList();
    }

    /// <summary>May the actor add regions (the "add a region" link)?</summary>
    public static bool MayManageRegions(Actor? actor) => AccessControl.PermittedByRole(actor, null, StaffAction.ManageRegions).Count > 0;

    /// <summary>
    /// The region a staff member's region page shows without naming one: their own; a national administrator's the only
    /// region of a single-region deployment, else none (they choose on the list of regions).
    /// </summary>
    public async Task<string?> DefaultRegionSlugAsync(Actor? actor, CancellationToken cancellationToken)
    {
        if (actor?.RegionId is { } own) return await db.Regions.Where(r => r.Id == own).Select(r => r.Slug).SingleOrDefaultAsync(cancellationToken);
        var slugs = await db.Regions.OrderBy(r => r.Slug).Select(r => r.Slug).Take(2).ToListAsync(cancellationToken);
        return slugs.Count == 1 ? slugs[0] : null;
    }

    /// <summary>
    /// The terms of a region: any staff member of the region may read them; another region's are not found (404).
    /// </summary>
    public async Task<RegionTermsView> TermsAsync(Actor? actor, string regionSlug, CancellationToken cancellationToken)
    {
        var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == regionSlug, cancellationToken)
            ?? throw new NotFoundException(OrganisationRules.RegionNotFound);
        var on = new AccessObject("Region", region.Id, region.Id);
        actor = await access.RequireAsync(actor, StaffAction.ViewStaffArea, on, cancellationToken);
        var permitted = await access.PermittedAsync(actor, [on], [StaffAction.EditRegionTerms], cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == region.Id).OrderBy(m => m.Code)
            .Select(m => new RegionMunicipalityView(m.Code, m.Slug, m.Name)).ToListAsync(cancellationToken);
        return new RegionTermsView(region.Id, region.Slug, region.Name, region.Version, region.Terms,
            region.Terms.NoticeEndDate(HelsinkiTime.Today(clock)), region.UpdatedAt, municipalities, permitted.For(region.Id));
    }
}
