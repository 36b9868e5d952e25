using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Organisations;

public sealed record PeriodRef(Guid AgreementVersionId, string Period, string ListedName);

/// <summary>An organisation as anyone may see it: no people, no staff fields.</summary>
public sealed record PublicOrganisationView(Guid Id, string Slug, OrganisationKind Kind, LocalizedText Name,
    string? BusinessId, Guid? MunicipalityId, DateOnly? ClosedOn, IReadOnlyList<PeriodRef> PartyIn);

public sealed record ContactPersonView(Guid Id, string Name, string Email, ContactRole Role, string? Title);

/// <summary>An organisation as staff see it: its contact persons, its version for editing, and what the caller may do.</summary>
public sealed record StaffOrganisationView(PublicOrganisationView Organisation, int Version,
    IReadOnlyList<ContactPersonView> ContactPersons, IReadOnlyList<string> PermittedActions);

/// <summary>A row of the staff's organisation list: whether the caller may edit it rides along.</summary>
public sealed record StaffOrganisationRow(PublicOrganisationView Organisation, bool MayEdit);

public sealed record RegionView(Guid Id, string Slug, LocalizedText Name);
public sealed record MunicipalityView(Guid Id, string Slug, string Code, LocalizedText Name, Guid RegionId, Guid? OrganisationId);
/// <summary>A family centre with how to reach it; <see cref="ContactIsDemo"/> when the contact data is the demo seed's invention.</summary>
public sealed record FamilyCentreView(Guid Id, string Slug, LocalizedText Name, Guid MunicipalityId, Guid OrganisationId,
    FamilyCentreContact? Contact = null, bool ContactIsDemo = false);

