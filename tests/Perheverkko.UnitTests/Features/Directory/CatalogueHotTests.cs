using Perheverkko.Web.Features.Directory;

namespace Perheverkko.UnitTests.Features.Directory;

/// <summary>The catalogue breaks a search's ties by id with a key of its first eight bytes first: it must order ids as Guid does.</summary>
public sealed class CatalogueHotTests
{
    [Fact]
    public void The_id_order_key_never_contradicts_the_order_of_the_ids()
    {
        var random = new Random(7);
        var ids = Enumerable.Range(0, 2_000).Select(_ => Guid.CreateVersion7()).Concat(Enumerable.Range(0, 2_000).Select(_ => Guid.NewGuid()))
            .Append(Guid.Empty).Append(Guid.AllBitsSet).Append(new Guid("80000000-0000-0000-0000-000000000000")).Append(new Guid("7fffffff-ffff-ffff-ffff-ffffffffffff"))
            .ToList();
        for (var i = 0; i < 20_000; i++)
        {
            var (a, b) = (ids[random.Next(ids.Count)], ids[random.Next(ids.Count)]);
            var (x, y) = (CatalogueHot.IdOrderOf(a), CatalogueHot.IdOrderOf(b));
            if (x != y) Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(x.CompareTo(y)));
        }
        var sorted = ids.Order().ToList();
        Assert.Equal(sorted.Select(CatalogueHot.IdOrderOf), sorted.Select(CatalogueHot.IdOrderOf).Order());
    }
}
