using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Bench;

/// <summary>
/// <c>contacts</c>: sends N questions through the running app's public form with C concurrent clients, then reads the
/// database (the app's own settings) and checks that every acknowledged submission is stored and nothing else is.
/// Exit code 1 when stored and acknowledged differ.
/// </summary>
public static class ContactBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? url = null;
        int count = 500, concurrency = 16;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--url" && i + 1 < args.Length) url = args[++i];
            else if (args[i] == "--count" && i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1_000_000) count = n;
            else if (args[i] == "--concurrency" && i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out var c) && c is >= 1 and <= 1024) concurrency = c;
            else { Console.Error.WriteLine($"bad argument: {args[i]}"); return 2; }
        }
        if (url is null) { Console.Error.WriteLine("--url is required"); return 2; }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["Jobs:Enabled"] = "false";
        builder.AddPerheverkko();
        await using var app = builder.Build();
        async Task<T> Db<T>(Func<PerheverkkoDb, Task<T>> work)
        {
            using var scope = app.Services.CreateScope();
            return await work(scope.ServiceProvider.GetRequiredService<PerheverkkoDb>());
        }
        var before = await Db(db => db.FamilyContacts.CountAsync());
        var topic = await Db(db => db.AdviceTopics.Where(t => t.RegionId == NetworkSeeder.SouthSavo && t.IsActive).OrderBy(t => t.Order).Select(t => t.Id).FirstAsync());

        var result = await ContactLoad.RunAsync(url, count, concurrency, NetworkSeeder.MunicipalityId("juva"), topic);

        var stored = await Db(db => db.FamilyContacts.CountAsync()) - before;
        var acknowledged = result.References.ToHashSet(StringComparer.Ordinal);
        var storedAcknowledged = 0;
        foreach (var chunk in acknowledged.Chunk(500))
            storedAcknowledged += await Db(db => db.FamilyContacts.CountAsync(c => chunk.Contains(c.Reference)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"contacts: {result.Sent} sent by {concurrency} clients in {result.Elapsed.TotalSeconds:F1} s = {result.Acknowledged / result.Elapsed.TotalSeconds:F1} submissions/s; " +
            $"acknowledged (200 with a receipt) {result.Acknowledged}, refused (429) {result.Refused}, failed {result.Failed}; " +
            $"stored {stored}, of them acknowledged {storedAcknowledged}; {(stored == result.Acknowledged && storedAcknowledged == acknowledged.Count ? "none lost" : "MISMATCH")}"));
        return stored == result.Acknowledged && storedAcknowledged == acknowledged.Count ? 0 : 1;
    }
}