public sealed class OrganisationQueries(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public async Task<IReadOnlyList<PublicOrganisationView>> ListAsync(OrganisationKind? kind, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => kind == null || o.Kind == kind)
            .ToListAsync(cancellationToken);
        var periods = await PeriodsByOrganisationAsync(null, cancellationToken);
        return organisations.OrderBy(o => o.Name.Fi, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false))
            .Select(o => ToPublic(o, periods)).ToList();
    }

    /// <summary>One region's organisations as its public list shows them, whoever reads (across regions: they are public).</summary>
    public async Task<IReadOnlyList<PublicOrganisationView>> PublicListAsync(Guid regionId, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().AcrossRegions().Where(o => o.RegionId == regionId).ToListAsync(cancellationToken);
        var periods = await PeriodsByOrganisationAsync(null, cancellationToken, regionId);
        return organisations.OrderBy(o => o.Name.Fi, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false))
            .Select(o => ToPublic(o, periods)).ToList();
    }

    /// <summary>One region's organisation by the key of its public address (its short name, unique within the region) or its id; null when there is none.</summary>
    public async Task<PublicOrganisationView?> FindAsync(Guid regionId, string key, CancellationToken cancellationToken)
    {
        var byId = Guid.TryParse(key, out var id) ? id : Guid.Empty;
        var found = await db.Organisations.AsNoTracking().AcrossRegions().SingleOrDefaultAsync(o => o.RegionId == regionId && (o.Slug == key || o.Id == byId), cancellationToken);
        return found is null ? null : ToPublic(found, await PeriodsByOrganisationAsync(found.Id, cancellationToken, regionId));
    }

    /// <summary>
    /// The organisations of the caller's region (the region filter confines the read; a national administrator sees
    /// every region's), each with whether the caller may edit it, asked of the access engine once for the page.
    /// </summary>
    public async Task<IReadOnlyList<StaffOrganisationRow>> ListForStaffAsync(Actor? actor, OrganisationKind? kind, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().Where(o => kind == null || o.Kind == kind).ToListAsync(cancellationToken);
        var periods = await PeriodsByOrganisationAsync(null, cancellationToken);
        var permitted = await access.PermittedAsync(actor, organisations.Select(AccessObjectOf).ToList(), [StaffAction.EditOrganisation], cancellationToken);
        return organisations.OrderBy(o => o.Name.Fi, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false))
            .Select(o => new StaffOrganisationRow(ToPublic(o, periods), permitted.Has(o.Id, StaffAction.EditOrganisation))).ToList();
    }

    /// <summary>The organisation as the access engine sees it: its own organisation, in its region.</summary>
    public static AccessObject AccessObjectOf(Organisation o) => new(nameof(Organisation), o.Id, o.RegionId, o.Id);

    public async Task<PublicOrganisationView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException(OrganisationRules.NotFound);
        return ToPublic(organisation, await PeriodsByOrganisationAsync(id, cancellationToken));
    }

    /// <summary>An organisation by the key of its public address, its short name or its id; null when no organisation has it.</summary>
    public async Task<PublicOrganisationView?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var byId = Guid.TryParse(key, out var id) ? id : Guid.Empty;
        var found = await db.Organisations.AsNoTracking().Where(o => o.Slug == key || o.Id == byId).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : await GetAsync(found.Value, cancellationToken);
    }

    /// <summary>Staff read with the contact persons: personal data, so the read is audited.</summary>
    public async Task<StaffOrganisationView> GetForStaffAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        // Another region's organisation is not found: its contact persons are that region's personal data.
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.ContactPersons)
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new NotFoundException(OrganisationRules.NotFound);
        var on = AccessObjectOf(organisation);
        await access.RequireAsync(actor, StaffAction.ViewOrganisationContacts, on, cancellationToken);
        await audit.RecordNowAsync(actor, AuditEvent.ContactPersonsRead, AuditOutcome.Succeeded, "Organisation", id, cancellationToken: cancellationToken,
            regionId: organisation.RegionId);
        var contacts = organisation.ContactPersons.OrderBy(c => c.Role).ThenBy(c => c.Name)
            .Select(c => new ContactPersonView(c.Id, c.Name, c.Email, c.Role, c.Title)).ToList();
        var permitted = await access.PermittedAsync(actor, [on], [StaffAction.EditOrganisation, StaffAction.ManageContactPersons], cancellationToken);
        return new StaffOrganisationView(ToPublic(organisation, await PeriodsByOrganisationAsync(id, cancellationToken)),
            organisation.Version, contacts, permitted.For(id));
    }

    public async Task<IReadOnlyList<RegionView>> RegionsAsync(CancellationToken cancellationToken) =>
        await db.Regions.AsNoTracking().OrderBy(r => r.Slug).Select(r => new RegionView(r.Id, r.Slug, r.Name)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MunicipalityView>> MunicipalitiesAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.MunicipalityId != null)
            .Select(o => new { o.Id, o.MunicipalityId }).ToListAsync(cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Code).ToListAsync(cancellationToken);
        return municipalities.Select(m => new MunicipalityView(m.Id, m.Slug, m.Code, m.Name, m.RegionId,
            organisations.FirstOrDefault(o => o.MunicipalityId == m.Id)?.Id)).ToList();
    }

    public async Task<IReadOnlyList<FamilyCentreView>> FamilyCentresAsync(CancellationToken cancellationToken) =>
        (await db.FamilyCentres.AsNoTracking().OrderBy(f => f.Slug).ToListAsync(cancellationToken))
            .Select(f => new FamilyCentreView(f.Id, f.Slug, f.Name, f.MunicipalityId, f.OrganisationId, f.Contact, f.ContactIsDemo)).ToList();

    /// <param name="regionId">A public read of one region's parties (across regions); null reads through the region filter.</param>
    private async Task<ILookup<Guid, PeriodRef>> PeriodsByOrganisationAsync(Guid? organisationId, CancellationToken cancellationToken, Guid? regionId = null)
    {
        var parties = regionId is null ? db.Parties.AsNoTracking() : db.Parties.AsNoTracking().AcrossRegions();
        var versions = regionId is null ? db.AgreementVersions.AsNoTracking() : db.AgreementVersions.AsNoTracking().AcrossRegions().Where(v => v.RegionId == regionId);
        var rows = await (from p in parties
                          join v in versions on p.AgreementVersionId equals v.Id
                          where organisationId == null || p.OrganisationId == organisationId
                          orderby v.StartYear
                          select new { p.OrganisationId, v.Id, v.StartYear, v.EndYear, p.ListedName })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.OrganisationId, r => new PeriodRef(r.Id, $"{r.StartYear}–{r.EndYear}", r.ListedName));
    }

    private static PublicOrganisationView ToPublic(Organisation o, ILookup<Guid, PeriodRef> periods) =>
        new(o.Id, o.Slug, o.Kind, o.Name, o.BusinessId, o.MunicipalityId, o.ClosedOn, periods[o.Id].ToList());
}
