using Perheverkko.Web.Platform.Access;

namespace Perheverkko.UnitTests.Platform.Access;

public sealed class AccessControlTests
{
    private static readonly Guid Region = Guid.Parse("0194c0de-0000-7000-8000-0000000000aa");
    private static readonly Guid Own = Guid.Parse("0194c0de-0000-7000-8000-000000000011");
    private static readonly Guid Other = Guid.Parse("0194c0de-0000-7000-8000-000000000012");
    private static readonly StaffAction[] All = Enum.GetValues<StaffAction>();

    [Fact]
    public void PermittedActions_RepresentativeOnOwnOrganisation_IncludesEditing()
    {
        var representative = new Actor(Guid.NewGuid(), "rep", StaffRole.Representative, Own, Region);
        var permitted = AccessControl.PermittedActions(representative, Own, StaffAction.EditOrganisation, StaffAction.ManageContactPersons, StaffAction.ManageUsers);
        Assert.Equal(["EditOrganisation", "ManageContactPersons"], permitted);
    }

    [Fact]
    public void PermittedActions_RepresentativeOnOtherOrganisation_ReturnsOnlyRegionWideOnes()
    {
        var representative = new Actor(Guid.NewGuid(), "rep", StaffRole.Representative, Own, Region);
        var permitted = AccessControl.PermittedActions(representative, Other, All);
        Assert.Equal(["ViewStaffArea", "ViewOrganisationContacts", "ManageOwnTokens", "ViewGroups", "ViewAgreementDrafts", "ViewAgreementSigning"], permitted);
    }

    [Fact]
    public void PermittedActions_Professional_EditsNothingButTheirOwnOrganisationsDirectoryEntries()
    {
        var professional = new Actor(Guid.NewGuid(), "pro", StaffRole.Professional, Own, Region);
        var permitted = AccessControl.PermittedActions(professional, Own, All);
        Assert.Equal(["ViewStaffArea", "ViewOrganisationContacts", "ManageOwnTokens", "ViewGroups", "ViewAgreementDrafts", "ViewAgreementSigning", "SignAgreement", "ViewAgreementAnnex", "EditDirectory"], permitted);
    }

    [Fact]
    public void PermittedActions_Admin_ReturnsEveryCandidateInOrder()
    {
        var admin = new Actor(Guid.NewGuid(), "admin", StaffRole.Admin, null, null);
        Assert.Equal(All.Select(a => a.ToString()), AccessControl.PermittedActions(admin, Other, All));
    }

    [Fact]
    public void PermittedActions_ReturnsOnlyTheCandidatesAsked()
    {
        var admin = new Actor(Guid.NewGuid(), "admin", StaffRole.Admin, null, null);
        Assert.Equal(["ViewOutbox"], AccessControl.PermittedActions(admin, null, StaffAction.ViewOutbox));
        Assert.Empty(AccessControl.PermittedActions(admin, null));
    }

    [Fact]
    public void PermittedActions_NullActor_PermitsNothing()
    {
        Assert.Empty(AccessControl.PermittedActions(null, Own, All));
        Assert.Empty(AccessControl.PermittedActions(null, null, All));
    }

    [Fact]
    public void Permits_NullActor_IsFalseForEveryAction()
    {
        foreach (var action in All) Assert.False(AccessControl.Permits(null, action, Own), action.ToString());
    }
}
