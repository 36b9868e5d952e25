using Perheverkko.Web.Platform.Access;

namespace Perheverkko.UnitTests.Platform.Access;

public sealed class AccessCatalogueTests
{
    /// <summary>Where the object of the action lies, seen from the actor.</summary>
    public enum Place { OwnOrganisation, OtherOrganisation, NoOrganisation }

    private static readonly Guid Region = Guid.Parse("0194c0de-0000-7000-8000-0000000000aa");
    private static readonly Guid Own = Guid.Parse("0194c0de-0000-7000-8000-000000000001");
    private static readonly Guid Other = Guid.Parse("0194c0de-0000-7000-8000-000000000002");

    // The expected access model, written out independently of AccessCatalogue.Rules.
    // Each cell lists the places where the role may act: O = own organisation, X = other organisation, N = no organisation.
    private static readonly Dictionary<StaffAction, (string Admin, string Coordinator, string Representative, string Professional)> Expected = new()
    {
        [StaffAction.ViewStaffArea] = ("OXN", "OXN", "OXN", "OXN"),
        [StaffAction.ViewOrganisationContacts] = ("OXN", "OXN", "OXN", "OXN"),
        [StaffAction.CreateOrganisation] = ("OXN", "OXN", "", ""),
        [StaffAction.EditOrganisation] = ("OXN", "OXN", "O", ""),
        [StaffAction.ManageContactPersons] = ("OXN", "OXN", "O", ""),
        [StaffAction.ViewAuditTrail] = ("OXN", "OXN", "", ""),
        [StaffAction.ViewOutbox] = ("OXN", "OXN", "", ""),
        [StaffAction.ManageUsers] = ("OXN", "", "", ""),
        [StaffAction.ManageOwnTokens] = ("OXN", "OXN", "OXN", "OXN"),
        // Role rules only: membership- and chair-based rights are relationships, which GroupRelationships answers per group.
        [StaffAction.ViewGroups] = ("OXN", "OXN", "OXN", "OXN"),
        [StaffAction.ViewGroup] = ("OXN", "OXN", "", ""),
        [StaffAction.ManageGroups] = ("OXN", "OXN", "", ""),
        [StaffAction.PrepareMeeting] = ("OXN", "OXN", "", ""),
        [StaffAction.RecordMeeting] = ("OXN", "OXN", "", ""),
        // The chair approves through the GroupChair relationship; the coordinator, who writes the minutes, does not.
        [StaffAction.ApproveMinutes] = ("OXN", "", "", ""),
        [StaffAction.DraftAgreement] = ("OXN", "OXN", "", ""),
        // A representative comments for their own organisation; the use case passes it only when it is a party.
        [StaffAction.CommentOnAgreementDraft] = ("OXN", "OXN", "O", ""),
        [StaffAction.ViewAgreementDrafts] = ("OXN", "OXN", "OXN", "OXN"),
        // A party records its own organ's handling of a package; the coordinator and admin any party's.
        [StaffAction.RecordOrganHandling] = ("OXN", "OXN", "O", ""),
        [StaffAction.ViewAgreementSigning] = ("OXN", "OXN", "OXN", "OXN"),
        [StaffAction.RecordPartyDecision] = ("OXN", "OXN", "O", ""),
        [StaffAction.NameSignatories] = ("OXN", "OXN", "O", ""),
        [StaffAction.ManageAgreementParties] = ("OXN", "OXN", "", ""),
        // Signing also needs being the party's named signatory (checked by the use case), so admin's grant is a stand-in only.
        [StaffAction.SignAgreement] = ("OXN", "O", "O", "O"),
        [StaffAction.GiveNotice] = ("OXN", "", "O", ""),
        [StaffAction.ViewAgreementAnnex] = ("OXN", "OXN", "O", "O"),
        [StaffAction.EditDirectory] = ("OXN", "OXN", "O", "O"),
    };

