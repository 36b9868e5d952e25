using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Agreements;

public sealed record AgreementPeriodView(Guid Id, int StartYear, int EndYear, string Period, string Title, int PartyCount);

public sealed record PartyView(Guid OrganisationId, string ListedName, int Position, LocalizedText OrganisationName, OrganisationKind Kind);

/// <summary>Who was a party when: public, because the agreement is a public document.</summary>
public sealed class AgreementQueries(PerheverkkoDb db)
{
    /// <summary>One region's periods, whoever reads (the agreement is a public document).</summary>
    public async Task<IReadOnlyList<AgreementPeriodView>> PeriodsAsync(Guid regionId, CancellationToken cancellationToken) =>
        await db.AgreementVersions.AsNoTracking().AcrossRegions().Where(v => v.RegionId == regionId).OrderBy(v => v.StartYear)
            .Select(v => new AgreementPeriodView(v.Id, v.StartYear, v.EndYear, v.StartYear + "–" + v.EndYear, v.Title, v.Parties.Count))
            .ToListAsync(cancellationToken);

    /// <summary>The parties of one region's version of a period ("2026-2029").</summary>
    public async Task<IReadOnlyList<PartyView>> PartiesAsync(Guid regionId, string period, CancellationToken cancellationToken) =>
        await PartiesAsync(await AgreementPeriod.IdAsync(db, regionId, period, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<AgreementPeriodView>> PeriodsAsync(CancellationToken cancellationToken) =>
        await db.AgreementVersions.AsNoTracking().OrderBy(v => v.StartYear)
            .Select(v => new AgreementPeriodView(v.Id, v.StartYear, v.EndYear, v.StartYear + "–" + v.EndYear, v.Title, v.Parties.Count))
            .ToListAsync(cancellationToken);

    /// <summary>The period of a version as its address writes it ("2026-2029"), or null when there is no such version.</summary>
    public async Task<string?> PeriodOfAsync(Guid agreementVersionId, CancellationToken cancellationToken) =>
        await db.AgreementVersions.AsNoTracking().Where(v => v.Id == agreementVersionId).Select(v => v.StartYear + "-" + v.EndYear)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The parties of the version of a period ("2026-2029"), as the agreement lists them.</summary>
    public async Task<IReadOnlyList<PartyView>> PartiesAsync(string period, CancellationToken cancellationToken) =>
        await PartiesAsync(await AgreementPeriod.IdAsync(db, period, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<PartyView>> PartiesAsync(Guid agreementVersionId, CancellationToken cancellationToken)
    {
        // Who was a party is public: read across regions, as the version's id is given.
        var parties = await (from p in db.Parties.AsNoTracking().AcrossRegions()
                             join o in db.Organisations.AsNoTracking().AcrossRegions() on p.OrganisationId equals o.Id
                             where p.AgreementVersionId == agreementVersionId
                             orderby p.Position
                             select new PartyView(o.Id, p.ListedName, p.Position, o.Name, o.Kind))
            .ToListAsync(cancellationToken);
        // Only an empty list needs telling apart: a period without parties, or no such period.
        if (parties.Count == 0)
            RuleCheck.That(await db.AgreementVersions.AcrossRegions().AnyAsync(v => v.Id == agreementVersionId, cancellationToken), AgreementRules.PeriodNotFound);
        return parties;
    }
}
