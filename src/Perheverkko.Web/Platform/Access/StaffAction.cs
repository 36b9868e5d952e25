namespace Perheverkko.Web.Platform.Access;

/// <summary>
/// Everything a signed-in person can be allowed to do. Each action is declared once in
/// <see cref="AccessCatalogue"/> with the roles that may do it and whether it is limited to their own organisation.
/// </summary>
public enum StaffAction
{
    ViewStaffArea,
    ViewOrganisationContacts,
    CreateOrganisation,
    EditOrganisation,
    ManageContactPersons,
    ViewAuditTrail,
    ViewOutbox,
    ManageUsers,
    ManageOwnTokens,
    /// <summary>See the groups visible to the parties' staff, their members and sent agendas.</summary>
    ViewGroups,
    /// <summary>See every group, members-only ones too (a member of such a group sees it through its membership).</summary>
    ViewAllGroups,
    ManageGroups,
    /// <summary>Plan meetings, write the agenda, send the invitations (a group's chair may too, for their own group).</summary>
    PrepareMeeting,
    /// <summary>Record a held meeting: attendance, discussion and decisions, the draft minutes (the group's chair and secretary may too).</summary>
    RecordMeeting,
    /// <summary>Approve minutes. The chair of the group approves (GroupAccess); admin may stand in when the chair has no account.</summary>
    ApproveMinutes,
    /// <summary>Create, edit, publish and archive directory entries: meeting places, services and activities (a municipality's representative also its meeting places, Features/Directory/DirectoryAccess.cs).</summary>
    EditDirectory,
}

public enum Scope
{
    /// <summary>Anywhere in the region.</summary>
    Region,
    /// <summary>Only objects of the person's own organisation.</summary>
    OwnOrganisation,
}

public sealed record Grant(StaffRole Role, Scope Scope);

public static class AccessCatalogue
{
    private static readonly Grant AdminAnywhere = new(StaffRole.Admin, Scope.Region);
    private static readonly Grant CoordinatorAnywhere = new(StaffRole.Coordinator, Scope.Region);
    private static readonly Grant RepresentativeAnywhere = new(StaffRole.Representative, Scope.Region);
    private static readonly Grant ProfessionalAnywhere = new(StaffRole.Professional, Scope.Region);
    private static readonly Grant RepresentativeOwn = new(StaffRole.Representative, Scope.OwnOrganisation);
    private static readonly Grant ProfessionalOwn = new(StaffRole.Professional, Scope.OwnOrganisation);

    private static readonly Grant[] AllStaff = [AdminAnywhere, CoordinatorAnywhere, RepresentativeAnywhere, ProfessionalAnywhere];

    /// <summary>The whole access model in one table.</summary>
    public static readonly IReadOnlyDictionary<StaffAction, Grant[]> Grants = new Dictionary<StaffAction, Grant[]>
    {
        [StaffAction.ViewStaffArea] = AllStaff,
        // Contact persons are the annex's personal data: visible to staff of the parties, every read audited.
        [StaffAction.ViewOrganisationContacts] = AllStaff,
        [StaffAction.CreateOrganisation] = [AdminAnywhere, CoordinatorAnywhere],
        [StaffAction.EditOrganisation] = [AdminAnywhere, CoordinatorAnywhere, RepresentativeOwn],
        [StaffAction.ManageContactPersons] = [AdminAnywhere, CoordinatorAnywhere, RepresentativeOwn],
        [StaffAction.ViewAuditTrail] = [AdminAnywhere, CoordinatorAnywhere],
        [StaffAction.ViewOutbox] = [AdminAnywhere, CoordinatorAnywhere],
        [StaffAction.ManageUsers] = [AdminAnywhere],
        [StaffAction.ManageOwnTokens] = AllStaff,
        // Group-level grants (a member sees their members-only group, the chair prepares their group's meetings)
        // depend on the group's own data and are added in Features/Governance/GroupAccess.cs.
        [StaffAction.ViewGroups] = AllStaff,
        [StaffAction.ViewAllGroups] = [AdminAnywhere, CoordinatorAnywhere],
        [StaffAction.ManageGroups] = [AdminAnywhere, CoordinatorAnywhere],
        [StaffAction.PrepareMeeting] = [AdminAnywhere, CoordinatorAnywhere],
        // The coordinator is the leadership group's secretary (001 §8) and keeps the minutes.
        [StaffAction.RecordMeeting] = [AdminAnywhere, CoordinatorAnywhere],
        // Not the coordinator: the secretary writes the minutes, the chair approves them.
        [StaffAction.ApproveMinutes] = [AdminAnywhere],
        // The people who run the activities keep them up to date: their own organisation's places, services and activities.
        [StaffAction.EditDirectory] = [AdminAnywhere, CoordinatorAnywhere, RepresentativeOwn, ProfessionalOwn],
    };

    public static bool Permits(Actor actor, StaffAction action, Guid? organisationId) =>
        Grants[action].Any(grant => grant.Role == actor.Role &&
            (grant.Scope == Scope.Region || (organisationId is not null && organisationId == actor.OrganisationId)));
}
