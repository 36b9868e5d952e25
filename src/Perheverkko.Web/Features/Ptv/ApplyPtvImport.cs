using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// Applies an import (issue #19 item 2): reads PTV again (what was reviewed may have changed since), then saves every valid
/// new or changed entry whole, each with its search-index row. Places go first, since services point at them. An invalid
/// entry, or one kept here whose PTV copy differs, is never touched.
/// </summary>
public sealed class ApplyPtvImport(PtvImportPlanner planner, PerheverkkoDb db, DirectoryCommit commit, AuditLog audit, TimeProvider clock)
{
    public async Task<PtvImportResult> HandleAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken)
    {
        var start = await planner.BeginAsync(actor, organisationId, cancellationToken);
        var fetched = await planner.FetchAsync(start, cancellationToken);
        var municipalities = await planner.MunicipalitiesAsync(start.RegionId, cancellationToken);
        var places = await planner.PlacesWithPtvIdAsync(start.RegionId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        int created = 0, updated = 0, unchanged = 0, refused = 0;

        void Count(PtvImportChange change)
        {
            if (change == PtvImportChange.Unchanged) unchanged++;
            else if (change == PtvImportChange.Invalid) refused++;
        }

        var slugs = (await db.MeetingPlaces.Where(p => p.RegionId == start.RegionId).Select(p => p.Slug).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var entry in PtvImportPlanner.PlanPlaces(start.OrganisationId, fetched.Locations, places, municipalities))
        {
            Count(entry.Change);
            if (entry.Change == PtvImportChange.New)
            {
                var place = MeetingPlace.ImportFromPtv(Guid.CreateVersion7(), start.RegionId, PtvImportPlanner.UniqueSlug(entry.Mapped.Details!.Name.Fi, slugs),
                    organisationId, entry.Mapped.PtvId, entry.Mapped.Details, now);
                db.MeetingPlaces.Add(place);
                await commit.SaveAsync(place, cancellationToken);
                places.Add(place);
                created++;
            }
            else if (entry.Change == PtvImportChange.Changed)
            {
                entry.Existing!.ApplyFromPtv(entry.Mapped.Details!, now);
                await commit.SaveAsync(entry.Existing, cancellationToken);
                updated++;
            }
        }

        var services = await planner.ServicesWithPtvIdAsync(start.RegionId, cancellationToken);
        foreach (var entry in PtvImportPlanner.PlanServices(start.OrganisationId, fetched.Services, services, municipalities, PtvImportPlanner.PlaceIds(places)))
        {
            Count(entry.Change);
            if (entry.Change == PtvImportChange.New)
            {
                var service = Service.ImportFromPtv(Guid.CreateVersion7(), start.RegionId, organisationId, entry.Mapped.PtvId, entry.Mapped.Details!, now);
                db.Services.Add(service);
                await commit.SaveAsync(service, cancellationToken);
                created++;
            }
            else if (entry.Change == PtvImportChange.Changed)
            {
                entry.Existing!.ApplyFromPtv(entry.Mapped.Details!, now);
                await commit.SaveAsync(entry.Existing, cancellationToken);
                updated++;
            }
        }

        start.Connection.RecordImport(now);
        audit.Record(actor, AuditEvent.PtvImportApplied, "Organisation", organisationId,
            $"created={created} updated={updated} unchanged={unchanged} refused={refused}", start.RegionId);
        await db.SaveChangesAsync(cancellationToken);
        return new PtvImportResult(created, updated, unchanged, refused);
    }
}
