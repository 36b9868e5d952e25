using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>One entry of the import: what PTV says, what it is here, and what an import would do with it.</summary>
public sealed record PtvPlannedEntry<TEntry, TDetails>(PtvMapped<TDetails> Mapped, TEntry? Existing, PtvImportChange Change, IReadOnlyList<string> Fields)
    where TEntry : PtvSyncedEntry where TDetails : class;

/// <summary>
/// What the preview and the apply share: the access check, the connection, reading PTV, and classifying each of PTV's
/// entries against the directory's entries of the region by PTV id (New, Changed, Unchanged, DiffersInPtv, Invalid), and
/// the organisation's PTV-kept entries that PTV no longer has (GoneFromPtv).
/// </summary>
public sealed class PtvImportPlanner(PerheverkkoDb db, AccessControl access, PtvOpenApiClient ptv)
{
    public sealed record Start(Guid OrganisationId, Guid RegionId, Guid PtvOrganisationId, PtvConnection Connection);

    public sealed record Fetched(IReadOnlyList<V11VmOpenApiService> Services, IReadOnlyList<V11VmOpenApiServiceLocationChannel> Locations);

    public async Task<Start> BeginAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken)
    {
        // Another region's organisation reads as not found (the region query filter), before any access question.
        var regionId = await db.Organisations.Where(o => o.Id == organisationId).Select(o => (Guid?)o.RegionId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(OrganisationRules.NotFound);
        await access.RequireAsync(actor, StaffAction.SyncWithPtv, PtvAccess.Of(organisationId, regionId), cancellationToken);
        RuleCheck.That(ptv.IsConfigured, PtvRules.NotConfigured);
        var connection = await db.PtvConnections.SingleOrDefaultAsync(c => c.OrganisationId == organisationId, cancellationToken);
        RuleCheck.That(connection?.PtvOrganisationId is not null, PtvRules.NoPtvOrganisation);
        return new Start(organisationId, regionId, connection!.PtvOrganisationId!.Value, connection);
    }

    /// <summary>PTV's published services and service locations of the organisation (a draft or archived version is not PTV's answer).</summary>
    public async Task<Fetched> FetchAsync(Start start, CancellationToken cancellationToken)
    {
        var services = await ptv.ServicesAsync(start.PtvOrganisationId, cancellationToken);
        var locations = await ptv.ServiceLocationsAsync(start.PtvOrganisationId, cancellationToken);
        return new Fetched(services.Where(s => IsPublished(s.PublishingStatus)).DistinctBy(s => s.Id).ToList(),
            locations.Where(l => IsPublished(l.PublishingStatus)).DistinctBy(l => l.Id).ToList());
    }

    public async Task<IReadOnlyDictionary<string, Guid>> MunicipalitiesAsync(Guid regionId, CancellationToken cancellationToken) =>
        await db.Municipalities.Where(m => m.RegionId == regionId).ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);

    public async Task<List<MeetingPlace>> PlacesWithPtvIdAsync(Guid regionId, CancellationToken cancellationToken) =>
        await db.MeetingPlaces.Where(p => p.RegionId == regionId && p.PtvId != null).ToListAsync(cancellationToken);

    public async Task<List<Service>> ServicesWithPtvIdAsync(Guid regionId, CancellationToken cancellationToken) =>
        await db.Services.Where(s => s.RegionId == regionId && s.PtvId != null).ToListAsync(cancellationToken);

    public static IReadOnlyList<PtvPlannedEntry<MeetingPlace, MeetingPlaceDetails>> PlanPlaces(Guid organisationId,
        IReadOnlyList<V11VmOpenApiServiceLocationChannel> locations, IReadOnlyList<MeetingPlace> places, IReadOnlyDictionary<string, Guid> municipalities) =>
        locations.Select(l => Classify(organisationId, PtvImportMapping.Place(l, municipalities), places)).ToList();

    public static IReadOnlyList<PtvPlannedEntry<Service, ServiceDetails>> PlanServices(Guid organisationId,
        IReadOnlyList<V11VmOpenApiService> services, IReadOnlyList<Service> existing, IReadOnlyDictionary<string, Guid> municipalities,
        IReadOnlyDictionary<string, Guid> placeIds) =>
        services.Select(s => Classify(organisationId, PtvImportMapping.Service(s, municipalities, placeIds), existing)).ToList();

    /// <summary>The directory's places by PTV id, for a service's connections.</summary>
    public static Dictionary<string, Guid> PlaceIds(IEnumerable<MeetingPlace> places) =>
        places.Where(p => p.PtvId is not null).GroupBy(p => Key(p.PtvId!)).ToDictionary(g => g.Key, g => g.First().Id);

    /// <summary>The organisation's entries kept in PTV that PTV's answer no longer has (withdrawn, archived or moved).</summary>
    public static IEnumerable<TEntry> Gone<TEntry>(IEnumerable<TEntry> entries, Guid organisationId, IEnumerable<string> ptvIds) where TEntry : PtvSyncedEntry
    {
        var inPtv = ptvIds.Select(Key).ToHashSet();
        return entries.Where(e => e.OrganisationId == organisationId && e.IsMasteredInPtv && e.State != PublicationState.Archived && !inPtv.Contains(Key(e.PtvId!)));
    }

    public static string Key(string ptvId) => ptvId.Trim().ToLowerInvariant();

    /// <summary>A short name for an imported place, unique in the region: its Finnish name in lower case ASCII ("perhekeskus-mikkeli").</summary>
    public static string UniqueSlug(string name, ISet<string> taken)
    {
        var folded = new StringBuilder();
        foreach (var c in name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }
        var parts = folded.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = string.Join('-', parts);
        if (slug.Length > 70) slug = slug[..70].TrimEnd('-');
        if (slug.Length == 0) slug = "ptv";
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++) candidate = $"{slug}-{n}";
        taken.Add(candidate);
        return candidate;
    }

    private static PtvPlannedEntry<TEntry, TDetails> Classify<TEntry, TDetails>(Guid organisationId, PtvMapped<TDetails> mapped, IEnumerable<TEntry> entries)
        where TEntry : PtvSyncedEntry where TDetails : class
    {
        var existing = entries.FirstOrDefault(e => Key(e.PtvId!) == Key(mapped.PtvId));
        if (existing is not null && existing.OrganisationId != organisationId)
            mapped = mapped with { Problems = [.. mapped.Problems, new PtvProblem(PtvImportProblems.OtherOrganisation, mapped.PtvId)] };
        if (!mapped.IsValid) return new(mapped, existing, PtvImportChange.Invalid, []);
        if (existing is null) return new(mapped, null, PtvImportChange.New, []);
        var fields = existing.PtvFieldsDifferingFrom(mapped.Details!);
        var change = fields.Count == 0 ? PtvImportChange.Unchanged : existing.IsMasteredInPtv ? PtvImportChange.Changed : PtvImportChange.DiffersInPtv;
        return new(mapped, existing, change, fields);
    }

    private static bool IsPublished(string? status) => status is null || string.Equals(status, "Published", StringComparison.OrdinalIgnoreCase);
}
