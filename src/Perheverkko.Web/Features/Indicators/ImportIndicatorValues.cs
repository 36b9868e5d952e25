using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>
/// Imports indicator values in Sotkanet's data format (JSON or CSV) for the region's municipalities, all or nothing: the
/// first row that fails (malformed, an indicator the region does not follow, an insane year, a region not in Sotkanet's
/// regions list) refuses the file, naming the row, and nothing is saved. Rows of other genders than "total" and of
/// regions that are not the region's municipalities (the whole country, other municipalities — a Sotkanet export holds
/// them all) are skipped and counted. A value already imported for the indicator, municipality and year is replaced.
/// </summary>
public sealed class ImportIndicatorValues(PerheverkkoDb db, AccessControl access, AuditLog audit, RegionAddressQueries regions, TimeProvider clock)
{
    public const int FirstYear = 1990;
    public const int MaxFileCharacters = 20_000_000;

    /// <param name="Data">The data file's text (JSON array or CSV).</param>
    /// <param name="Regions">Sotkanet's regions list (JSON); needed on the first import of a region, refreshes the mapping later.</param>
    public sealed record Request(string? Data, string? Regions);

    public sealed record Result(int Imported, int Skipped);

    public async Task<Result> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var regionId = await regions.IdForAsync(actor, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageIndicators, IndicatorAccess.Of(regionId), cancellationToken);
        new InputCheck()
            .That(!string.IsNullOrWhiteSpace(request.Data), "file", "validation.required")
            .That((request.Data?.Length ?? 0) <= MaxFileCharacters && (request.Regions?.Length ?? 0) <= MaxFileCharacters, "file", "validation.max_length", MaxFileCharacters)
            .ThrowIfInvalid();
        return await ImportAsync(allowed, regionId, request.Data!, string.IsNullOrWhiteSpace(request.Regions) ? null : request.Regions, "file", cancellationToken);
    }

    /// <summary>The import itself, for a caller already allowed (the file import above, Sotkanet's fetch and its job).</summary>
    internal async Task<Result> ImportAsync(Actor allowed, Guid regionId, string data, string? regionsList, string source, CancellationToken cancellationToken)
    {
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId)
            .Select(m => new { m.Id, m.Code }).ToListAsync(cancellationToken);
        HashSet<int>? listed = null;
        // One transaction from the mapping's refresh to the values keeps the import all or nothing: a refused row rolls back.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (regionsList is not null)
        {
            var list = SotkanetFormat.ReadRegions(regionsList);
            listed = list.Select(r => r.Id).ToHashSet();
            var byCode = municipalities.ToDictionary(m => NormaliseCode(m.Code), m => m.Id);
            var mapping = list.Where(r => r.Category == "KUNTA" && byCode.ContainsKey(NormaliseCode(r.Code)))
                .Select(r => new SotkanetMunicipality(regionId, r.Id, byCode[NormaliseCode(r.Code)])).ToList();
            await db.SotkanetMunicipalities.Where(m => m.RegionId == regionId).ExecuteDeleteAsync(cancellationToken);
            db.SotkanetMunicipalities.AddRange(mapping);
        }
        var known = regionsList is not null
            ? db.ChangeTracker.Entries<SotkanetMunicipality>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToDictionary(m => m.SotkanetRegionId, m => m.MunicipalityId)
            : await db.SotkanetMunicipalities.AsNoTracking().Where(m => m.RegionId == regionId).ToDictionaryAsync(m => m.SotkanetRegionId, m => m.MunicipalityId, cancellationToken);
        RuleCheck.That(known.Count > 0, IndicatorsRules.RegionsMissing);

        var indicators = await db.Indicators.Where(i => i.RegionId == regionId).ToDictionaryAsync(i => i.SotkanetId, i => i.Id, cancellationToken);
        var lastYear = HelsinkiTime.Today(clock).Year + 1;
        var rows = SotkanetFormat.ReadData(data);
        var accepted = new Dictionary<(Guid Indicator, Guid Municipality, int Year), double?>();
        var skipped = 0;
        foreach (var row in rows)
        {
            if (!indicators.TryGetValue(row.Indicator, out var indicatorId)) throw new IndicatorRowRefused(IndicatorsRules.UnknownIndicator, row.Row);
            if (row.Year < FirstYear || row.Year > lastYear) throw new IndicatorRowRefused(IndicatorsRules.YearOutOfRange, row.Row);
            if (listed is not null && !listed.Contains(row.Region)) throw new IndicatorRowRefused(IndicatorsRules.UnknownRegion, row.Row);
            if (!string.Equals(row.Gender, "total", StringComparison.OrdinalIgnoreCase) || !known.TryGetValue(row.Region, out var municipalityId)) { skipped++; continue; }
            accepted[(indicatorId, municipalityId, row.Year)] = row.Value;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var indicatorIds = accepted.Keys.Select(k => k.Indicator).Distinct().ToList();
        var existing = (await db.IndicatorValues.Where(v => v.RegionId == regionId && indicatorIds.Contains(v.IndicatorId)).ToListAsync(cancellationToken))
            .ToDictionary(v => (v.IndicatorId, v.MunicipalityId, v.Year));
        foreach (var ((indicatorId, municipalityId, year), value) in accepted)
        {
            if (existing.TryGetValue((indicatorId, municipalityId, year), out var row)) row.Replace(value, now);
            else db.IndicatorValues.Add(new IndicatorValue(Guid.CreateVersion7(), regionId, indicatorId, municipalityId, year, value, now));
        }
        audit.Record(allowed, AuditEvent.IndicatorsImported, nameof(Indicator), null, $"{source}: {accepted.Count} values imported, {skipped} rows skipped", regionId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Result(accepted.Count, skipped);
    }

    /// <summary>Official municipality codes are three digits ("091"); Sotkanet's list may drop the leading zeros.</summary>
    private static string NormaliseCode(string code) => code.Trim().TrimStart('0');
}
