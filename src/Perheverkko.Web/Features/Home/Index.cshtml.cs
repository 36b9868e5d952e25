using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Home;

[AllowAnonymous]
public sealed class IndexModel(OrganisationQueries organisations, AgreementQueries agreements, TimeProvider clock) : PerheverkkoPage
{
    public IReadOnlyList<MunicipalityView> Municipalities { get; private set; } = [];
    public IReadOnlyList<FamilyCentreView> FamilyCentres { get; private set; } = [];
    public AgreementPeriodView? CurrentPeriod { get; private set; }
    public IReadOnlyList<PartyView> Parties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Municipalities = await organisations.MunicipalitiesAsync(cancellationToken);
        FamilyCentres = await organisations.FamilyCentresAsync(cancellationToken);
        var year = clock.GetLocalNow().Year;
        var periods = await agreements.PeriodsAsync(cancellationToken);
        CurrentPeriod = periods.LastOrDefault(p => p.StartYear <= year && year <= p.EndYear) ?? periods.LastOrDefault();
        if (CurrentPeriod is not null) Parties = await agreements.PartiesAsync(CurrentPeriod.Id, cancellationToken);
    }
}
