using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>The PTV connection's rules, each with its stable code and message, declared once (codes <c>ptv.*</c>).</summary>
public static class PtvRules
{
    public static readonly Rule NotConfigured = new("ptv.not_configured", "The connection to PTV is not set up on this server.", RuleKind.Conflict);
    public static readonly Rule NoPtvOrganisation = new("ptv.no_organisation", "Give the organisation's PTV organisation id first.", RuleKind.Conflict, "ptvOrganisationId");
    public static readonly Rule NoCredentials = new("ptv.no_credentials", "Give the organisation's PTV API user and password first.", RuleKind.Conflict, "apiUsername");
    public static readonly Rule Unavailable = new("ptv.unavailable", "PTV did not answer. Try again in a while.", RuleKind.Conflict);
}
