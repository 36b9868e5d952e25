using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// Who stands in which relationship to a group, for the access engine (<see cref="AccessControl"/>): the chair, vice
/// chair and secretary named for the agreement period in force today (Finnish date), the group's current members and
/// deputies (and those three), and the staff of the group's region when the group is open to the parties' staff.
/// Each answer is one query for a whole page of groups. Meetings, agendas and minutes are decided on their group.
/// </summary>
public sealed class GroupRelationships(PerheverkkoDb db, TimeProvider clock) : IRelationshipSource
{
    /// <summary>The type of a group as an object of the access engine.</summary>
    public const string ObjectType = "Group";

    private static readonly IReadOnlySet<Guid> None = new HashSet<Guid>();

    public IReadOnlyCollection<Relationship> Relationships { get; } =
        [Relationship.GroupChair, Relationship.GroupViceChair, Relationship.GroupSecretary, Relationship.GroupMember, Relationship.GroupOpenToParties];

    /// <summary>A group as the object of an action; a meeting's actions are taken on its group.</summary>
    public static AccessObject ObjectOf(Group group) => new(ObjectType, group.Id, group.RegionId);

    public async Task<IReadOnlySet<Guid>> HeldOnAsync(Relationship relationship, Actor actor, IReadOnlyCollection<AccessObject> objects,
        CancellationToken cancellationToken)
    {
        var ids = objects.Where(o => o.Type == ObjectType && o.Id is not null).Select(o => o.Id!.Value).Distinct().ToList();
        if (ids.Count == 0) return None;
        if (relationship == Relationship.GroupOpenToParties)
        {
            if (actor.RegionId is not { } regionId) return None;
            return (await db.Groups.Where(g => ids.Contains(g.Id) && g.Visibility == GroupVisibility.StaffOfParties && g.RegionId == regionId)
                .Select(g => g.Id).ToListAsync(cancellationToken)).ToHashSet();
        }
        if (actor.UserId is not { } userId) return None;
        var today = HelsinkiTime.Today(clock);
        var kinds = relationship == Relationship.GroupChair ? [GroupRoleKind.Chair]
            : relationship == Relationship.GroupViceChair ? [GroupRoleKind.ViceChair]
            : relationship == Relationship.GroupSecretary ? [GroupRoleKind.Secretary]
            : relationship == Relationship.GroupMember ? new[] { GroupRoleKind.Chair, GroupRoleKind.ViceChair, GroupRoleKind.Secretary }
            : throw new ArgumentOutOfRangeException(nameof(relationship), relationship.Name, "Not a relationship to a group.");
        var named = from r in db.GroupRoles
                    join v in db.AgreementVersions on r.AgreementVersionId equals v.Id
                    where ids.Contains(r.GroupId) && kinds.Contains(r.Kind) && r.Person.StaffUserId == userId
                          && v.StartYear <= today.Year && v.EndYear >= today.Year
                    select r.GroupId;
        if (relationship == Relationship.GroupMember)
            named = named.Union(db.Memberships
                .Where(m => ids.Contains(m.GroupId) && m.Person.StaffUserId == userId && m.From <= today && (m.To == null || m.To >= today))
                .Select(m => m.GroupId));
        return (await named.Distinct().ToListAsync(cancellationToken)).ToHashSet();
    }
}
