using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.Web.Features.Home;

/// <summary>The front page: the network's municipalities and family centres, and the parties of the agreement period in force.</summary>
public sealed record FrontPageView(IReadOnlyList<MunicipalityView> Municipalities, IReadOnlyList<FamilyCentreView> FamilyCentres,
    AgreementPeriodView? CurrentPeriod, IReadOnlyList<PartyView> Parties);

/// <summary>The staff area's start page: the person's own organisation and which of the administrative pages they may use.</summary>
public sealed record StaffHomeView(Guid? OwnOrganisation, bool MayViewAudit, bool MayViewOutbox, bool MayManageRegions = false);

public sealed class HomeQueries(OrganisationQueries organisations, AgreementQueries agreements, TimeProvider clock)
{
    /// <summary>The period whose years include this one, else the latest.</summary>
    public async Task<FrontPageView> FrontPageAsync(CancellationToken cancellationToken)
    {
        var municipalities = await organisations.MunicipalitiesAsync(cancellationToken);
        var familyCentres = await organisations.FamilyCentresAsync(cancellationToken);
        var year = HelsinkiTime.Today(clock).Year;
        var periods = await agreements.PeriodsAsync(cancellationToken);
        var current = periods.LastOrDefault(p => p.StartYear <= year && year <= p.EndYear) ?? periods.LastOrDefault();
        var parties = current is null ? [] : await agreements.PartiesAsync(current.Id, cancellationToken);
        return new FrontPageView(municipalities, familyCentres, current, parties);
    }

    public static StaffHomeView StaffHome(Actor? actor) =>
        new(actor?.OrganisationId, AccessControl.Permits(actor, StaffAction.ViewAuditTrail), AccessControl.Permits(actor, StaffAction.ViewOutbox),
            Regions.RegionTermsQueries.MayManageRegions(actor));
}
