using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Bench;
using Perheverkko.Web.Data;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

// bench/run.sh runs: Perheverkko.Bench generate [--scale 1.0]
// bench/perheneuvo.sh runs: Perheverkko.Bench contacts --url http://127.0.0.1:PORT [--count N] [--concurrency C]
// By hand (bench/README.md): Perheverkko.Bench survey [--answers 1000000] — the family survey's figures beside hand-written SQL
// The database comes from the app's own settings (Database__Provider, ConnectionStrings__Perheverkko).
if (args is ["contacts", ..]) return await ContactBench.RunAsync(args[1..]);
if (args is ["survey", ..]) return await SurveyBench.RunAsync(args[1..]);
if (args is not ["generate", ..])
{
    Console.Error.WriteLine("usage: Perheverkko.Bench generate [--scale S]   (S from 0.001 to 1; 1 = national scale)");
    Console.Error.WriteLine("       Perheverkko.Bench contacts --url URL [--count N] [--concurrency C]");
    Console.Error.WriteLine("       Perheverkko.Bench survey [--answers N] [--repeats R]   (the family survey's figures at national scale)");
    return 2;
}
var scale = 1.0;
for (var i = 1; i < args.Length; i++)
{
    if (args[i] == "--scale" && i + 1 < args.Length && double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s is >= 0.001 and <= 1)
        scale = s;
    else { Console.Error.WriteLine($"bad argument: {args[i]}"); return 2; }
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
builder.Configuration["Seed:DemoData"] = "false";
builder.Configuration["Jobs:Enabled"] = "false";
builder.AddPerheverkko();
await using var app = builder.Build();
var clock = Stopwatch.StartNew();
await app.Services.PrepareDatabaseAsync(seed: true);
using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<PerheverkkoDb>();
    if (await db.Activities.AnyAsync(a => a.Id == NationalDataset.MarkerId))
    {
        Console.WriteLine("The national dataset is already there.");
        return 0;
    }
}
var dataset = new NationalDataset(app.Services, scale, Console.Out);
var counts = await dataset.GenerateAsync();
// The app's statistics job would run soon after start; the benchmark runs the app with jobs off, so it runs here.
// On PostgreSQL a VACUUM too, as autovacuum would do within minutes of a bulk load: until then the visibility map is
// empty and no scan can be index-only, which would measure the minutes after the load rather than the app.
var analysing = Stopwatch.StartNew();
using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<PerheverkkoDb>();
    if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("VACUUM;");
    await scope.ServiceProvider.GetRequiredService<DatabaseStatistics>().RunAsync(CancellationToken.None);
}
Console.WriteLine($"Generated {counts} in {clock.Elapsed.TotalSeconds:F0} s (inserting {dataset.SaveTime.TotalSeconds:F0} s, indexing {dataset.IndexTime.TotalSeconds:F0} s, vacuuming and analysing {analysing.Elapsed.TotalSeconds:F0} s).");
return 0;
