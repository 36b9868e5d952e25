using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>The contact persons an organisation names for the agreement's annex (001 §23; the privacy notice, decision 0031).</summary>
public sealed class OrganisationsPersonalData : IPersonalDataRegister
{
    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("contact-persons", [DataSubject.ContactPersons],
        [
            new(typeof(ContactPerson), nameof(ContactPerson.Name), "name"),
            new(typeof(ContactPerson), nameof(ContactPerson.Email), "email"),
            new(typeof(ContactPerson), nameof(ContactPerson.Title), "job_title"),
            new(typeof(ContactPerson), nameof(ContactPerson.Role), "role"),
            new(typeof(ContactPerson), nameof(ContactPerson.OrganisationId), "organisation"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
    ];
}
