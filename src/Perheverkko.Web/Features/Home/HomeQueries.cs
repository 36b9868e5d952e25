using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Home;

/// <summary>The network's own page: its municipalities and family centres, and the parties of the agreement period in force.</summary>
public sealed record FrontPageView(IReadOnlyList<MunicipalityView> Municipalities, IReadOnlyList<FamilyCentreView> FamilyCentres,
    AgreementPeriodView? CurrentPeriod, IReadOnlyList<PartyView> Parties);

/// <summary>
/// A region's front page for families (decision 0030): the municipalities to choose from, and for the chosen one this
/// week's activities, its family centres (or, when it has none, the region's) and its meeting places.
/// </summary>
/// <param name="UnknownMunicipality">The address named a municipality the region does not have: the page says so by the choice.</param>
/// <param name="FamilyCentresOfRegion">The chosen municipality has no family centre of its own: the region's are listed.</param>
public sealed record FamilyFrontPageView(IReadOnlyList<NamedRef> Municipalities, NamedRef? Chosen, bool UnknownMunicipality,
    ListSlice<WeekItem> ThisWeek, IReadOnlyList<FamilyCentreView> FamilyCentres, bool FamilyCentresOfRegion, IReadOnlyList<DirectoryHit> Places);

/// <summary>The staff area's start page: the person's own organisation and which of the administrative pages they may use.</summary>
public sealed record StaffHomeView(Guid? OwnOrganisation, bool MayViewAudit, bool MayViewOutbox, bool MayManageRegions = false);

/// <summary>The front page of a deployment with several regions: the regions, and the municipalities a family may look for.</summary>
public sealed record RegionChoiceView(IReadOnlyList<RegionAddress> Regions, IReadOnlyList<MunicipalityChoice> Municipalities);

public sealed record MunicipalityChoice(string Slug, LocalizedText Name, RegionAddress Region);

public sealed class HomeQueries(OrganisationQueries organisations, AgreementQueries agreements, DirectoryQueries directory, TimeProvider clock)
{
    /// <summary>
    /// One region's front page for families, for the municipality whose short name <paramref name="municipalitySlug"/> is
    /// (none: only the choice and the region's family centres). A name the region does not know is no error, just no choice.
    /// </summary>
    public async Task<FamilyFrontPageView> FamilyFrontPageAsync(Guid regionId, string? municipalitySlug, CancellationToken cancellationToken)
    {
        var municipalities = await directory.MunicipalitiesAsync(regionId, cancellationToken);
        var slug = municipalitySlug?.Trim().ToLowerInvariant();
        var chosen = string.IsNullOrEmpty(slug) ? null : municipalities.FirstOrDefault(m => m.Slug == slug);
        var centres = (await organisations.FamilyCentresAsync(cancellationToken)).Where(f => municipalities.Any(m => m.Id == f.MunicipalityId)).ToList();
        if (chosen is null) return new FamilyFrontPageView(municipalities, null, !string.IsNullOrEmpty(slug), ListSlice<WeekItem>.Whole([]), centres, true, []);
        var own = centres.Where(f => f.MunicipalityId == chosen.Id).ToList();
        return new FamilyFrontPageView(municipalities, chosen, false,
            await directory.ThisWeekAsync(chosen.Id, null, 0, Directory.Public.MunicipalityModel.Listed, cancellationToken),
            own.Count > 0 ? own : centres, own.Count == 0,
            await directory.PlaceHitsAsync(chosen.Id, null, cancellationToken));
    }

    /// <summary>One region's front page: the period whose years include this one, else the latest.</summary>
    public async Task<FrontPageView> FrontPageAsync(Guid regionId, CancellationToken cancellationToken)
    {
        var municipalities = (await organisations.MunicipalitiesAsync(cancellationToken)).Where(m => m.RegionId == regionId).ToList();
        var familyCentres = (await organisations.FamilyCentresAsync(cancellationToken)).Where(f => municipalities.Any(m => m.Id == f.MunicipalityId)).ToList();
        var year = HelsinkiTime.Today(clock).Year;
        var periods = await agreements.PeriodsAsync(regionId, cancellationToken);
        var current = periods.LastOrDefault(p => p.StartYear <= year && year <= p.EndYear) ?? periods.LastOrDefault();
        var parties = current is null ? [] : await agreements.PartiesAsync(current.Id, cancellationToken);
        return new FrontPageView(municipalities, familyCentres, current, parties);
    }

    /// <summary>
    /// The regions and their municipalities; with <paramref name="search"/>, only the municipalities whose name (in any
    /// language) contains it, so the list works as a search without JavaScript.
    /// </summary>
    public async Task<RegionChoiceView> RegionChoiceAsync(IReadOnlyList<RegionAddress> regions, string? search, CancellationToken cancellationToken)
    {
        var byId = regions.ToDictionary(r => r.Id);
        var term = search?.Trim();
        bool Matches(LocalizedText name) => string.IsNullOrEmpty(term) || new[] { name.Fi, name.Sv, name.En }
            .Any(n => n is not null && n.Contains(term, StringComparison.CurrentCultureIgnoreCase));
        var municipalities = (await organisations.MunicipalitiesAsync(cancellationToken))
            .Where(m => byId.ContainsKey(m.RegionId) && Matches(m.Name))
            .Select(m => new MunicipalityChoice(m.Slug, m.Name, byId[m.RegionId]))
            .OrderBy(m => m.Name.Fi, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false)).ToList();
        return new RegionChoiceView(regions, municipalities);
    }

    public static StaffHomeView StaffHome(Actor? actor)
    {
        // The pages of the person's own region (their audit trail and outbox): the role rules decide.
        var permitted = AccessControl.PermittedByRole(actor, null, StaffAction.ViewAuditTrail, StaffAction.ViewOutbox);
        return new(actor?.OrganisationId, permitted.Contains(nameof(StaffAction.ViewAuditTrail)), permitted.Contains(nameof(StaffAction.ViewOutbox)),
            Regions.RegionTermsQueries.MayManageRegions(actor));
    }
}
