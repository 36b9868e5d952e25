using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.Organisations;

public sealed class OrganisationTests
{
    private static readonly DateTime Created = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = Created.AddHours(3);
    private static readonly LocalizedText Name = new("Testijärjestö ry", "Testförening rf", "Test Association");

    private static Organisation Ngo(string? businessId = null) =>
        Organisation.Create(Guid.NewGuid(), Guid.NewGuid(), "testijarjesto", OrganisationKind.Ngo, Name, businessId, null, Created);

    private static Rule RuleOf(Action action) => Assert.IsAssignableFrom<DomainRuleViolation>(Record.Exception(action)).Rule;

    [Fact]
    public void Create_ValidOrganisation_StartsAtVersionOne()
    {
        var organisation = Ngo("0116297-6");
        Assert.Equal(1, organisation.Version);
        Assert.Equal(Created, organisation.CreatedAt);
        Assert.Equal(Created, organisation.UpdatedAt);
        Assert.Equal("0116297-6", organisation.BusinessId);
        Assert.Empty(organisation.ContactPersons);
    }

    [Fact]
    public void Create_MunicipalityWithItsMunicipality_IsAccepted()
    {
        var organisation = Organisation.Create(Guid.NewGuid(), Guid.NewGuid(), "mikkeli", OrganisationKind.Municipality, new("Mikkelin kaupunki"), null, Guid.NewGuid(), Created);
        Assert.Equal(OrganisationKind.Municipality, organisation.Kind);
    }

    [Fact]
    public void Create_MunicipalityKindWithoutMunicipality_IsRefused()
    {
        var rule = RuleOf(() => Organisation.Create(Guid.NewGuid(), Guid.NewGuid(), "x", OrganisationKind.Municipality, new("X"), null, null, Created));
        Assert.Equal("organisation.municipality_without_area", rule.Code);
        Assert.Equal(RuleKind.Unprocessable, rule.Kind);
    }

    [Theory]
    [InlineData("0116297-5")]
    [InlineData("1234567")]
    [InlineData("1111111-0")]
    public void Create_InvalidBusinessId_IsRefusedOnTheBusinessIdField(string businessId)
    {
        var rule = RuleOf(() => Ngo(businessId));
        Assert.Equal("organisation.business_id_invalid", rule.Code);
        Assert.Equal("businessId", rule.Field);
    }

    [Fact]
    public void Update_CurrentVersion_ChangesAndIncrementsVersion()
    {
        var organisation = Ngo();
        organisation.Update(1, new("Uusi nimi ry"), "0116297-6", OrganisationKind.Company, Later);
        Assert.Equal(2, organisation.Version);
        Assert.Equal("Uusi nimi ry", organisation.Name.Fi);
        Assert.Equal(OrganisationKind.Company, organisation.Kind);
        Assert.Equal("0116297-6", organisation.BusinessId);
        Assert.Equal(Later, organisation.UpdatedAt);
        Assert.Equal(Created, organisation.CreatedAt);

        organisation.Update(2, new("Kolmas nimi ry"), null, OrganisationKind.Ngo, Later.AddMinutes(1));
        Assert.Equal(3, organisation.Version);
        Assert.Null(organisation.BusinessId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-1)]
    public void Update_StaleOrFutureVersion_IsRefusedAsConflict(int expectedVersion)
    {
        var organisation = Ngo();
        var rule = RuleOf(() => organisation.Update(expectedVersion, new("Muu"), null, OrganisationKind.Ngo, Later));
        Assert.Equal("organisation.stale", rule.Code);
        Assert.Equal(RuleKind.Conflict, rule.Kind);
        Assert.Equal(1, organisation.Version);
        Assert.Equal(Name, organisation.Name);
    }

    [Fact]
    public void Update_AfterAnotherUpdate_OldVersionIsStale()
    {
        var organisation = Ngo();
        organisation.Update(1, new("Ensimmäinen"), null, OrganisationKind.Ngo, Later);
        var rule = RuleOf(() => organisation.Update(1, new("Toinen"), null, OrganisationKind.Ngo, Later));
        Assert.Equal("organisation.stale", rule.Code);
        Assert.Equal("Ensimmäinen", organisation.Name.Fi);
    }

