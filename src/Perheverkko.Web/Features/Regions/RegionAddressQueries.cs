using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Regions;

/// <summary>
/// A region as its public addresses name it. <see cref="Prefix"/> is what the region's own links begin with: nothing for
/// the default region (its short addresses, /agreement and /directory/places/…, stay its own: decision 0026) and
/// <c>/r/{slug}</c> for every other region.
/// </summary>
public sealed record RegionAddress(Guid Id, string Slug, LocalizedText Name, bool IsDefault)
{
    /// <summary>The region-qualified address: /r/etela-savo.</summary>
    public string Root => "/r/" + Slug;

    public string Prefix => IsDefault ? "" : Root;
}

/// <summary>
/// Which region a public address or a public read means. The default region is the only one of a single-region
/// deployment, else South Savo (the seeded region), else the first by its short name.
/// </summary>
public sealed class RegionAddressQueries(PerheverkkoDb db)
{
    private IReadOnlyList<RegionAddress>? all;

    /// <summary>Every region, read once a request (the service is scoped): the pages ask several times.</summary>
    public async Task<IReadOnlyList<RegionAddress>> AllAsync(CancellationToken cancellationToken)
    {
        if (all is not null) return all;
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Slug).Select(r => new { r.Id, r.Slug, r.Name }).ToListAsync(cancellationToken);
        var defaultId = DefaultOf(regions.Select(r => r.Id).ToList());
        return all = regions.Select(r => new RegionAddress(r.Id, r.Slug, r.Name, r.Id == defaultId))
            .OrderBy(r => r.Name.Fi, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false)).ToList();
    }

    /// <summary>The default region among the regions' ids in the order of their short names: the only one, else South Savo, else the first.</summary>
    public static Guid? DefaultOf(IReadOnlyList<Guid> idsBySlug) =>
        idsBySlug.Count == 1 ? idsBySlug[0]
        : idsBySlug.Contains(NetworkSeeder.SouthSavo) ? NetworkSeeder.SouthSavo
        : idsBySlug.Count > 0 ? idsBySlug[0] : null;

    /// <summary>The default region, or the not-found rule when the deployment has none yet.</summary>
    public async Task<RegionAddress> DefaultAsync(CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(r => r.IsDefault) ?? throw new NotFoundException(OrganisationRules.RegionNotFound);

    /// <summary>The region an address names (<c>/r/{slug}</c>); no name is the default region; an unknown one the not-found rule.</summary>
    public async Task<RegionAddress> BySlugAsync(string? slug, CancellationToken cancellationToken)
    {
        if (slug is null) return await DefaultAsync(cancellationToken);
        return (await AllAsync(cancellationToken)).FirstOrDefault(r => r.Slug == slug) ?? throw new NotFoundException(OrganisationRules.RegionNotFound);
    }

    /// <summary>The region an actor works in: a regional staff member's own, else (a national administrator, no one) the default region.</summary>
    public async Task<Guid> IdForAsync(Actor? actor, CancellationToken cancellationToken) =>
        actor?.RegionId ?? (await DefaultAsync(cancellationToken)).Id;

    public async Task<RegionAddress> ByIdAsync(Guid id, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(r => r.Id == id) ?? throw new NotFoundException(OrganisationRules.RegionNotFound);

    /// <summary>
    /// The region a read by period means when the address names none (the JSON API): the one named by <c>?region=</c>, else
    /// a regional staff member's own, else the default region.
    /// </summary>
    public async Task<RegionAddress> ForReaderAsync(Actor? actor, string? slug, CancellationToken cancellationToken) =>
        slug is not null ? await BySlugAsync(slug, cancellationToken)
        : actor?.RegionId is { } own ? await ByIdAsync(own, cancellationToken)
        : await DefaultAsync(cancellationToken);

    /// <summary>The region of a published directory entry (whatever region the reader is in), or null when there is none such.</summary>
    public async Task<RegionAddress?> OfEntryAsync(Guid entryId, CancellationToken cancellationToken)
    {
        var regionId = await db.Activities.AsNoTracking().AcrossRegions().Where(a => a.Id == entryId).Select(a => (Guid?)a.RegionId).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Services.AsNoTracking().AcrossRegions().Where(s => s.Id == entryId).Select(s => (Guid?)s.RegionId).FirstOrDefaultAsync(cancellationToken);
        return regionId is { } id ? await ByIdAsync(id, cancellationToken) : null;
    }
}
