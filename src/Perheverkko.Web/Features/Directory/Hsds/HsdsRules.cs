using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory.Hsds;

/// <summary>The HSDS API's rules (an id that names nothing published), each with its stable code and message, declared once.</summary>
public static class HsdsRules
{
    public static readonly Rule ServiceNotFound = new("hsds.service_not_found", "No published service or activity has this id.", RuleKind.NotFound);
    public static readonly Rule OrganizationNotFound = new("hsds.organization_not_found", "No organisation has this id.", RuleKind.NotFound);
    public static readonly Rule ServiceAtLocationNotFound = new("hsds.service_at_location_not_found", "No published service at a published location has this id.", RuleKind.NotFound);
    public static readonly Rule TaxonomyNotFound = new("hsds.taxonomy_not_found", "No taxonomy has this id.", RuleKind.NotFound);
    public static readonly Rule TaxonomyTermNotFound = new("hsds.taxonomy_term_not_found", "No taxonomy term has this id.", RuleKind.NotFound);
}
