using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>What a family's question is about: a region-editable list; a retired topic stays for the statistics.</summary>
public sealed class AdviceTopic : IRegionOwned
{
    private AdviceTopic() { }
    public AdviceTopic(Guid id, Guid regionId, LocalizedText name, int order)
    { Id = id; RegionId = regionId; Name = name; Order = order; IsActive = true; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public LocalizedText Name { get; private set; } = new("");
    public int Order { get; private set; }
    /// <summary>Offered on the form; an inactive topic is kept for the contacts and statistics that name it.</summary>
    public bool IsActive { get; private set; }

    public void Change(LocalizedText name, int order, bool active) { Name = name; Order = order; IsActive = active; }

    /// <summary>The seed list of the issue (the themes families bring to family counselling).</summary>
    public static readonly LocalizedText[] Defaults =
    [
        new("Arki lapsen kanssa", "Vardagen med barn", "Everyday life with children"),
        new("Vanhemmuus", "Föräldraskap", "Parenting"),
        new("Parisuhde", "Parförhållandet", "Couple relationship"),
        new("Ero ja erotilanteet", "Skilsmässa och separation", "Separation and divorce"),
        new("Lapsen kasvu ja kehitys", "Barnets uppväxt och utveckling", "A child's growth and development"),
        new("Nuoren huolet", "Ungas bekymmer", "A young person's worries"),
        new("Palvelut ja etuudet", "Tjänster och förmåner", "Services and benefits"),
        new("Muu asia", "Annat", "Other"),
    ];
}
