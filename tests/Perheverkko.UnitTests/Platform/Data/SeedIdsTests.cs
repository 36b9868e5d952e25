using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.UnitTests.Platform.Data;

public sealed class SeedIdsTests
{
    [Fact]
    public void For_SameKindAndKey_GivesTheSameIdEveryTime()
    {
        Assert.Equal(SeedIds.For("organisation", "mikkeli"), SeedIds.For("organisation", "mikkeli"));
    }

    [Fact]
    public void For_IsStableAcrossMachinesAndReleases()
    {
        // Pinned (computed apart from the app: SHA-256 of "perheverkko:organisation:mikkeli", version 8): seeded rows in existing databases carry this id; a change here orphans them.
        Assert.Equal(SeedIds.For("organisation", "mikkeli"), SeedIds.For("organisation", "mikkeli"));
        Assert.Equal(PinnedMikkeli, SeedIds.For("organisation", "mikkeli"));
    }

    private static readonly Guid PinnedMikkeli = Guid.Parse("33d87c43-d16b-86d6-8cd7-86fd927b6040");

    [Fact]
    public void For_DifferentKeysOrKinds_GivesDistinctIds()
    {
        Assert.NotEqual(SeedIds.For("organisation", "mikkeli"), SeedIds.For("municipality", "mikkeli"));
        Assert.NotEqual(SeedIds.For("organisation", "mikkeli"), SeedIds.For("organisation", "savonlinna"));
        Assert.NotEqual(SeedIds.For("organisation", "mikkeli"), SeedIds.For("organisation", "Mikkeli"));
    }

    [Fact]
    public void For_EverySeededNetworkObject_GetsItsOwnId()
    {
        var ids = new List<Guid> { SeedIds.For("region", SouthSavoNetwork.RegionSlug) };
        ids.AddRange(SouthSavoNetwork.Municipalities.Select(m => SeedIds.For("municipality", m.Slug)));
        ids.AddRange(SouthSavoNetwork.Municipalities.Select(m => SeedIds.For("organisation", m.Slug)));
        ids.AddRange(SouthSavoNetwork.OtherOrganisations.Select(o => SeedIds.For("organisation", o.Slug)));
        ids.AddRange(SouthSavoNetwork.FamilyCentres.Select(f => SeedIds.For("family-centre", f.Slug)));
        ids.AddRange(SouthSavoNetwork.YouthGuidanceCentres.Select(y => SeedIds.For("meeting-place", y.Slug)));
        foreach (var p in SouthSavoNetwork.Periods)
        {
            ids.Add(SeedIds.For("agreement-version", $"{p.StartYear}-{p.EndYear}"));
            ids.AddRange(p.Parties.Select(x => SeedIds.For("party", $"{p.StartYear}-{p.EndYear}:{x.OrganisationSlug}")));
        }
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void For_GivesAVersion8Rfc4122Guid()
    {
        var id = SeedIds.For("organisation", "mikkeli");
        Assert.Equal(8, id.Version);
        Assert.Equal(0b10, id.Variant >> 2);
        Assert.NotEqual(Guid.Empty, id);
    }
}
