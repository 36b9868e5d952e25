namespace Perheverkko.Web.Platform.Access;

/// <summary>
/// Everything a signed-in person can be allowed to do. Each action is declared once in <see cref="AccessCatalogue"/>
/// with the rules that grant it: by role and scope, or by a relationship to the object (docs/access.md).
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
    /// <summary>Open the list of groups (each group on it is shown by <see cref="ViewGroup"/>).</summary>
    ViewGroups,
    /// <summary>See a group, its members, meetings and sent agendas: a group open to the parties' staff, or one's own group.</summary>
    ViewGroup,
    ManageGroups,
    /// <summary>Plan meetings, write the agenda, send the invitations (a group's chair may too, for their own group).</summary>
    PrepareMeeting,
    /// <summary>Record a held meeting: attendance, discussion and decisions, the draft minutes (the group's chair and secretary may too).</summary>
    RecordMeeting,
    /// <summary>Approve minutes: the chair of the group; admin may stand in when the chair has no account.</summary>
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
    /// <summary>Sign or reject for a party: its named signatory.</summary>
    SignAgreement,
    /// <summary>Give or withdraw notice (001 §21): the party's own representative (admin may stand in).</summary>
    GiveNotice,
    /// <summary>The annex of contact persons and signatories (001 §23): staff of the parties; every read audited.</summary>
    ViewAgreementAnnex,
    /// <summary>Create, edit, publish and archive directory entries: meeting places, services and activities (a municipality's representative also the meeting places in it).</summary>
    EditDirectory,
    /// <summary>Add a region (a wellbeing county's network) to the deployment: a national administrator.</summary>
    ManageRegions,
    /// <summary>Set the region's terms (notice, meeting rhythm, quorum, minutes approval, reminders, languages).</summary>
    EditRegionTerms,
    /// <summary>Open the Perheneuvo queue (one's own teams' contacts) and record a contact that came by phone or at a meeting place.</summary>
    ViewAdviceQueue,
    /// <summary>Read a family's contact and handle it: take, assign, transfer, reply, note, refer, close, revoke the answer link. Every read audited.</summary>
    HandleFamilyContact,
    /// <summary>Set up Perheneuvo: its phone and hours, urgent numbers, response time, retention, topics and municipality teams.</summary>
    ManageFamilyAdvice,
    /// <summary>See Perheneuvo's statistics: counts without people, small cells suppressed outside the team.</summary>
    ViewAdviceStatistics,
    /// <summary>
    /// Keep the organisation's people who work in the network's activities: their checks, briefings, support and insurance,
    /// their tasks in activities, the organisation's workforce guideline. Only the organisation's own representatives (and
    /// a coordinator for their own organisation); every read audited (issue #16 item 1).
    /// </summary>
    ManageWorkforce,
    /// <summary>See per organisation and municipality how many activities' workforce requirements hold or lapse: counts, never names.</summary>
    ViewWorkforceOverview,
    /// <summary>Write, schedule and withdraw announcements for families (001 §14): staff of the parties, their own organisation's; the coordinator any.</summary>
    WriteAnnouncements,
    /// <summary>Write and send bulletins to professionals and parties through the outbox (the coordinator runs the network's communication, 001 §14).</summary>
    SendBulletins,
    /// <summary>Read the web copy of bulletins and their delivery counts.</summary>
    ViewBulletins,
    /// <summary>Add, version and remove materials in the material bank: staff of the parties, their own organisation's; the coordinator any, and the folders.</summary>
    ManageMaterials,
    /// <summary>Open the material bank for professionals; each material's visibility (public, parties' staff, a group) still applies.</summary>
    ViewMaterials,
    /// <summary>Read the region's year cycle: action plans, the year clock, submitted evaluations, survey results and indicators (counts after the small-cell rule), annual reports.</summary>
    ViewYearCycle,
    /// <summary>Draft the region's action plan, record its processing by the leadership group, publish it, start next year's from it (the coordinator, 001 §10).</summary>
    DraftActionPlan,
    /// <summary>Comment on a draft action plan: the coordinator, or a representative of a party.</summary>
    CommentOnActionPlan,
    /// <summary>Keep the year clock's recurring tasks, their months and owners.</summary>
    ManageYearClock,
    /// <summary>Fill in and submit a municipality's evaluation: the municipality's own representatives and professionals; the coordinator may stand in.</summary>
    FillMunicipalEvaluation,
    /// <summary>Build, open and close the anonymous family survey.</summary>
    ManageFamilySurvey,
    /// <summary>Read the survey's free-text answers: the coordinator only (issue #17 item 4); every read audited.</summary>
    ReadSurveyFreeText,
    /// <summary>Choose the region's indicators and import their values (Sotkanet).</summary>
    ManageIndicators,
    /// <summary>Compile, write, approve and publish the annual report, and run the deletion that follows it (001 §19, 000 §19).</summary>
    CompileAnnualReport,
    /// <summary>
    /// Connect an organisation to the national service catalogue PTV, import its services and places, choose where each
    /// is kept, and export (issue #19): the organisation's own representative; the region's leads.
    /// </summary>
    SyncWithPtv,
}

