using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>The export's own rules (codes <c>ptv.export_*</c>); what the connection lacks is in <see cref="PtvRules"/>.</summary>
public static class PtvExportRules
{
    public static readonly Rule Draft = new("ptv.export_draft",
        "A draft is not sent to PTV. Publish it first; an archived item is archived in PTV too.", RuleKind.Conflict);
    public static readonly Rule NotInPtv = new("ptv.export_not_in_ptv",
        "The item has never been in PTV, so there is nothing to archive there.", RuleKind.Conflict);
}
