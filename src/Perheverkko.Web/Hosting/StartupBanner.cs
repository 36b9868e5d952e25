using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Search;

namespace Perheverkko.Web.Hosting;

/// <summary>Tells the person who started the app where it is and, in Development only, how to sign in.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = app.Services.GetRequiredService<DatabaseOptions>().Provider;
        Console.WriteLine();
        foreach (var address in addresses) Console.WriteLine($"Perheverkko is running at {address} ({database})");
        // Resolving the analyser also logs it once; without Voikko the search still works, with lower recall.
        var analyser = app.Services.GetRequiredService<TextAnalyser>();
        if (addresses.Count > 0) Console.WriteLine($"Search analyses Finnish with {analyser.Description}");
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue<bool>("Seed:DemoData"))
        {
            Console.WriteLine($"Demo accounts (fictional people; password for each: {DemoData.Password}), sign in at /sign-in:");
            foreach (var user in DemoData.Users) Console.WriteLine($"  {user.Role,-15} {user.Email,-42} {user.Name}");
        }
        Console.WriteLine();
    }
}