public static class AccessCatalogue
{
    private static readonly AccessRule AdminInRegion = new ByRole(StaffRole.Admin, Scope.Region);
    private static readonly AccessRule CoordinatorInRegion = new ByRole(StaffRole.Coordinator, Scope.Region);
    private static readonly AccessRule RepresentativeInRegion = new ByRole(StaffRole.Representative, Scope.Region);
    private static readonly AccessRule ProfessionalInRegion = new ByRole(StaffRole.Professional, Scope.Region);
    private static readonly AccessRule RepresentativeOwn = new ByRole(StaffRole.Representative, Scope.OwnOrganisation);
    private static readonly AccessRule ProfessionalOwn = new ByRole(StaffRole.Professional, Scope.OwnOrganisation);

    private static readonly AccessRule[] RegionLeads = [AdminInRegion, CoordinatorInRegion];
    private static readonly AccessRule[] AllStaff = [AdminInRegion, CoordinatorInRegion, RepresentativeInRegion, ProfessionalInRegion];

    /// <summary>The whole access model in one table: each action with the rules that grant it (docs/access.md).</summary>
    public static readonly IReadOnlyDictionary<StaffAction, AccessRule[]> Rules = new Dictionary<StaffAction, AccessRule[]>
    {
        [StaffAction.ViewStaffArea] = AllStaff,
        // Contact persons are the annex's personal data: visible to staff of the region, every read audited.
        [StaffAction.ViewOrganisationContacts] = AllStaff,
        [StaffAction.CreateOrganisation] = RegionLeads,
        [StaffAction.EditOrganisation] = [.. RegionLeads, RepresentativeOwn],
        [StaffAction.ManageContactPersons] = [.. RegionLeads, RepresentativeOwn],
        [StaffAction.ViewAuditTrail] = RegionLeads,
        [StaffAction.ViewOutbox] = RegionLeads,
        [StaffAction.ManageUsers] = [AdminInRegion],
        [StaffAction.ManageOwnTokens] = AllStaff,
        [StaffAction.ViewGroups] = AllStaff,
        [StaffAction.ViewGroup] = [.. RegionLeads, new ByRelationship(Relationship.GroupOpenToParties), new ByRelationship(Relationship.GroupMember)],
        [StaffAction.ManageGroups] = RegionLeads,
        // 001 §13: the chair and the coordinator prepare together.
        [StaffAction.PrepareMeeting] = [.. RegionLeads, new ByRelationship(Relationship.GroupChair)],
        // The coordinator is the leadership group's secretary (001 §8) and keeps the minutes; a group's own chair or secretary may too.
        [StaffAction.RecordMeeting] = [.. RegionLeads, new ByRelationship(Relationship.GroupChair), new ByRelationship(Relationship.GroupSecretary)],
        // Not the coordinator: the secretary writes the minutes, the chair approves them; admin stands in for a chair without an account.
        [StaffAction.ApproveMinutes] = [AdminInRegion, new ByRelationship(Relationship.GroupChair)],
        // The coordinator keeps the agreement (DOMAIN: the coordinator keeps the agreement and the party list).
        [StaffAction.DraftAgreement] = RegionLeads,
        // A representative comments for their own organisation, when it is a party of the version.
        [StaffAction.CommentOnAgreementDraft] = [.. RegionLeads, new ByRelationship(Relationship.PartyStaff, StaffRole.Representative)],
        [StaffAction.ViewAgreementDrafts] = AllStaff,
        [StaffAction.RecordOrganHandling] = [.. RegionLeads, RepresentativeOwn],
        [StaffAction.ViewAgreementSigning] = AllStaff,
        [StaffAction.RecordPartyDecision] = [.. RegionLeads, RepresentativeOwn],
        [StaffAction.NameSignatories] = [.. RegionLeads, RepresentativeOwn],
        [StaffAction.ManageAgreementParties] = RegionLeads,
        // Only the person the party named signs for it (and signing asks for a second factor besides).
        [StaffAction.SignAgreement] = [new ByRelationship(Relationship.NamedSignatory)],
        // The party's own representative; admin may stand in (as for minutes) when the representative has no account.
        [StaffAction.GiveNotice] = [AdminInRegion, RepresentativeOwn],
        // "Staff of the parties" (001 §23), every read audited.
        [StaffAction.ViewAgreementAnnex] = [.. RegionLeads, new ByRelationship(Relationship.PartyStaff)],
        // The people who run the activities keep them up to date: their own organisation's places, services and activities;
        // a municipality's representative also the meeting places in the municipality, whoever maintains them.
        [StaffAction.EditDirectory] = [.. RegionLeads, RepresentativeOwn, ProfessionalOwn,
            new ByRelationship(Relationship.MunicipalityOfPlace, StaffRole.Representative)],
        [StaffAction.ManageRegions] = [new ByRole(StaffRole.Admin, Scope.National)],
        [StaffAction.EditRegionTerms] = RegionLeads,
        [StaffAction.ViewAdviceQueue] = [.. RegionLeads, new ByRelationship(Relationship.AdviceWorker)],
        // Not by role: a contact's words are read by its own team, the worker it is assigned to, and the coordinator only
        // while it waits in the regional queue (issue #15 item 9); an admin likewise.
        [StaffAction.HandleFamilyContact] = [new ByRelationship(Relationship.ContactTeamMember), new ByRelationship(Relationship.ContactAssignee),
            new ByRelationship(Relationship.ContactInRegionalQueue, StaffRole.Coordinator), new ByRelationship(Relationship.ContactInRegionalQueue, StaffRole.Admin)],
        [StaffAction.ManageFamilyAdvice] = RegionLeads,
        [StaffAction.ViewAdviceStatistics] = AllStaff,
        // Names of an organisation's people stay within it: not the coordinator for another organisation, not an admin (issue #16 item 1).
        [StaffAction.ManageWorkforce] = [RepresentativeOwn, new ByRole(StaffRole.Coordinator, Scope.OwnOrganisation)],
        [StaffAction.ViewWorkforceOverview] = RegionLeads,
        [StaffAction.WriteAnnouncements] = [.. RegionLeads, RepresentativeOwn, ProfessionalOwn],
        [StaffAction.SendBulletins] = RegionLeads,
        [StaffAction.ViewBulletins] = AllStaff,
        [StaffAction.ManageMaterials] = [.. RegionLeads, RepresentativeOwn, ProfessionalOwn],
        [StaffAction.ViewMaterials] = AllStaff,
        [StaffAction.ViewYearCycle] = AllStaff,
        [StaffAction.DraftActionPlan] = RegionLeads,
        // The parties' representatives comment on the coordinator's draft (issue #17 item 1).
        [StaffAction.CommentOnActionPlan] = [.. RegionLeads, RepresentativeInRegion],
        [StaffAction.ManageYearClock] = RegionLeads,
        // The municipality fills in its own evaluation; the object's organisation is the municipality's.
        [StaffAction.FillMunicipalEvaluation] = [.. RegionLeads, RepresentativeOwn, ProfessionalOwn],
        [StaffAction.ManageFamilySurvey] = RegionLeads,
        // Families' own words: the coordinator only, not an admin (issue #17 item 4).
        [StaffAction.ReadSurveyFreeText] = [CoordinatorInRegion],
        [StaffAction.ManageIndicators] = RegionLeads,
        [StaffAction.CompileAnnualReport] = RegionLeads,
        // What an organisation tells the nation about its services is its own to send (issue #19); not its professionals.
        [StaffAction.SyncWithPtv] = [.. RegionLeads, RepresentativeOwn],
    };

    /// <summary>Whether a role rule of the action admits the actor for the object, without asking for relationships.</summary>
    public static bool PermitsByRole(Actor actor, StaffAction action, AccessObject? on) =>
        Rules[action].OfType<ByRole>().Any(rule => rule.Role == actor.Role && rule.Scope switch
        {
            Scope.National => actor.IsNational,
            Scope.Region => actor.IsNational || on is null || on.RegionId == actor.RegionId,
            _ => on?.OrganisationId is { } organisationId && organisationId == actor.OrganisationId && (actor.IsNational || on.RegionId == actor.RegionId),
        });

    /// <summary>The relationships that could still admit the actor (those whose rule's role, if any, the actor has).</summary>
    public static IEnumerable<Relationship> RelationshipsFor(Actor actor, StaffAction action) =>
        Rules[action].OfType<ByRelationship>().Where(rule => rule.Role is null || rule.Role == actor.Role).Select(rule => rule.Relationship);
}