    public static TheoryData<StaffAction, StaffRole, Place, bool> Matrix()
    {
        var data = new TheoryData<StaffAction, StaffRole, Place, bool>();
        foreach (var action in Enum.GetValues<StaffAction>())
        foreach (var role in Enum.GetValues<StaffRole>())
        foreach (var place in Enum.GetValues<Place>())
            data.Add(action, role, place, IsExpected(action, role, place));
        return data;
    }

    private static bool IsExpected(StaffAction action, StaffRole role, Place place)
    {
        if (!Expected.TryGetValue(action, out var row)) return false; // the completeness test below names the gap
        var cell = role switch
        {
            StaffRole.Admin => row.Admin,
            StaffRole.Coordinator => row.Coordinator,
            StaffRole.Representative => row.Representative,
            StaffRole.Professional => row.Professional,
            _ => "",
        };
        return cell.Contains(place switch { Place.OwnOrganisation => 'O', Place.OtherOrganisation => 'X', _ => 'N' });
    }

    private static Actor ActorOf(StaffRole role) => new(Guid.NewGuid(), role.ToString(), role, Own, Region);

    private static Guid? Target(Place place) => place switch
    {
        Place.OwnOrganisation => Own,
        Place.OtherOrganisation => Other,
        _ => null,
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Permits_RoleActionAndPlace_MatchesTheAccessModel(StaffAction action, StaffRole role, Place place, bool expected)
    {
        Assert.Equal(expected, AccessControl.Permits(ActorOf(role), action, Target(place)));
    }

    [Fact]
    public void Every_staff_action_has_an_entry_in_the_catalogue()
    {
        var missing = Enum.GetValues<StaffAction>().Where(a => !AccessCatalogue.Rules.ContainsKey(a)).ToList();
        Assert.True(missing.Count == 0, $"Actions without grants: {string.Join(", ", missing)}");
        Assert.All(AccessCatalogue.Rules, g => Assert.NotEmpty(g.Value));
    }

    [Fact]
    public void Every_staff_action_has_a_row_in_this_tests_expected_model()
    {
        var missing = Enum.GetValues<StaffAction>().Where(a => !Expected.ContainsKey(a)).ToList();
        Assert.True(missing.Count == 0, $"Add the new actions to the expected model of this test: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Only_administrators_manage_users()
    {
        var roles = AccessCatalogue.Rules[StaffAction.ManageUsers].OfType<ByRole>().Select(g => g.Role).Distinct();
        Assert.Equal([StaffRole.Admin], roles);
    }

    [Fact]
    public void Professionals_never_edit_or_manage()
    {
        var editing = new[]
        {
            StaffAction.CreateOrganisation, StaffAction.EditOrganisation, StaffAction.ManageContactPersons, StaffAction.ManageUsers,
            StaffAction.RecordOrganHandling,
        };
        foreach (var action in editing)
            Assert.DoesNotContain(AccessCatalogue.Rules[action], g => g is ByRole { Role: StaffRole.Professional });
    }

    [Theory]
    [InlineData(StaffAction.EditOrganisation)]
    [InlineData(StaffAction.ManageContactPersons)]
    [InlineData(StaffAction.RecordOrganHandling)]
    public void Permits_RepresentativeWithoutOrganisationOnObjectWithoutOrganisation_IsRefused(StaffAction action)
    {
        // null == null must not count as "own organisation".
        var homeless = new Actor(Guid.NewGuid(), "rep", StaffRole.Representative, null, Region);
        Assert.False(AccessControl.Permits(homeless, action, null));
        Assert.False(AccessControl.Permits(homeless, action, Other));
    }

    [Fact]
    public void The_system_actor_acts_as_an_administrator_everywhere()
    {
        foreach (var action in Enum.GetValues<StaffAction>())
        {
            Assert.True(AccessControl.Permits(Actor.System, action, null), action.ToString());
            Assert.True(AccessControl.Permits(Actor.System, action, Other), action.ToString());
        }
    }
}
