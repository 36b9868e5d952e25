using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>A party's place in the signing round, as the entry-into-force rule sees it.</summary>
public sealed record PartySigningState(SigningRule Rule, IReadOnlyCollection<Guid> Signatories, IReadOnlyCollection<Guid> SignedBy, bool TakesPart);

/// <summary>001 §24: the agreement enters into force when every party (or its authorised representatives) has signed.</summary>
public static class EntryIntoForce
{
    public static bool RuleMet(PartySigningState party) =>
        party.Signatories.Count == (party.Rule == SigningRule.Joint ? 2 : 1) && party.Signatories.All(party.SignedBy.Contains);

    /// <summary>
    /// Every party taking part has met its rule, and there is at least one. Parties whose organ rejected the text or
    /// did not decide in time, or whose leaving was recorded, do not take part (see docs/decisions/0016).
    /// </summary>
    public static bool IsDue(IEnumerable<PartySigningState> parties)
    {
        var taking = parties.Where(p => p.TakesPart).ToList();
        return taking.Count > 0 && taking.All(RuleMet);
    }
}
