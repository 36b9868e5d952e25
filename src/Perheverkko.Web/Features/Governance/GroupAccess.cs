using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// The grants that depend on a group's own data, on top of <see cref="AccessCatalogue"/>: a member or deputy sees
/// their members-only group, and the chair of the current agreement period prepares the group's meetings (001 §13:
/// the chair and the coordinator prepare together). Anyone else is sent through <see cref="AccessControl.RequireAsync"/>,
/// which audits the refusal. An unknown group is refused, not reported missing, to those without a region-wide grant.
/// </summary>
public static class GroupAccess
{
    public static async Task RequireViewAsync(AccessControl access, PerheverkkoDb db, Actor? actor, Guid? groupId,
        DateOnly today, CancellationToken cancellationToken)
    {
        if (AccessControl.Permits(actor, StaffAction.ViewGroup)) return;
        var visibility = groupId is null ? null
            : await db.Groups.Where(g => g.Id == groupId).Select(g => (GroupVisibility?)g.Visibility).SingleOrDefaultAsync(cancellationToken);
        if (visibility == GroupVisibility.StaffOfParties)
        {
            await access.RequireAsync(actor, StaffAction.ViewGroups, objectType: "Group", objectId: groupId, cancellationToken: cancellationToken);
            return;
        }
        if (visibility == GroupVisibility.MembersOnly && await BelongsAsync(db, actor, groupId!.Value, today, cancellationToken)) return;
        await access.RequireAsync(actor, StaffAction.ViewGroup, objectType: "Group", objectId: groupId, cancellationToken: cancellationToken);
    }

    public static async Task RequirePrepareAsync(AccessControl access, PerheverkkoDb db, Actor? actor, Guid? groupId,
        DateOnly today, CancellationToken cancellationToken)
    {
        if (AccessControl.Permits(actor, StaffAction.PrepareMeeting)) return;
        if (groupId is { } id && await IsChairAsync(db, actor, id, today, cancellationToken)) return;
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, objectType: "Group", objectId: groupId, cancellationToken: cancellationToken);
    }

    public static async Task<bool> MayPrepareAsync(PerheverkkoDb db, Actor? actor, Guid groupId, DateOnly today, CancellationToken cancellationToken) =>
        AccessControl.Permits(actor, StaffAction.PrepareMeeting) || await IsChairAsync(db, actor, groupId, today, cancellationToken);

    /// <summary>Keeping the minutes: the coordinator (the secretary, 001 §8), and the group's own chair or secretary.</summary>
    public static async Task RequireRecordAsync(AccessControl access, PerheverkkoDb db, Actor? actor, Guid? groupId,
        DateOnly today, CancellationToken cancellationToken)
    {
        if (groupId is { } id && await MayRecordAsync(db, actor, id, today, cancellationToken)) return;
        await access.RequireAsync(actor, StaffAction.RecordMeeting, objectType: "Group", objectId: groupId, cancellationToken: cancellationToken);
    }

    public static async Task<bool> MayRecordAsync(PerheverkkoDb db, Actor? actor, Guid groupId, DateOnly today, CancellationToken cancellationToken) =>
        AccessControl.Permits(actor, StaffAction.RecordMeeting)
        || await HoldsRoleAsync(db, actor, groupId, today, orSecretary: true, cancellationToken);

    /// <summary>Approving the minutes is the chair's (issue 5 §7); the coordinator who wrote them may not.</summary>
    public static async Task RequireApproveAsync(AccessControl access, PerheverkkoDb db, Actor? actor, Guid? groupId,
        DateOnly today, CancellationToken cancellationToken)
    {
        if (groupId is { } id && await MayApproveAsync(db, actor, id, today, cancellationToken)) return;
        await access.RequireAsync(actor, StaffAction.ApproveMinutes, objectType: "Group", objectId: groupId, cancellationToken: cancellationToken);
    }

    public static async Task<bool> MayApproveAsync(PerheverkkoDb db, Actor? actor, Guid groupId, DateOnly today, CancellationToken cancellationToken) =>
        AccessControl.Permits(actor, StaffAction.ApproveMinutes) || await IsChairAsync(db, actor, groupId, today, cancellationToken);

    private static async Task<bool> BelongsAsync(PerheverkkoDb db, Actor? actor, Guid groupId, DateOnly today, CancellationToken cancellationToken)
    {
        if (actor?.UserId is not { } userId || !AccessControl.Permits(actor, StaffAction.ViewStaffArea)) return false;
        return await db.Memberships.AnyAsync(m => m.GroupId == groupId && m.Person.StaffUserId == userId && m.From <= today && (m.To == null || m.To >= today), cancellationToken)
            || await IsChairAsync(db, actor, groupId, today, cancellationToken);
    }

    private static Task<bool> IsChairAsync(PerheverkkoDb db, Actor? actor, Guid groupId, DateOnly today, CancellationToken cancellationToken) =>
        HoldsRoleAsync(db, actor, groupId, today, orSecretary: false, cancellationToken);

    private static async Task<bool> HoldsRoleAsync(PerheverkkoDb db, Actor? actor, Guid groupId, DateOnly today, bool orSecretary,
        CancellationToken cancellationToken)
    {
        if (actor?.UserId is not { } userId || !AccessControl.Permits(actor, StaffAction.ViewStaffArea)) return false;
        return await (from r in db.GroupRoles
                      join v in db.AgreementVersions on r.AgreementVersionId equals v.Id
                      where r.GroupId == groupId && (r.Kind == GroupRoleKind.Chair || (orSecretary && r.Kind == GroupRoleKind.Secretary)) && r.Person.StaffUserId == userId
                            && v.StartYear <= today.Year && v.EndYear >= today.Year
                      select r.Id).AnyAsync(cancellationToken);
    }
}
