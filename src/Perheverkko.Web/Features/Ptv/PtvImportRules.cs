using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>The import's rules (codes <c>ptv.*</c>); the problems of single entries are <see cref="PtvImportProblems"/>, not rules.</summary>
public static class PtvImportRules
{
    public static readonly Rule OrganisationNotFound = new("ptv.organisation_not_found",
        "PTV has no organisation with this id. Check the organisation's PTV id.", RuleKind.Conflict, "ptvOrganisationId");
}