    [Fact]
    public void Update_InvalidBusinessId_IsRefusedAndVersionStays()
    {
        var organisation = Ngo();
        var rule = RuleOf(() => organisation.Update(1, Name, "0116297-5", OrganisationKind.Ngo, Later));
        Assert.Equal("organisation.business_id_invalid", rule.Code);
        Assert.Equal(1, organisation.Version);
        Assert.Equal(Created, organisation.UpdatedAt);
    }

    [Fact]
    public void Update_ToMunicipalityKindWithoutMunicipality_IsRefused()
    {
        var organisation = Ngo();
        var rule = RuleOf(() => organisation.Update(1, Name, null, OrganisationKind.Municipality, Later));
        Assert.Equal("organisation.municipality_without_area", rule.Code);
        Assert.Equal(1, organisation.Version);
    }

    [Fact]
    public void Update_Refused_LeavesTheOrganisationUnchanged()
    {
        var organisation = Ngo("0116297-6");
        RuleOf(() => organisation.Update(1, new("Muu nimi"), "0116297-5", OrganisationKind.Company, Later));
        Assert.Equal(Name, organisation.Name);
        Assert.Equal("0116297-6", organisation.BusinessId);
        Assert.Equal(OrganisationKind.Ngo, organisation.Kind);
    }

    [Fact]
    public void AddContactPerson_NormalisesEmailToLowerCaseAndTrims()
    {
        var organisation = Ngo();
        var person = organisation.AddContactPerson("  Maija Meikäläinen ", "  Maija.Meikalainen@Example.FI ", ContactRole.ContactPerson, "  koordinaattori ", Later);
        Assert.Equal("maija.meikalainen@example.fi", person.Email);
        Assert.Equal("Maija Meikäläinen", person.Name);
        Assert.Equal("koordinaattori", person.Title);
        Assert.Equal(organisation.Id, person.OrganisationId);
        Assert.Equal(Later, person.CreatedAt);
        Assert.Equal(Later, organisation.UpdatedAt);
        Assert.Same(person, Assert.Single(organisation.ContactPersons));
    }

    [Fact]
    public void AddContactPerson_SameEmailAndRole_IsRefusedEvenInOtherCase()
    {
        var organisation = Ngo();
        organisation.AddContactPerson("Maija", "maija@example.fi", ContactRole.Signatory, null, Later);
        var rule = RuleOf(() => organisation.AddContactPerson("Maija M.", " MAIJA@example.fi", ContactRole.Signatory, null, Later));
        Assert.Equal("contact_person.exists", rule.Code);
        Assert.Equal(RuleKind.Conflict, rule.Kind);
        Assert.Equal("email", rule.Field);
        Assert.Single(organisation.ContactPersons);
    }

    [Fact]
    public void AddContactPerson_SameEmailInAnotherRole_IsAccepted()
    {
        var organisation = Ngo();
        organisation.AddContactPerson("Maija", "maija@example.fi", ContactRole.ContactPerson, null, Later);
        organisation.AddContactPerson("Maija", "maija@example.fi", ContactRole.Signatory, null, Later);
        Assert.Equal(2, organisation.ContactPersons.Count);
    }

    [Fact]
    public void RemoveContactPerson_Known_RemovesIt()
    {
        var organisation = Ngo();
        var person = organisation.AddContactPerson("Maija", "maija@example.fi", ContactRole.ContactPerson, null, Later);
        organisation.RemoveContactPerson(person.Id, Later.AddHours(1));
        Assert.Empty(organisation.ContactPersons);
        Assert.Equal(Later.AddHours(1), organisation.UpdatedAt);
    }

    [Fact]
    public void RemoveContactPerson_Unknown_IsNotFound()
    {
        var organisation = Ngo();
        var exception = Assert.Throws<NotFoundException>(() => organisation.RemoveContactPerson(Guid.NewGuid(), Later));
        Assert.Equal("contact_person.not_found", exception.Rule.Code);
    }
}
