using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Platform.Access;

/// <summary>
/// The engine without a database: role × scope (own organisation, another organisation, no organisation, another
/// region, national), relationship grants, the answer rule's 404, and the bounded listing of a page. The audited 403
/// needs the audit trail's database: AccessEngineTests in the integration tests.
/// </summary>
public sealed class AccessControlTests
{
    private static readonly Guid Region = Guid.Parse("0194c0de-0000-7000-8000-0000000000aa");
    private static readonly Guid OtherRegion = Guid.Parse("0194c0de-0000-7000-8000-0000000000bb");
    private static readonly Guid Own = Guid.Parse("0194c0de-0000-7000-8000-000000000011");
    private static readonly Guid Other = Guid.Parse("0194c0de-0000-7000-8000-000000000012");
    private static readonly Guid Elsewhere = Guid.Parse("0194c0de-0000-7000-8000-000000000013");
    private static readonly StaffAction[] All = Enum.GetValues<StaffAction>();

    /// <summary>Where the object lies, seen from the actor (who works for <see cref="Own"/> in <see cref="Region"/>).</summary>
    public enum Place { OwnOrganisation, OtherOrganisation, NoOrganisation, OtherRegion }

    /// <summary>Who acts: the four roles of a region, and an administrator of no region (national).</summary>
    public enum Who { Admin, Coordinator, Representative, Professional, NationalAdmin }

