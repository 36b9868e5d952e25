namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// Finland's plane coordinates ETRS-TM35FIN (EPSG:3067), the system PTV keeps addresses in, to and from the WGS84 degrees the
/// directory keeps (the difference of ETRS89 and WGS84, under a metre, is left out as the public map sites do). Transverse
/// Mercator on the GRS80 ellipsoid, central meridian 27°E, scale 0.9996, false easting 500 000 m, with Krüger's series to n⁴
/// (JHS 154): millimetre-exact within Finland.
/// </summary>
public static class EtrsTm35Fin
{
    private const double SemiMajorAxis = 6378137.0;
    private const double Flattening = 1 / 298.257222101;
    private const double Scale = 0.9996;
    private const double FalseEasting = 500000.0;
    private static readonly double CentralMeridian = 27.0 * Math.PI / 180;
    private static readonly double N = Flattening / (2 - Flattening);
    private static readonly double A1 = SemiMajorAxis / (1 + N) * (1 + N * N / 4 + Math.Pow(N, 4) / 64);
    private static readonly double E = Math.Sqrt(Flattening * (2 - Flattening));
    private static readonly double[] Forward =
    [
        N / 2 - 2.0 / 3 * N * N + 5.0 / 16 * Math.Pow(N, 3) + 41.0 / 180 * Math.Pow(N, 4),
        13.0 / 48 * N * N - 3.0 / 5 * Math.Pow(N, 3) + 557.0 / 1440 * Math.Pow(N, 4),
        61.0 / 240 * Math.Pow(N, 3) - 103.0 / 140 * Math.Pow(N, 4),
        49561.0 / 161280 * Math.Pow(N, 4),
    ];
    private static readonly double[] Inverse =
    [
        N / 2 - 2.0 / 3 * N * N + 37.0 / 96 * Math.Pow(N, 3) - 1.0 / 360 * Math.Pow(N, 4),
        1.0 / 48 * N * N + 1.0 / 15 * Math.Pow(N, 3) - 437.0 / 1440 * Math.Pow(N, 4),
        17.0 / 480 * Math.Pow(N, 3) - 37.0 / 840 * Math.Pow(N, 4),
        4397.0 / 161280 * Math.Pow(N, 4),
    ];

    /// <summary>WGS84 degrees to metres: northing (PTV's "latitude") and easting (PTV's "longitude").</summary>
    public static (double Northing, double Easting) FromWgs84(double latitude, double longitude)
    {
        var phi = latitude * Math.PI / 180;
        var lambda = longitude * Math.PI / 180;
        var q = Math.Asinh(Math.Tan(phi)) - E * Math.Atanh(E * Math.Sin(phi));
        var beta = Math.Atan(Math.Sinh(q));
        var eta0 = Math.Atanh(Math.Cos(beta) * Math.Sin(lambda - CentralMeridian));
        var xi0 = Math.Asin(Math.Sin(beta) * Math.Cosh(eta0));
        double xi = xi0, eta = eta0;
        for (var i = 0; i < Forward.Length; i++)
        {
            var k = 2 * (i + 1);
            xi += Forward[i] * Math.Sin(k * xi0) * Math.Cosh(k * eta0);
            eta += Forward[i] * Math.Cos(k * xi0) * Math.Sinh(k * eta0);
        }
        return (A1 * xi * Scale, A1 * eta * Scale + FalseEasting);
    }

    /// <summary>Metres back to WGS84 degrees.</summary>
    public static (double Latitude, double Longitude) ToWgs84(double northing, double easting)
    {
        var xi = northing / (A1 * Scale);
        var eta = (easting - FalseEasting) / (A1 * Scale);
        double xi1 = xi, eta1 = eta;
        for (var i = 0; i < Inverse.Length; i++)
        {
            var k = 2 * (i + 1);
            xi1 -= Inverse[i] * Math.Sin(k * xi) * Math.Cosh(k * eta);
            eta1 -= Inverse[i] * Math.Cos(k * xi) * Math.Sinh(k * eta);
        }
        var beta = Math.Asin(Math.Sin(xi1) / Math.Cosh(eta1));
        var lambda = CentralMeridian + Math.Asin(Math.Tanh(eta1) / Math.Cos(beta));
        var q = Math.Asinh(Math.Tan(beta));
        var qi = q;
        for (var i = 0; i < 8; i++) qi = q + E * Math.Atanh(E * Math.Tanh(qi));
        return (Math.Atan(Math.Sinh(qi)) * 180 / Math.PI, lambda * 180 / Math.PI);
    }
}
