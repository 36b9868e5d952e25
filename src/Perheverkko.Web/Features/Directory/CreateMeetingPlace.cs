using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>Staff of an organisation (or a coordinator for any) add a meeting place as a draft.</summary>
public sealed partial class CreateMeetingPlace(PerheverkkoDb db, AccessControl access, AuditLog audit, DirectoryCommit commit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Actor? actor, MeetingPlaceRequest request, CancellationToken cancellationToken)
    {
        var organisationId = request.OrganisationId ?? actor?.OrganisationId;
        // The entry belongs to its maintainer's region; an organisation of another region is as unknown as a made-up one.
        var regionId = organisationId is { } o
            ? await db.Organisations.Where(x => x.Id == o).Select(x => (Guid?)x.RegionId).SingleOrDefaultAsync(cancellationToken) : null;
        // The new entry's object is its maintainer: its staff (or the region's coordinators) add entries for it.
        await access.RequireAsync(actor, StaffAction.EditDirectory,
            regionId is { } region ? new AccessObject(DirectoryRelationships.MeetingPlaceType, null, region, organisationId) : null, cancellationToken);
        var check = new InputCheck().That(organisationId is not null, "organisationId", "validation.required")
            .Required("slug", request.Slug, 80)
            .That(request.Slug is null || SlugFormat().IsMatch(request.Slug.Trim()), "slug", "validation.slug");
        if (organisationId is not null && regionId is null) check.That(false, "organisationId", "validation.unknown");
        var details = await request.ToDetailsAsync(check, commit, null, cancellationToken);
        var slug = request.Slug!.Trim();
        RuleCheck.That(!await db.MeetingPlaces.AnyAsync(p => p.RegionId == regionId && p.Slug == slug, cancellationToken), DirectoryRules.SlugTaken);
        var place = MeetingPlace.Create(Guid.CreateVersion7(), regionId!.Value, slug, organisationId!.Value, details, clock.GetUtcNow().UtcDateTime);
        db.MeetingPlaces.Add(place);
        audit.Record(actor, AuditEvent.MeetingPlaceCreated, "MeetingPlace", place.Id, regionId: place.RegionId);
        await commit.SaveAsync(place, cancellationToken);
        return place.Id;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugFormat();
}
