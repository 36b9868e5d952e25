using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>An agenda item as entered; the description is Markdown.</summary>
/// <param name="Version">The meeting's version the editor started from (see <see cref="Meeting.Version"/>); when given, a change made meanwhile refuses this one as stale.</param>
public sealed record AgendaItemInput(string? Title, AgendaItemKind? Kind, string? Preparer, string? Description, string? Proposal, int? Position = null, int? Version = null)
{
    public void Check(InputCheck check) => check
        .Required("title", Title, GovernanceLimits.Title)
        .Defined("kind", Kind)
        .Optional("preparer", Preparer, GovernanceLimits.Name)
        .Optional("description", Description, GovernanceLimits.Description)
        .Optional("proposal", Proposal, GovernanceLimits.Description)
        .That(Position is null or >= 1 and <= 500, "position", "validation.range", 1, 500);
}
