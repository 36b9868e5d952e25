using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Announcements;

/// <summary>A directory item an announcement may link to, with its public address (short form; the page adds the region's prefix where it has one).</summary>
/// <param name="RegionPath">Whether the address is under the region (meeting places and family centres, decision 0026) rather than by id.</param>
public sealed record DirectoryLink(DirectoryLinkKind Kind, Guid Id, LocalizedText Name, string Path, bool RegionPath)
{
    /// <summary>The value of the staff form's choice: "Service:{id}".</summary>
    public string Value => $"{Kind}:{Id}";

    public string PathUnder(string prefix) => RegionPath ? prefix + Path : Path;

    public static (DirectoryLinkKind? Kind, Guid? Id) Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return (null, null);
        var parts = value.Split(':', 2);
        return Enum.TryParse<DirectoryLinkKind>(parts[0], out var kind) && parts.Length == 2 && Guid.TryParse(parts[1], out var id)
            ? (kind, id) : ((DirectoryLinkKind?)(DirectoryLinkKind)(-1), Guid.Empty);
    }
}

/// <summary>
/// The published directory items of a region that an announcement may link to. Read across regions with the region named,
/// as public reads are: only what anyone may see is ever offered or linked.
/// </summary>
public sealed class AnnouncementLinkQueries(PerheverkkoDb db, TimeProvider clock)
{
    public async Task<bool> IsPublishedAsync(Guid regionId, DirectoryLinkKind kind, Guid id, CancellationToken cancellationToken) =>
        (await OfAsync(regionId, [(kind, id)], cancellationToken)).Count == 1;

    /// <summary>Every published item of the region, by kind and name: the staff form's choices.</summary>
    public async Task<IReadOnlyList<DirectoryLink>> ChoicesAsync(Guid regionId, CancellationToken cancellationToken) =>
        (await QueryAsync(regionId, null, cancellationToken)).OrderBy(l => l.Kind).ThenBy(l => l.Name.Fi, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false)).ToList();

    /// <summary>Those of the given items that are published in the region.</summary>
    public async Task<IReadOnlyList<DirectoryLink>> OfAsync(Guid regionId, IReadOnlyCollection<(DirectoryLinkKind Kind, Guid Id)> wanted, CancellationToken cancellationToken) =>
        wanted.Count == 0 ? [] : await QueryAsync(regionId, wanted.Select(w => w.Id).ToHashSet(), cancellationToken) is var found
            ? found.Where(f => wanted.Contains((f.Kind, f.Id))).ToList() : [];

    private async Task<List<DirectoryLink>> QueryAsync(Guid regionId, HashSet<Guid>? ids, CancellationToken cancellationToken)
    {
        var today = HelsinkiTime.Today(clock);
        var links = new List<DirectoryLink>();
        var services = db.Services.AsNoTracking().AcrossRegions().Where(s => s.RegionId == regionId && s.State == PublicationState.Published);
        var places = db.MeetingPlaces.AsNoTracking().AcrossRegions().Where(p => p.RegionId == regionId && p.State == PublicationState.Published);
        var activities = db.Activities.AsNoTracking().AcrossRegions()
            .Where(a => a.RegionId == regionId && a.State == PublicationState.Published && (a.LastDate == null || a.LastDate >= today));
        var municipalities = db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId).Select(m => m.Id);
        var centres = db.FamilyCentres.AsNoTracking().Where(f => municipalities.Contains(f.MunicipalityId));
        if (ids is not null)
        {
            services = services.Where(s => ids.Contains(s.Id));
            places = places.Where(p => ids.Contains(p.Id));
            activities = activities.Where(a => ids.Contains(a.Id));
            centres = centres.Where(f => ids.Contains(f.Id));
        }
        links.AddRange((await services.Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .Select(s => new DirectoryLink(DirectoryLinkKind.Service, s.Id, s.Name, $"/directory/services/{s.Id}", false)));
        links.AddRange((await places.Select(p => new { p.Id, p.Name, p.Slug }).ToListAsync(cancellationToken))
            .Select(p => new DirectoryLink(DirectoryLinkKind.MeetingPlace, p.Id, p.Name, $"/directory/places/{p.Slug}", true)));
        links.AddRange((await activities.Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
            .Select(a => new DirectoryLink(DirectoryLinkKind.Activity, a.Id, a.Name, $"/directory/activities/{a.Id}", false)));
        links.AddRange((await centres.Select(f => new { f.Id, f.Name, f.Slug }).ToListAsync(cancellationToken))
            .Select(f => new DirectoryLink(DirectoryLinkKind.FamilyCentre, f.Id, f.Name, $"/directory/family-centres/{f.Slug}", true)));
        return links;
    }
}
