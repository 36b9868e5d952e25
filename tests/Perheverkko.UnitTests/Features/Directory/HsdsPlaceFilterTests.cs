using Perheverkko.Web.Features.Directory.Hsds;

namespace Perheverkko.UnitTests.Features.Directory;

/// <summary>The distance <c>proximity</c> is measured with (issue #14 item 4).</summary>
public sealed class HsdsPlaceFilterTests
{
    [Fact]
    public void A_degree_of_latitude_is_about_111_km_and_a_degree_of_longitude_in_Mikkeli_about_half_that()
    {
        Assert.Equal(111_195, HsdsPlaceFilter.Metres(61, 27, 62, 27), 0); // 2πR / 360 with the mean radius
        Assert.InRange(HsdsPlaceFilter.Metres(61.69, 27, 61.69, 28), 52_600, 52_800); // × cos 61.69°
        Assert.Equal(0, HsdsPlaceFilter.Metres(61.69, 27.27, 61.69, 27.27));
        Assert.Equal(HsdsPlaceFilter.Metres(61.69, 27.27, 61.87, 28.88), HsdsPlaceFilter.Metres(61.87, 28.88, 61.69, 27.27), 6);
        // Kohtaamispaikka Kaisla in Mikkeli to Kohtaamispaikka Majakka in Savonlinna: about 87 km as the crow flies.
        Assert.InRange(HsdsPlaceFilter.Metres(61.6880, 27.2720, 61.8690, 28.8800), 85_000, 89_000);
    }
}
