using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// Who stands in the directory's relationships (<see cref="Relationship.MunicipalityOfPlace"/>): the staff of a
/// municipality's own organisation to the meeting places in that municipality, whoever maintains them (the
/// municipality answers for its meeting places, 003 §4). One query answers for a whole page of places.
/// </summary>
public sealed class DirectoryRelationships(PerheverkkoDb db) : IRelationshipSource
{
    public const string MeetingPlaceType = nameof(MeetingPlace);
    public const string ServiceType = nameof(Service);
    public const string ActivityType = nameof(Activity);

    public IReadOnlyCollection<Relationship> Relationships { get; } = [Relationship.MunicipalityOfPlace];

    /// <summary>The entry as the access engine sees it: its type, id, region and maintaining organisation.</summary>
    public static AccessObject Of(DirectoryEntry entry) => new(TypeOf(entry), entry.Id, entry.RegionId, entry.OrganisationId);

    public static string TypeOf(DirectoryEntry entry) => entry switch
    {
        MeetingPlace => MeetingPlaceType,
        Service => ServiceType,
        _ => ActivityType,
    };

    public async Task<IReadOnlySet<Guid>> HeldOnAsync(Relationship relationship, Actor actor, IReadOnlyCollection<AccessObject> objects,
        CancellationToken cancellationToken)
    {
        var places = objects.Where(o => o.Type == MeetingPlaceType && o.Id is not null).Select(o => o.Id!.Value).Distinct().ToList();
        if (relationship != Relationship.MunicipalityOfPlace || places.Count == 0 || actor.OrganisationId is not { } organisationId)
            return new HashSet<Guid>();
        var held = await db.MeetingPlaces.AsNoTracking()
            .Where(p => places.Contains(p.Id)
                && db.Organisations.Any(o => o.Id == organisationId && o.MunicipalityId != null && o.MunicipalityId == p.MunicipalityId))
            .Select(p => p.Id).ToListAsync(cancellationToken);
        return held.ToHashSet();
    }
}
