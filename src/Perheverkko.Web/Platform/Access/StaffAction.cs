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
    /// <summary>Create a draft of the agreement, edit its text, record the leadership group's processing, freeze it.</summary>
    DraftAgreement,
    /// <summary>Comment on a section of a draft: the coordinator, or a representative of a party to that version (own organisation).</summary>
    CommentOnAgreementDraft,
    /// <summary>See drafts of the agreement, their comments and the open role duties.</summary>
    ViewAgreementDrafts,
    /// <summary>Record how the organisation's own organ handled a package for the parties' decision-making (a representative: their own only).</summary>
    RecordOrganHandling,
    /// <summary>See the signing dashboard, the certificate and the decisions of an agreement version.</summary>
    ViewAgreementSigning,
    /// <summary>Record a party's decision on a version (its own representative, or the coordinator on its behalf).</summary>
    RecordPartyDecision,
    /// <summary>Name who signs for a party.</summary>
    NameSignatories,
    /// <summary>Send a version for signatures; add a party (accession), record a party's leaving, end a version.</summary>
    ManageAgreementParties,
    /// <summary>Sign or reject for one's own organisation; the use case also requires being its named signatory.</summary>
    SignAgreement,
    /// <summary>Give or withdraw notice (001 §21): the party's own representative (admin may stand in).</summary>
    GiveNotice,
    /// <summary>The annex of contact persons and signatories (001 §23): staff of the parties; every read audited.</summary>
    ViewAgreementAnnex,
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
        // The coordinator keeps the agreement (DOMAIN: the coordinator keeps the agreement and the party list).
        [StaffAction.DraftAgreement] = [AdminAnywhere, CoordinatorAnywhere],
        // A representative comments for their own organisation, and only when it is a party of the version (checked in the use case).
        [StaffAction.CommentOnAgreementDraft] = [AdminAnywhere, CoordinatorAnywhere, RepresentativeOwn],
        [StaffAction.ViewAgreementDrafts] = AllStaff,
        [StaffAction.RecordOrganHandling] = [AdminAnywhere, CoordinatorAnywhere, RepresentativeOwn],
        [StaffAction.ViewAgreementSigning] = AllStaff,
        [StaffAction.RecordPartyDecision] = [AdminAnywhere, CoordinatorAnywhere, RepresentativeOwn],
        [StaffAction.NameSignatories] = [AdminAnywhere, CoordinatorAnywhere, RepresentativeOwn],
        [StaffAction.ManageAgreementParties] = [AdminAnywhere, CoordinatorAnywhere],
        // Whoever signs does so for their own organisation, and only as its named signatory (checked by the use case,
        // which is why admin's grant changes nothing: an admin belongs to no party and cannot be named).
        [StaffAction.SignAgreement] = [AdminAnywhere, new(StaffRole.Coordinator, Scope.OwnOrganisation), RepresentativeOwn, new(StaffRole.Professional, Scope.OwnOrganisation)],
        // The party's own representative; admin may stand in (as for minutes) when the representative has no account.
        [StaffAction.GiveNotice] = [AdminAnywhere, RepresentativeOwn],
        // "Staff of the parties": the use case passes the actor's organisation only when it is a party of the version.
        [StaffAction.ViewAgreementAnnex] = [AdminAnywhere, CoordinatorAnywhere, RepresentativeOwn, new(StaffRole.Professional, Scope.OwnOrganisation)],
        // The people who run the activities keep them up to date: their own organisation's places, services and activities.
        [StaffAction.EditDirectory] = [AdminAnywhere, CoordinatorAnywhere, RepresentativeOwn, ProfessionalOwn],
    };

    public static bool Permits(Actor actor, StaffAction action, Guid? organisationId) =>
        Grants[action].Any(grant => grant.Role == actor.Role &&
            (grant.Scope == Scope.Region || (organisationId is not null && organisationId == actor.OrganisationId)));
}
