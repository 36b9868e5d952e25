using Perheverkko.Web.Platform.Tenancy;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Organisations;

public enum OrganisationKind
{
    Municipality,
    WellbeingCounty,
    /// <summary>Kuntayhtymä: the joint authorities (Essote, Sosteri, Vaalijala) that were parties before the wellbeing county.</summary>
    JointMunicipalAuthority,
    Ngo,
    Parish,
    Company,
}

/// <summary>An organisation of the network: a party to an agreement, a maintainer of places, a provider of services.</summary>
public sealed class Organisation : IRegionOwned
{
    private Organisation() { }

    public Guid Id { get; private set; }
    /// <summary>The region whose network the organisation belongs to. An organisation active in two regions has one record in each (decision 0025).</summary>
    public Guid RegionId { get; private set; }
    public string Slug { get; private set; } = "";
    public OrganisationKind Kind { get; private set; }
    public LocalizedText Name { get; private set; } = new("");
    /// <summary>Finnish business id (Y-tunnus), kept only where it is public.</summary>
    public string? BusinessId { get; private set; }
    /// <summary>For a municipality's own organisation: which municipality it is.</summary>
    public Guid? MunicipalityId { get; private set; }
    /// <summary>The day an organisation ceased (a joint authority merged into the wellbeing county).</summary>
    public DateOnly? ClosedOn { get; private set; }
    /// <summary>Incremented on every change; a form or API call that carries an older one is refused.</summary>
    public int Version { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public List<ContactPerson> ContactPersons { get; private set; } = [];

    public static Organisation Create(Guid id, Guid regionId, string slug, OrganisationKind kind, LocalizedText name,
        string? businessId, Guid? municipalityId, DateTime now, DateOnly? closedOn = null)
    {
        var organisation = new Organisation
        {
            Id = id, RegionId = regionId, Slug = slug, Kind = kind, Name = name, BusinessId = businessId,
            MunicipalityId = municipalityId, ClosedOn = closedOn, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        CheckInvariants(kind, businessId, municipalityId);
        return organisation;
    }

    public void Update(int expectedVersion, LocalizedText name, string? businessId, OrganisationKind kind, DateTime now)
    {
        RuleCheck.That(expectedVersion == Version, OrganisationRules.StaleVersion);
        CheckInvariants(kind, businessId, MunicipalityId);
        Name = name;
        BusinessId = businessId;
        Kind = kind;
        Version++;
        UpdatedAt = now;
    }

    public ContactPerson AddContactPerson(string name, string email, ContactRole role, string? title, DateTime now)
    {
        var normalisedEmail = email.Trim().ToLowerInvariant();
        RuleCheck.That(!ContactPersons.Any(c => c.Email == normalisedEmail && c.Role == role), OrganisationRules.ContactPersonExists);
        var person = new ContactPerson(Guid.CreateVersion7(), Id, name.Trim(), normalisedEmail, role, title?.Trim(), now);
        ContactPersons.Add(person);
        UpdatedAt = now;
        return person;
    }

    public void RemoveContactPerson(Guid contactPersonId, DateTime now)
    {
        var person = ContactPersons.SingleOrDefault(c => c.Id == contactPersonId)
            ?? throw new NotFoundException(OrganisationRules.ContactPersonNotFound);
        ContactPersons.Remove(person);
        UpdatedAt = now;
    }

    /// <summary>Checked before anything is assigned, so a refused change leaves the organisation as it was.</summary>
    private static void CheckInvariants(OrganisationKind kind, string? businessId, Guid? municipalityId)
    {
        RuleCheck.That(kind != OrganisationKind.Municipality || municipalityId is not null, OrganisationRules.MunicipalityWithoutArea);
        RuleCheck.That(businessId is null || Organisations.BusinessId.IsValid(businessId), OrganisationRules.BusinessIdInvalid);
    }
}

public enum ContactRole
{
    /// <summary>Yhteyshenkilö: the party's contact for the network's work (001 §23).</summary>
    ContactPerson,
    /// <summary>Allekirjoittaja: an office-holder with the authority to sign for the party (001 §23).</summary>
    Signatory,
    /// <summary>
    /// Viestintävastaava: the party's owner of communication, with whom the coordinator plans the network's shared
    /// communication (001 §14). Not part of the annex of 001 §23; bulletins can be addressed to them.
    /// </summary>
    CommunicationOwner,
}

/// <summary>
/// A party's contact person or signatory for the annex (001 §23). Only what 001 §19 says is kept:
/// name, organisation and e-mail, plus the role and an optional office title.
/// </summary>
public sealed class ContactPerson
{
    private ContactPerson() { }

    internal ContactPerson(Guid id, Guid organisationId, string name, string email, ContactRole role, string? title, DateTime now)
    {
        Id = id; OrganisationId = organisationId; Name = name; Email = email; Role = role; Title = title; CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public ContactRole Role { get; private set; }
    public string? Title { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
