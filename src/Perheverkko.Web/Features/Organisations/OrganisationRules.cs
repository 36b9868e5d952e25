using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>The organisation rules, each with its stable code and message, declared once.</summary>
public static class OrganisationRules
{
    public static readonly Rule StaleVersion = new("organisation.stale", "The organisation was changed by someone else after you opened it. Reload and try again.", RuleKind.Conflict);
    public static readonly Rule BusinessIdInvalid = new("organisation.business_id_invalid", "The business id is not a valid Finnish business id (1234567-1).", Field: "businessId");
    public static readonly Rule MunicipalityWithoutArea = new("organisation.municipality_without_area", "A municipality organisation must name its municipality.");
    public static readonly Rule SlugTaken = new("organisation.slug_taken", "Another organisation already has this short name.", RuleKind.Conflict, "slug");
    public static readonly Rule NotFound = new("organisation.not_found", "No such organisation.", RuleKind.NotFound);
    public static readonly Rule ContactPersonExists = new("contact_person.exists", "This person is already listed in this role.", RuleKind.Conflict, "email");
    public static readonly Rule ContactPersonNotFound = new("contact_person.not_found", "No such contact person.", RuleKind.NotFound);
    public static readonly Rule RegionNotFound = new("region.not_found", "No such region.", RuleKind.NotFound);
    public static readonly Rule RegionRequired = new("region.required", "Name the region: a national account belongs to none, and this deployment serves several.", Field: "region");
    public static readonly Rule MunicipalityNotFound = new("municipality.not_found", "No such municipality.", RuleKind.NotFound);
}