    // By role alone (no relationship held): where each may act. O = own organisation, X = another organisation of the
    // region, N = an object of no organisation (the region's own: a group, an agreement version), R = another region.
    // Written out independently of AccessCatalogue.Rules.
    private static readonly Dictionary<StaffAction, (string Admin, string Coordinator, string Representative, string Professional, string National)> ByRole = new()
    {
        [StaffAction.ViewStaffArea] = ("OXN", "OXN", "OXN", "OXN", "OXNR"),
        [StaffAction.ViewOrganisationContacts] = ("OXN", "OXN", "OXN", "OXN", "OXNR"),
        [StaffAction.CreateOrganisation] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.EditOrganisation] = ("OXN", "OXN", "O", "", "OXNR"),
        [StaffAction.ManageContactPersons] = ("OXN", "OXN", "O", "", "OXNR"),
        [StaffAction.ViewAuditTrail] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.ViewOutbox] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.ManageUsers] = ("OXN", "", "", "", "OXNR"),
        [StaffAction.ManageOwnTokens] = ("OXN", "OXN", "OXN", "OXN", "OXNR"),
        [StaffAction.ViewGroups] = ("OXN", "OXN", "OXN", "OXN", "OXNR"),
        // Representatives and professionals see a group through a relationship (open to the parties, or member).
        [StaffAction.ViewGroup] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.ManageGroups] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.PrepareMeeting] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.RecordMeeting] = ("OXN", "OXN", "", "", "OXNR"),
        // The chair approves (a relationship); the coordinator, who writes the minutes, does not.
        [StaffAction.ApproveMinutes] = ("OXN", "", "", "", "OXNR"),
        [StaffAction.DraftAgreement] = ("OXN", "OXN", "", "", "OXNR"),
        // A representative comments as staff of a party (a relationship).
        [StaffAction.CommentOnAgreementDraft] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.ViewAgreementDrafts] = ("OXN", "OXN", "OXN", "OXN", "OXNR"),
        [StaffAction.RecordOrganHandling] = ("OXN", "OXN", "O", "", "OXNR"),
        [StaffAction.ViewAgreementSigning] = ("OXN", "OXN", "OXN", "OXN", "OXNR"),
        [StaffAction.RecordPartyDecision] = ("OXN", "OXN", "O", "", "OXNR"),
        [StaffAction.NameSignatories] = ("OXN", "OXN", "O", "", "OXNR"),
        [StaffAction.ManageAgreementParties] = ("OXN", "OXN", "", "", "OXNR"),
        // Only the named signatory signs: no role does, not even the national administrator.
        [StaffAction.SignAgreement] = ("", "", "", "", ""),
        [StaffAction.GiveNotice] = ("OXN", "", "O", "", "OXNR"),
        [StaffAction.ViewAgreementAnnex] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.EditDirectory] = ("OXN", "OXN", "O", "O", "OXNR"),
        [StaffAction.ManageRegions] = ("", "", "", "", "OXNR"),
        [StaffAction.EditRegionTerms] = ("OXN", "OXN", "", "", "OXNR"),
        // Perheneuvo's workers reach the queue through their team (a relationship).
        [StaffAction.ViewAdviceQueue] = ("OXN", "OXN", "", "", "OXNR"),
        // A contact's words by relationship only: its team, its worker, the regional queue's coordinator. No role reads them.
        [StaffAction.HandleFamilyContact] = ("", "", "", "", ""),
        [StaffAction.ManageFamilyAdvice] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.ViewAdviceStatistics] = ("OXN", "OXN", "OXN", "OXN", "OXNR"),
        // An organisation's people stay within it: its representatives, and a coordinator for their own organisation only.
        [StaffAction.ManageWorkforce] = ("", "O", "O", "", ""),
        [StaffAction.ViewWorkforceOverview] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.WriteAnnouncements] = ("OXN", "OXN", "O", "O", "OXNR"),
        [StaffAction.SendBulletins] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.ViewBulletins] = ("OXN", "OXN", "OXN", "OXN", "OXNR"),
        [StaffAction.ManageMaterials] = ("OXN", "OXN", "O", "O", "OXNR"),
        [StaffAction.ViewMaterials] = ("OXN", "OXN", "OXN", "OXN", "OXNR"),
        [StaffAction.ViewYearCycle] = ("OXN", "OXN", "OXN", "OXN", "OXNR"),
        [StaffAction.DraftActionPlan] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.CommentOnActionPlan] = ("OXN", "OXN", "OXN", "", "OXNR"),
        [StaffAction.ManageYearClock] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.FillMunicipalEvaluation] = ("OXN", "OXN", "O", "O", "OXNR"),
        [StaffAction.ManageFamilySurvey] = ("OXN", "OXN", "", "", "OXNR"),
        // Families' own words: the coordinator of the region only, not an admin, not the national administrator.
        [StaffAction.ReadSurveyFreeText] = ("", "OXN", "", "", ""),
        [StaffAction.ManageIndicators] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.CompileAnnualReport] = ("OXN", "OXN", "", "", "OXNR"),
        [StaffAction.SyncWithPtv] = ("OXN", "OXN", "O", "", "OXNR"),
    };

    public static TheoryData<StaffAction, Who, Place, bool> Matrix()
    {
        var data = new TheoryData<StaffAction, Who, Place, bool>();
        foreach (var action in All)
        foreach (var who in Enum.GetValues<Who>())
        foreach (var place in Enum.GetValues<Place>())
            data.Add(action, who, place, Expected(action, who, place));
        return data;
    }

    private static bool Expected(StaffAction action, Who who, Place place)
    {
        if (!ByRole.TryGetValue(action, out var row)) return false; // the completeness test names the gap
        var cell = who switch
        {
            Who.Admin => row.Admin,
            Who.Coordinator => row.Coordinator,
            Who.Representative => row.Representative,
            Who.Professional => row.Professional,
            _ => row.National,
        };
        return cell.Contains(place switch { Place.OwnOrganisation => 'O', Place.OtherOrganisation => 'X', Place.NoOrganisation => 'N', _ => 'R' });
    }

    private static Actor ActorOf(Who who) => who switch
    {
        Who.NationalAdmin => new Actor(Guid.NewGuid(), "national", StaffRole.Admin, null, null),
        _ => new Actor(Guid.NewGuid(), who.ToString(), Enum.Parse<StaffRole>(who.ToString()), Own, Region),
    };

    private static AccessObject Target(Place place) => place switch
    {
        Place.OwnOrganisation => new AccessObject("Organisation", Own, Region, Own),
        Place.OtherOrganisation => new AccessObject("Organisation", Other, Region, Other),
        Place.NoOrganisation => new AccessObject("Group", Guid.NewGuid(), Region),
        _ => new AccessObject("Organisation", Elsewhere, OtherRegion, Elsewhere),
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task PermitsAsync_ByRoleAndScope_MatchesTheAccessModel(StaffAction action, Who who, Place place, bool expected)
    {
        var (engine, _, _) = Engine();
        Assert.Equal(expected, await engine.PermitsAsync(ActorOf(who), action, Target(place), CancellationToken.None));
    }

    [Fact]
    public void Every_action_has_a_row_in_the_role_and_scope_model()
    {
        var missing = All.Where(a => !ByRole.ContainsKey(a)).ToList();
        Assert.True(missing.Count == 0, $"Add these actions to the role × scope model of this test: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task The_system_actor_may_do_everything_a_role_grants_in_every_region_and_only_that()
    {
        var (engine, _, _) = Engine();
        foreach (var action in All)
        {
            var roleGranted = AccessCatalogue.Rules[action].OfType<ByRole>().Any(r => r.Role == StaffRole.Admin);
            foreach (var on in new[] { Target(Place.NoOrganisation), Target(Place.OtherRegion), null })
                Assert.True(roleGranted == await engine.PermitsAsync(Actor.System, action, on, CancellationToken.None), $"{action} on {on}");
        }
        Assert.False(await engine.PermitsAsync(Actor.System, StaffAction.SignAgreement, Target(Place.NoOrganisation), CancellationToken.None));
    }

    [Fact]
    public async Task A_regional_administrator_does_not_add_regions()
    {
        var (engine, _, _) = Engine();
        Assert.False(await engine.PermitsAsync(ActorOf(Who.Admin), StaffAction.ManageRegions, null, CancellationToken.None));
        Assert.True(await engine.PermitsAsync(ActorOf(Who.NationalAdmin), StaffAction.ManageRegions, null, CancellationToken.None));
    }

    [Theory]
    [InlineData(StaffAction.EditOrganisation)]
    [InlineData(StaffAction.ManageContactPersons)]
    [InlineData(StaffAction.RecordOrganHandling)]
    public async Task A_representative_of_no_organisation_has_no_own_organisation(StaffAction action)
    {
        // null == null must not count as "own organisation".
        var (engine, _, _) = Engine();
        var homeless = new Actor(Guid.NewGuid(), "rep", StaffRole.Representative, null, Region);
        Assert.False(await engine.PermitsAsync(homeless, action, new AccessObject("Organisation", Guid.NewGuid(), Region), CancellationToken.None));
        Assert.False(await engine.PermitsAsync(homeless, action, null, CancellationToken.None));
    }

    [Fact]
    public async Task Nobody_signed_in_is_permitted_nothing_and_no_relationship_is_asked()
    {
        var (engine, relationships, audits) = Engine();
        foreach (var action in All) Assert.False(await engine.PermitsAsync(null, action, Target(Place.NoOrganisation), CancellationToken.None));
        var page = await engine.PermittedAsync(null, [Target(Place.NoOrganisation)], All, CancellationToken.None);
        Assert.Empty(page.For(Target(Place.NoOrganisation).Id!.Value));
        Assert.Empty(relationships.Calls);
        Assert.Equal(0, audits.Created);
    }

    // ---- Relationships

    [Fact]
    public async Task The_chair_of_a_group_prepares_and_approves_for_that_group_only()
    {
        var (engine, relationships, _) = Engine();
        var chair = new Actor(Guid.NewGuid(), "chair", StaffRole.Representative, Own, Region);
        var theirs = new AccessObject("Group", Guid.NewGuid(), Region);
        var another = new AccessObject("Group", Guid.NewGuid(), Region);
        relationships.Hold(Relationship.GroupChair, chair, theirs);

        foreach (var action in new[] { StaffAction.PrepareMeeting, StaffAction.RecordMeeting, StaffAction.ApproveMinutes })
        {
            Assert.True(await engine.PermitsAsync(chair, action, theirs, CancellationToken.None), action.ToString());
            Assert.False(await engine.PermitsAsync(chair, action, another, CancellationToken.None), action.ToString());
        }
        Assert.False(await engine.PermitsAsync(chair, StaffAction.ManageGroups, theirs, CancellationToken.None));
    }

    [Fact]
    public async Task The_secretary_records_but_does_not_approve()
    {
        var (engine, relationships, _) = Engine();
        var secretary = new Actor(Guid.NewGuid(), "secretary", StaffRole.Professional, Own, Region);
        var group = new AccessObject("Group", Guid.NewGuid(), Region);
        relationships.Hold(Relationship.GroupSecretary, secretary, group);
        Assert.True(await engine.PermitsAsync(secretary, StaffAction.RecordMeeting, group, CancellationToken.None));
        Assert.False(await engine.PermitsAsync(secretary, StaffAction.ApproveMinutes, group, CancellationToken.None));
        Assert.False(await engine.PermitsAsync(secretary, StaffAction.PrepareMeeting, group, CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_named_signatory_signs_for_the_party()
    {
        var (engine, relationships, _) = Engine();
        var signatory = new Actor(Guid.NewGuid(), "signatory", StaffRole.Professional, Own, Region);
        var coordinator = ActorOf(Who.Coordinator);
        var party = new AccessObject("Party", Guid.NewGuid(), Region, Own);
        relationships.Hold(Relationship.NamedSignatory, signatory, party);

        Assert.True(await engine.PermitsAsync(signatory, StaffAction.SignAgreement, party, CancellationToken.None));
        Assert.False(await engine.PermitsAsync(coordinator, StaffAction.SignAgreement, party, CancellationToken.None));
        Assert.False(await engine.PermitsAsync(ActorOf(Who.Representative), StaffAction.SignAgreement, party, CancellationToken.None));
        Assert.False(await engine.PermitsAsync(signatory, StaffAction.SignAgreement, party with { Id = Guid.NewGuid() }, CancellationToken.None));
    }

    [Fact]
    public async Task A_relationship_rule_with_a_role_is_not_asked_for_other_roles()
    {
        var (engine, relationships, _) = Engine();
        var version = new AccessObject("AgreementVersion", Guid.NewGuid(), Region);
        var professional = ActorOf(Who.Professional);
        var representative = ActorOf(Who.Representative);
        relationships.Hold(Relationship.PartyStaff, professional, version);
        relationships.Hold(Relationship.PartyStaff, representative, version);

        Assert.False(await engine.PermitsAsync(professional, StaffAction.CommentOnAgreementDraft, version, CancellationToken.None));
        Assert.Equal(0, relationships.CallsOf(Relationship.PartyStaff));
        Assert.True(await engine.PermitsAsync(representative, StaffAction.CommentOnAgreementDraft, version, CancellationToken.None));
        // Staff of a party without a role condition: both see the annex.
        Assert.True(await engine.PermitsAsync(professional, StaffAction.ViewAgreementAnnex, version, CancellationToken.None));
    }

    [Fact]
    public async Task A_municipalitys_representative_edits_the_meeting_places_in_the_municipality()
    {
        var (engine, relationships, _) = Engine();
        var representative = ActorOf(Who.Representative);
        var placeInTheMunicipality = new AccessObject("MeetingPlace", Guid.NewGuid(), Region, Other);
        var placeElsewhere = new AccessObject("MeetingPlace", Guid.NewGuid(), Region, Other);
        relationships.Hold(Relationship.MunicipalityOfPlace, representative, placeInTheMunicipality);

        Assert.True(await engine.PermitsAsync(representative, StaffAction.EditDirectory, placeInTheMunicipality, CancellationToken.None));
        Assert.False(await engine.PermitsAsync(representative, StaffAction.EditDirectory, placeElsewhere, CancellationToken.None));
        // The rule names the role: a professional of the municipality is not its representative.
        var professional = ActorOf(Who.Professional);
        relationships.Hold(Relationship.MunicipalityOfPlace, professional, placeInTheMunicipality);
        Assert.False(await engine.PermitsAsync(professional, StaffAction.EditDirectory, placeInTheMunicipality, CancellationToken.None));
    }

    [Fact]
    public async Task A_familys_contact_is_read_by_its_team_and_by_the_coordinator_only_in_the_regional_queue()
    {
        var (engine, relationships, _) = Engine();
        var worker = ActorOf(Who.Professional);
        var coordinator = ActorOf(Who.Coordinator);
        var teamsContact = new AccessObject("FamilyContact", Guid.NewGuid(), Region);
        var regionalContact = new AccessObject("FamilyContact", Guid.NewGuid(), Region);
        relationships.Hold(Relationship.ContactTeamMember, worker, teamsContact);
        relationships.Hold(Relationship.ContactInRegionalQueue, coordinator, regionalContact);
        relationships.Hold(Relationship.ContactInRegionalQueue, worker, regionalContact);

        Assert.True(await engine.PermitsAsync(worker, StaffAction.HandleFamilyContact, teamsContact, CancellationToken.None));
        Assert.False(await engine.PermitsAsync(coordinator, StaffAction.HandleFamilyContact, teamsContact, CancellationToken.None));
        Assert.True(await engine.PermitsAsync(coordinator, StaffAction.HandleFamilyContact, regionalContact, CancellationToken.None));
        // The regional queue's rule names the coordinator's role: a worker of a team does not read it.
        Assert.False(await engine.PermitsAsync(worker, StaffAction.HandleFamilyContact, regionalContact, CancellationToken.None));
    }

    [Fact]
    public async Task A_relationship_does_not_reach_into_another_region_and_is_not_asked_there()
    {
        var (engine, relationships, _) = Engine();
        var member = ActorOf(Who.Representative);
        var foreignGroup = new AccessObject("Group", Guid.NewGuid(), OtherRegion);
        relationships.Hold(Relationship.GroupMember, member, foreignGroup);

        Assert.False(await engine.PermitsAsync(member, StaffAction.ViewGroup, foreignGroup, CancellationToken.None));
        Assert.Empty(relationships.Calls);
    }

    [Fact]
    public async Task A_relationship_needs_an_object_with_an_id()
    {
        var (engine, relationships, _) = Engine();
        Assert.False(await engine.PermitsAsync(ActorOf(Who.Representative), StaffAction.ViewGroup, new AccessObject("Group", null, Region), CancellationToken.None));
        Assert.Empty(relationships.Calls);
    }

    // ---- Enforcement

    [Fact]
    public async Task RequireAsync_lets_the_permitted_through_without_auditing()
    {
        var (engine, relationships, audits) = Engine();
        var coordinator = ActorOf(Who.Coordinator);
        Assert.Same(coordinator, await engine.RequireAsync(coordinator, StaffAction.DraftAgreement, Target(Place.NoOrganisation), CancellationToken.None));
        var chair = ActorOf(Who.Representative);
        var group = new AccessObject("Group", Guid.NewGuid(), Region);
        relationships.Hold(Relationship.GroupChair, chair, group);
        Assert.Same(chair, await engine.RequireAsync(chair, StaffAction.ApproveMinutes, group, CancellationToken.None));
        Assert.Equal(0, audits.Created);
    }

    [Theory]
    [InlineData(Who.Admin)]
    [InlineData(Who.Coordinator)]
    [InlineData(Who.Representative)]
    [InlineData(Who.Professional)]
    public async Task RequireAsync_an_object_of_another_region_is_not_found(Who who)
    {
        // Even what the role would grant anywhere (seeing the staff area) is "no such object" in another region.
        var (engine, relationships, audits) = Engine();
        var foreign = Target(Place.OtherRegion);
        foreach (var action in new[] { StaffAction.ViewStaffArea, StaffAction.EditOrganisation, StaffAction.ViewGroup })
        {
            var thrown = await Assert.ThrowsAsync<NotFoundException>(() => engine.RequireAsync(ActorOf(who), action, foreign, CancellationToken.None));
            Assert.Equal("object.not_found", thrown.Rule.Code);
        }
        Assert.Empty(relationships.Calls);
        Assert.Equal(0, audits.Created); // a 404 is no denial: nothing was shown to refuse
    }

    [Fact]
    public async Task RequireAsync_the_national_administrator_finds_every_region()
    {
        var (engine, _, _) = Engine();
        var national = ActorOf(Who.NationalAdmin);
        Assert.Same(national, await engine.RequireAsync(national, StaffAction.EditOrganisation, Target(Place.OtherRegion), CancellationToken.None));
        Assert.Same(Actor.System, await engine.RequireAsync(Actor.System, StaffAction.ManageRegions, null, CancellationToken.None));
    }

    [Fact]
    public async Task RequireAsync_a_refusal_is_audited_before_it_is_answered()
    {
        // The audit trail writes in a database of its own; here the attempt to open one shows the denial is recorded.
        var (engine, _, audits) = Engine();
        await Assert.ThrowsAsync<AuditAttempted>(() => engine.RequireAsync(ActorOf(Who.Professional), StaffAction.DraftAgreement, Target(Place.NoOrganisation), CancellationToken.None));
        await Assert.ThrowsAsync<AuditAttempted>(() => engine.RequireAsync(null, StaffAction.ViewStaffArea, null, CancellationToken.None));
        Assert.Equal(2, audits.Created);
    }

    // ---- Listing

    [Fact]
    public async Task PermittedAsync_asks_each_relationship_once_for_a_page_of_fifty()
    {
        var (engine, relationships, _) = Engine();
        var actor = ActorOf(Who.Representative);
        var page = Enumerable.Range(0, 50).Select(_ => new AccessObject("Group", Guid.NewGuid(), Region)).ToList();
        foreach (var open in page.Take(20)) relationships.Hold(Relationship.GroupOpenToParties, actor, open);
        foreach (var member in page.Skip(15).Take(10)) relationships.Hold(Relationship.GroupMember, actor, member);
        relationships.Hold(Relationship.GroupChair, actor, page[16]);
        relationships.Hold(Relationship.GroupSecretary, actor, page[40]);
        StaffAction[] candidates = [StaffAction.ViewGroup, StaffAction.ManageGroups, StaffAction.PrepareMeeting, StaffAction.RecordMeeting, StaffAction.ApproveMinutes];

        var permitted = await engine.PermittedAsync(actor, page, candidates, CancellationToken.None);

        Assert.All(relationships.Calls, call => Assert.Equal(1, call.Value));
        Assert.Equal(4, relationships.Calls.Count); // open to parties, member, chair, secretary: one query each
        Assert.All(relationships.ObjectsAsked, asked => Assert.Equal(50, asked));
        for (var i = 0; i < page.Count; i++)
        {
            var expected = new List<string>();
            if (i < 25) expected.Add("ViewGroup");
            if (i == 16) expected.AddRange(["PrepareMeeting", "RecordMeeting", "ApproveMinutes"]);
            if (i == 40) expected.Add("RecordMeeting");
            Assert.Equal(expected, permitted.For(page[i].Id!.Value));
        }
        Assert.True(permitted.Has(page[16].Id!.Value, StaffAction.ApproveMinutes));
        Assert.False(permitted.Has(page[16].Id!.Value, StaffAction.ManageGroups));
    }

    [Fact]
    public async Task PermittedAsync_asks_nothing_when_roles_decide()
    {
        var (engine, relationships, _) = Engine();
        var page = Enumerable.Range(0, 50).Select(_ => new AccessObject("Group", Guid.NewGuid(), Region)).ToList();
        var permitted = await engine.PermittedAsync(ActorOf(Who.Coordinator), page, [StaffAction.ViewGroup, StaffAction.ManageGroups], CancellationToken.None);
        Assert.Empty(relationships.Calls);
        Assert.All(page, g => Assert.Equal(["ViewGroup", "ManageGroups"], permitted.For(g.Id!.Value)));
    }

    [Fact]
    public async Task PermittedAsync_gives_nothing_on_another_regions_objects_and_does_not_ask_about_them()
    {
        var (engine, relationships, _) = Engine();
        var actor = ActorOf(Who.Coordinator);
        var own = Enumerable.Range(0, 3).Select(_ => new AccessObject("Group", Guid.NewGuid(), Region)).ToList();
        var foreign = Enumerable.Range(0, 2).Select(_ => new AccessObject("Group", Guid.NewGuid(), OtherRegion)).ToList();
        var permitted = await engine.PermittedAsync(actor, [.. own, .. foreign], [StaffAction.ViewGroup, StaffAction.ApproveMinutes], CancellationToken.None);
        Assert.All(own, g => Assert.Equal(["ViewGroup"], permitted.For(g.Id!.Value)));
        Assert.All(foreign, g => Assert.Empty(permitted.For(g.Id!.Value)));
        Assert.Equal(1, relationships.CallsOf(Relationship.GroupChair));
        Assert.Equal(3, relationships.ObjectsAsked.Single());
    }

    [Fact]
    public async Task PermittedAsync_of_an_unknown_object_is_empty()
    {
        var (engine, _, _) = Engine();
        var permitted = await engine.PermittedAsync(ActorOf(Who.Admin), [Target(Place.NoOrganisation)], All, CancellationToken.None);
        Assert.Empty(permitted.For(Guid.NewGuid()));
    }

    [Fact]
    public void PermittedByRole_answers_object_less_buttons_in_the_order_asked()
    {
        Assert.Equal(["ManageGroups", "ViewGroups"], AccessControl.PermittedByRole(ActorOf(Who.Coordinator), null, StaffAction.ManageGroups, StaffAction.ViewGroups));
        Assert.Equal(["ViewGroups"], AccessControl.PermittedByRole(ActorOf(Who.Professional), null, StaffAction.ManageGroups, StaffAction.ViewGroups));
        Assert.Empty(AccessControl.PermittedByRole(null, null, All));
        Assert.Empty(AccessControl.PermittedByRole(ActorOf(Who.Admin), null));
    }

    // ---- The fakes

    private static (AccessControl Engine, FakeRelationships Relationships, AuditDatabases Audits) Engine()
    {
        var relationships = new FakeRelationships();
        var audits = new AuditDatabases();
        // The unit of work's context is never touched by the engine (it audits denials in a database of its own).
        return (new AccessControl(new AuditLog(null!, audits, TimeProvider.System), [relationships]), relationships, audits);
    }

    /// <summary>Holds relationships given by the test; counts the queries per relationship and how many objects each asked about.</summary>
    private sealed class FakeRelationships : IRelationshipSource
    {
        private readonly Dictionary<(Relationship, Guid), HashSet<Guid>> held = [];

        public IReadOnlyCollection<Relationship> Relationships { get; } =
        [
            Relationship.GroupChair, Relationship.GroupViceChair, Relationship.GroupSecretary, Relationship.GroupMember,
            Relationship.GroupOpenToParties, Relationship.PartyStaff, Relationship.NamedSignatory, Relationship.MunicipalityOfPlace,
            Relationship.AdviceWorker, Relationship.ContactTeamMember, Relationship.ContactAssignee, Relationship.ContactInRegionalQueue,
        ];

        public Dictionary<Relationship, int> Calls { get; } = [];
        public List<int> ObjectsAsked { get; } = [];

        public int CallsOf(Relationship relationship) => Calls.GetValueOrDefault(relationship);

        public void Hold(Relationship relationship, Actor actor, AccessObject on)
        {
            if (!held.TryGetValue((relationship, actor.UserId!.Value), out var ids)) held[(relationship, actor.UserId!.Value)] = ids = [];
            ids.Add(on.Id!.Value);
        }

        public Task<IReadOnlySet<Guid>> HeldOnAsync(Relationship relationship, Actor actor, IReadOnlyCollection<AccessObject> objects, CancellationToken cancellationToken)
        {
            Calls[relationship] = CallsOf(relationship) + 1;
            ObjectsAsked.Add(objects.Count);
            var ids = actor.UserId is { } user && held.TryGetValue((relationship, user), out var h) ? h : [];
            return Task.FromResult<IReadOnlySet<Guid>>(objects.Select(o => o.Id!.Value).Where(ids.Contains).ToHashSet());
        }
    }

    private sealed class AuditAttempted() : Exception("The engine opened the audit trail's database.");

    /// <summary>Stands for the audit trail's own database: counts the attempts to open one, and refuses.</summary>
    private sealed class AuditDatabases : IDbContextFactory<PlatformDb>
    {
        public int Created { get; private set; }

        public PlatformDb CreateDbContext()
        {
            Created++;
            throw new AuditAttempted();
        }
    }
}
