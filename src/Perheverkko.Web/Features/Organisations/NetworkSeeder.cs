using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Web.Features.Organisations.SouthSavoNetwork;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>Writes <see cref="SouthSavoNetwork"/> into the database. Idempotent: rows that exist (by their stable id) are left as they are.</summary>
public sealed class NetworkSeeder(PerheverkkoDb db, TimeProvider clock)
{
    public static Guid OrganisationId(string slug) => SeedIds.For("organisation", slug);
    public static Guid MunicipalityId(string slug) => SeedIds.For("municipality", slug);
    /// <summary>The seeded region, Etelä-Savo: the default region of a deployment.</summary>
    public static Guid SouthSavo { get; } = SeedIds.For("region", RegionSlug);

    /// <returns>How many rows were added.</returns>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var regionId = SouthSavo;
        var rows = new List<object> { new Region(regionId, RegionSlug, RegionName, RegionTerms.SouthSavo, now) };

        foreach (var m in Municipalities)
        {
            var id = MunicipalityId(m.Slug);
            rows.Add(new Municipality(id, m.Slug, m.Code, new LocalizedText(m.Fi, m.Sv ?? m.Fi, m.Fi), regionId));
            rows.Add(Organisation.Create(OrganisationId(m.Slug), regionId, m.Slug, OrganisationKind.Municipality,
                new LocalizedText(m.OrganisationFi, m.OrganisationSv, m.OrganisationEn), null, id, now));
        }
        foreach (var o in OtherOrganisations)
            rows.Add(Organisation.Create(OrganisationId(o.Slug), regionId, o.Slug, o.Kind, new LocalizedText(o.Fi, o.Sv, o.En), null, null, now, o.ClosedOn));
        foreach (var f in FamilyCentres)
            rows.Add(new FamilyCentre(SeedIds.For("family-centre", f.Slug), f.Slug, new LocalizedText(f.Fi, f.Sv, f.En),
                MunicipalityId(f.MunicipalitySlug), OrganisationId(f.OrganisationSlug)));
        foreach (var y in YouthGuidanceCentres)
            rows.Add(new MeetingPlace(SeedIds.For("meeting-place", y.Slug), regionId, y.Slug, new LocalizedText(y.Fi, y.Sv, y.En),
                MeetingPlaceKind.YouthGuidanceCentre, MunicipalityId(y.MunicipalitySlug), OrganisationId(y.OrganisationSlug)));
        foreach (var p in Periods)
        {
            var versionId = SeedIds.For("agreement-version", $"{p.StartYear}-{p.EndYear}");
            rows.Add(new AgreementVersion(versionId, regionId, p.StartYear, p.EndYear, p.Title));
            rows.AddRange(p.Parties.Select((party, index) => new Party(
                SeedIds.For("party", $"{p.StartYear}-{p.EndYear}:{party.OrganisationSlug}"), versionId,
                OrganisationId(party.OrganisationSlug), party.ListedName, index + 1)));
        }

        var added = 0;
        foreach (var row in rows)
        {
            var key = db.Model.FindEntityType(row.GetType())!.FindPrimaryKey()!.Properties[0].PropertyInfo!.GetValue(row);
            if (await db.FindAsync(row.GetType(), [key], cancellationToken) is not null) continue;
            db.Add(row);
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
