using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// The network's standing groups as the seed documents give them: the leadership group (001 §8, meets mostly
/// monthly), the meeting-place network and the divorce-help network (001 §10, about four times a year, 001 §13) and
/// the Perheneuvo network (003). Groups only: no people; members are named by the coordinator.
/// Idempotent: a group that exists (by its stable id) is left as it is.
/// </summary>
public sealed class GovernanceSeeder(PerheverkkoDb db, TimeProvider clock)
{
    public sealed record GroupFact(string Slug, GroupKind Kind, LocalizedText Name, string Purpose, int MeetingsPerYear, GroupVisibility Visibility);

    public const string LeadershipGroup = "lnp-johtoryhma";

    public static readonly IReadOnlyList<GroupFact> Groups =
    [
        new(LeadershipGroup, GroupKind.Leadership,
            new("Lasten, nuorten ja perheiden johtoryhmä (LNP-johtoryhmä)", "Ledningsgruppen för barn, unga och familjer (LNP)", "Leadership group for children, young people and families (LNP)"),
            "Johtamisen yhteistyörakenne: yhteensovittaa strategioita, toimintamalleja, perhekeskustoiminnan johtamista ja koordinointia sekä tuen ja palveluiden kokonaisuutta (001 §8).",
            12, GroupVisibility.StaffOfParties),
        new("kohtaamispaikkaverkosto", GroupKind.DeveloperNetwork,
            new("Kohtaamispaikkojen kehittäjäverkosto", "Utvecklarnätverket för mötesplatser", "Meeting-place developer network"),
            "Avointen kohtaamispaikkojen toiminnan kehittäminen ja yhteistyö eri toimijoiden yhteyshenkilöiden kesken (001 §10).",
            4, GroupVisibility.StaffOfParties),
        new("eroauttamisen-verkosto", GroupKind.DeveloperNetwork,
            new("Eroauttamisen kehittäjäverkosto", "Utvecklarnätverket för skilsmässohjälp", "Divorce-help developer network"),
            "Eroauttamisen palvelujen ja yhteistyön kehittäminen alueella (001 §10).",
            4, GroupVisibility.StaffOfParties),
        new("perheneuvoverkosto", GroupKind.FamilyAdviceNetwork,
            new("Perheneuvoverkosto", "Familjerådgivningsnätverket", "Perheneuvo family-advice network"),
            "Perheneuvo on yksi yhteydenottokanava koko verkostoon; verkosto koordinoi paikallista avointa toimintaa, vertaisryhmiä ja varhaista tukea (003 §3.4).",
            4, GroupVisibility.MembersOnly),
    ];

    public static Guid GroupId(string slug) => SeedIds.For("group", slug);

    /// <returns>How many rows were added.</returns>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var g in Groups)
        {
            var id = GroupId(g.Slug);
            if (await db.Groups.FindAsync([id], cancellationToken) is not null) continue;
            db.Groups.Add(Group.Create(id, NetworkSeeder.SouthSavo, g.Slug, g.Kind, g.Name, g.Purpose, g.MeetingsPerYear, g.Visibility, now));
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
