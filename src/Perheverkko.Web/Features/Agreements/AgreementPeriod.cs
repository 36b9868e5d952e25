using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>A version is addressed by its period, "2026-2029" (an en dash is accepted too).</summary>
public static partial class AgreementPeriod
{
    public static bool TryParse(string? period, out int startYear, out int endYear)
    {
        startYear = endYear = 0;
        var match = period is null ? Match.Empty : Pattern().Match(period.Trim());
        if (!match.Success) return false;
        startYear = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        endYear = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>
    /// The version of a period with its text, or the not-found rule. A period is unique only within a region: this finds it
    /// among the versions the caller sees (a regional staff member's own region); should several regions have it (a
    /// national administrator), the default region's (<see cref="Regions.RegionAddressQueries"/>) is meant.
    /// </summary>
    public static async Task<AgreementVersion> LoadAsync(PerheverkkoDb db, string? period, CancellationToken cancellationToken, bool withParties = false) =>
        await LoadAsync(db, await IdAsync(db, period, cancellationToken), withParties, cancellationToken);

    /// <summary>The version of a period in one region with its text, or the not-found rule.</summary>
    public static async Task<AgreementVersion> LoadAsync(PerheverkkoDb db, Guid regionId, string? period, CancellationToken cancellationToken, bool withParties = false) =>
        await LoadAsync(db, await IdAsync(db, regionId, period, cancellationToken), withParties, cancellationToken);

    private static async Task<AgreementVersion> LoadAsync(PerheverkkoDb db, Guid id, bool withParties, CancellationToken cancellationToken)
    {
        IQueryable<AgreementVersion> query = db.AgreementVersions.Include(v => v.Sections).Include(v => v.BackgroundDocuments);
        if (withParties) query = query.Include(v => v.Parties);
        // The sections' long texts would repeat once for every document and party in one joined query.
        return await query.AsSplitQuery().SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
            ?? throw new NotFoundException(AgreementRules.VersionNotFound);
    }

    /// <summary>The id of a period's version among those the caller sees (the default region's, should several regions have it), or the not-found rule.</summary>
    public static async Task<Guid> IdAsync(PerheverkkoDb db, string? period, CancellationToken cancellationToken)
    {
        if (!TryParse(period, out var start, out var end)) throw new NotFoundException(AgreementRules.VersionNotFound);
        var found = await db.AgreementVersions.Where(v => v.StartYear == start && v.EndYear == end).Select(v => new { v.Id, v.RegionId }).ToListAsync(cancellationToken);
        if (found.Count > 1)
        {
            var preferred = RegionAddressQueries.DefaultOf(await db.Regions.OrderBy(r => r.Slug).Select(r => r.Id).ToListAsync(cancellationToken));
            found = found.Where(v => v.RegionId == preferred).ToList();
        }
        return found.Count == 1 ? found[0].Id : throw new NotFoundException(AgreementRules.VersionNotFound);
    }

    /// <summary>The id of a period's version in one region, or the not-found rule: how the addresses under /agreement-versions/{period} find it.</summary>
    public static async Task<Guid> IdAsync(PerheverkkoDb db, Guid regionId, string? period, CancellationToken cancellationToken)
    {
        if (!TryParse(period, out var start, out var end)) throw new NotFoundException(AgreementRules.VersionNotFound);
        return await db.AgreementVersions.Where(v => v.RegionId == regionId && v.StartYear == start && v.EndYear == end).Select(v => (Guid?)v.Id)
                   .SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(AgreementRules.VersionNotFound);
    }

    [GeneratedRegex(@"^(\d{4})[-–](\d{4})$")]
    private static partial Regex Pattern();
}
