using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// Who stands in Perheneuvo's relationships: the workers of the municipality teams to the queue and their team's
/// contacts, the assigned worker to their contact, and the regional queue's contacts to the coordinator. One query
/// answers for a whole page of contacts.
/// </summary>
public sealed class FamilyAdviceRelationships(PerheverkkoDb db) : IRelationshipSource
{
    public const string ContactType = nameof(FamilyContact);
    /// <summary>The region's Perheneuvo queue as an object: its id is the region's.</summary>
    public const string QueueType = "AdviceQueue";

    public IReadOnlyCollection<Relationship> Relationships { get; } =
        [Relationship.AdviceWorker, Relationship.ContactTeamMember, Relationship.ContactAssignee, Relationship.ContactInRegionalQueue];

    public static AccessObject Of(FamilyContact contact) => new(ContactType, contact.Id, contact.RegionId);
    public static AccessObject QueueOf(Guid regionId) => new(QueueType, regionId, regionId);

    public async Task<IReadOnlySet<Guid>> HeldOnAsync(Relationship relationship, Actor actor, IReadOnlyCollection<AccessObject> objects,
        CancellationToken cancellationToken)
    {
        if (actor.UserId is not { } userId) return new HashSet<Guid>();
        if (relationship == Relationship.AdviceWorker)
        {
            var regions = objects.Where(o => o.Type == QueueType && o.Id is not null).Select(o => o.Id!.Value).Distinct().ToList();
            if (regions.Count == 0) return new HashSet<Guid>();
            return (await db.AdviceTeams.AsNoTracking()
                .Where(t => regions.Contains(t.RegionId) && t.Members.Any(m => m.UserId == userId))
                .Select(t => t.RegionId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        }
        var contacts = objects.Where(o => o.Type == ContactType && o.Id is not null).Select(o => o.Id!.Value).Distinct().ToList();
        if (contacts.Count == 0) return new HashSet<Guid>();
        var query = db.FamilyContacts.AsNoTracking().Where(c => contacts.Contains(c.Id));
        query = relationship == Relationship.ContactTeamMember
            ? query.Where(c => c.TeamId != null && db.AdviceTeamMembers.Any(m => m.TeamId == c.TeamId && m.UserId == userId))
            : relationship == Relationship.ContactAssignee ? query.Where(c => c.AssignedToId == userId)
            : relationship == Relationship.ContactInRegionalQueue ? query.Where(c => c.TeamId == null)
            : query.Where(_ => false);
        return (await query.Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
    }
}
