using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// The dry run (issue #19 item 2): reads the organisation's services and service locations from PTV and says, entry by
/// entry, what an import would change, with each changed field's value here and in PTV. Changes nothing.
/// </summary>
public sealed class PreviewPtvImport(PtvImportPlanner planner, PerheverkkoDb db, TimeProvider clock)
{
    public async Task<PtvImportPreview> HandleAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken)
    {
        var start = await planner.BeginAsync(actor, organisationId, cancellationToken);
        var fetched = await planner.FetchAsync(start, cancellationToken);
        var municipalities = await planner.MunicipalitiesAsync(start.RegionId, cancellationToken);
        var places = await planner.PlacesWithPtvIdAsync(start.RegionId, cancellationToken);
        var services = await planner.ServicesWithPtvIdAsync(start.RegionId, cancellationToken);
        var placeNames = await db.MeetingPlaces.Where(p => p.RegionId == start.RegionId).ToDictionaryAsync(p => p.Id, p => p.Name.Fi, cancellationToken);
        string PlaceName(Guid id) => placeNames.TryGetValue(id, out var name) ? name : id.ToString();

        var items = new List<PtvImportItem>();
        foreach (var entry in PtvImportPlanner.PlanPlaces(start.OrganisationId, fetched.Locations, places, municipalities))
            items.Add(new(PtvEntryKind.MeetingPlace, entry.Mapped.PtvId, entry.Existing?.Id, entry.Mapped.Name, entry.Change,
                entry.Fields.Select(f => new PtvFieldDifference(f, PtvImportMapping.Describe(entry.Existing!.Details(), f), PtvImportMapping.Describe(entry.Mapped.Details!, f))).ToList(),
                entry.Mapped.Problems));
        foreach (var entry in PtvImportPlanner.PlanServices(start.OrganisationId, fetched.Services, services, municipalities, PtvImportPlanner.PlaceIds(places)))
            items.Add(new(PtvEntryKind.Service, entry.Mapped.PtvId, entry.Existing?.Id, entry.Mapped.Name, entry.Change,
                entry.Fields.Select(f => new PtvFieldDifference(f, PtvImportMapping.Describe(entry.Existing!.Details(), f, PlaceName),
                    PtvImportMapping.Describe(entry.Mapped.Details!, f, PlaceName))).ToList(),
                entry.Mapped.Problems));
        foreach (var gone in PtvImportPlanner.Gone(places, organisationId, fetched.Locations.Select(l => PtvImportMapping.IdText(l.Id))))
            items.Add(new(PtvEntryKind.MeetingPlace, gone.PtvId!, gone.Id, gone.Name.Fi, PtvImportChange.GoneFromPtv, [], []));
        foreach (var gone in PtvImportPlanner.Gone(services, organisationId, fetched.Services.Select(s => PtvImportMapping.IdText(s.Id))))
            items.Add(new(PtvEntryKind.Service, gone.PtvId!, gone.Id, gone.Name.Fi, PtvImportChange.GoneFromPtv, [], []));
        return new PtvImportPreview(organisationId, start.PtvOrganisationId, clock.GetUtcNow().UtcDateTime, items);
    }
}
