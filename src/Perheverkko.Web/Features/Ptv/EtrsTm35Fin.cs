namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// PTV keeps addresses' coordinates in ETRS-TM35FIN (EPSG:3067: northing and easting in metres); the directory keeps WGS84
/// degrees. The conversion is the transverse Mercator projection of JHS 154 (GRS80, central meridian 27°E, scale 0.9996,
/// false easting 500 000 m) with Krüger's series, accurate to millimetres in Finland. ETRS89 and WGS84 differ by less than
/// a metre, which a map of meeting places does not see.
/// </summary>
public static class EtrsTm35Fin
{
    private const double A = 6378137.0, F = 1 / 298.257222101, K0 = 0.9996, FalseEasting = 500000.0;
    private static readonly double Lambda0 = 27.0 * Math.PI / 180;
    private static readonly double N = F / (2 - F);
    private static readonly double A1 = A / (1 + N) * (1 + N * N / 4 + Math.Pow(N, 4) / 64);
    private static readonly double E = Math.Sqrt(2 * F - F * F);
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

    /// <summary>ETRS-TM35FIN northing and easting (metres) to WGS84 latitude and longitude (degrees).</summary>
    public static (double Latitude, double Longitude) ToWgs84(double northing, double easting)
    {
        var xi = northing / (A1 * K0);
        var eta = (easting - FalseEasting) / (A1 * K0);
        double xiPrime = xi, etaPrime = eta;
        for (var i = 0; i < 4; i++)
        {
            var k = 2 * (i + 1);
            xiPrime -= Inverse[i] * Math.Sin(k * xi) * Math.Cosh(k * eta);
            etaPrime -= Inverse[i] * Math.Cos(k * xi) * Math.Sinh(k * eta);
        }
        var beta = Math.Asin(Math.Sin(xiPrime) / Math.Cosh(etaPrime));
        var l = Math.Asin(Math.Tanh(etaPrime) / Math.Cos(beta));
        var q = Math.Asinh(Math.Tan(beta));
        var qPrime = q;
        for (var i = 0; i < 6; i++) qPrime = q + E * Math.Atanh(E * Math.Tanh(qPrime));
        return (Math.Atan(Math.Sinh(qPrime)) * 180 / Math.PI, (Lambda0 + l) * 180 / Math.PI);
    }

    /// <summary>WGS84 latitude and longitude (degrees) to ETRS-TM35FIN northing and easting (metres).</summary>
    public static (double Northing, double Easting) FromWgs84(double latitude, double longitude)
    {
        var phi = latitude * Math.PI / 180;
        var lambda = longitude * Math.PI / 180;
        var q = Math.Asinh(Math.Tan(phi)) - E * Math.Atanh(E * Math.Sin(phi));
        var beta = Math.Atan(Math.Sinh(q));
        var etaPrime = Math.Atanh(Math.Cos(beta) * Math.Sin(lambda - Lambda0));
        var xiPrime = Math.Asin(Math.Sin(beta) * Math.Cosh(etaPrime));
        double xi = xiPrime, eta = etaPrime;
        for (var i = 0; i < 4; i++)
        {
            var k = 2 * (i + 1);
            xi += Forward[i] * Math.Sin(k * xiPrime) * Math.Cosh(k * etaPrime);
            eta += Forward[i] * Math.Cos(k * xiPrime) * Math.Sinh(k * etaPrime);
        }
        return (A1 * xi * K0, A1 * eta * K0 + FalseEasting);
    }
}
