using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Perheverkko.IntegrationTests.YearCycle;

/// <summary>
/// THL Sotkanet's REST 1.1 faked on a loopback port: the regions list and the data in Sotkanet's own JSON format, made for
/// the test (no network). <see cref="Failing"/> makes it answer 503, as Sotkanet does when it is down.
/// </summary>
internal sealed class FakeSotkanet : IAsyncDisposable
{
    private readonly WebApplication app;
    public string BaseAddress { get; private set; } = "";
    public bool Failing { get; set; }
    public List<string> Queries { get; } = [];

    private FakeSotkanet(WebApplication app) => this.app = app;

    public static async Task<FakeSotkanet> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeSotkanet(builder.Build());
        fake.app.MapGet("/rest/1.1/regions", () => fake.Failing ? Results.StatusCode(503) : Results.Text(SotkanetFiles.Regions, "application/json"));
        fake.app.MapGet("/rest/1.1/json", (HttpRequest request) =>
        {
            fake.Queries.Add(request.QueryString.Value ?? "");
            return fake.Failing ? Results.StatusCode(503) : Results.Text(SotkanetFiles.Data(127, (833, 2023, "total", 12.5), (833, 2024, "total", 13.1),
                (901, 2024, "total", 9.75), (901, 2024, "female", 10.0), (658, 2024, "total", 11.0)), "application/json");
        });
        await fake.app.StartAsync();
        fake.BaseAddress = fake.app.Urls.Single().TrimEnd('/');
        return fake;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

/// <summary>Files in Sotkanet's real formats, made for the tests: ids of Sotkanet's own (833 Mikkeli, 901 Savonlinna, 200 Helsinki, 658 the whole country).</summary>
internal static class SotkanetFiles
{
    public const string Regions = """
        [
         {"id":833,"code":"491","category":"KUNTA","title":{"fi":"Mikkeli","sv":"S:t Michel","en":"Mikkeli"},"uri":"http://www.yso.fi/onto/kunnat/kunta491","memberOf":[]},
         {"id":901,"code":"740","category":"KUNTA","title":{"fi":"Savonlinna","sv":"Nyslott","en":"Savonlinna"},"memberOf":[]},
         {"id":200,"code":"091","category":"KUNTA","title":{"fi":"Helsinki","sv":"Helsingfors","en":"Helsinki"},"memberOf":[]},
         {"id":658,"code":"1","category":"MAA","title":{"fi":"Koko maa","sv":"Hela landet","en":"Whole country"},"memberOf":[]}
        ]
        """;

    public static string Data(int indicator, params (int Region, int Year, string Gender, double? Value)[] rows) =>
        "[" + string.Join(",\n", rows.Select(r => $"{{\"indicator\":{indicator},\"region\":{r.Region},\"year\":{r.Year},\"gender\":\"{r.Gender}\",\"value\":" +
            (r.Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null") + $",\"absValue\":{r.Year % 100}}}")) + "]";
}
