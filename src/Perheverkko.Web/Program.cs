using Perheverkko.Web.Data;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Cli;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

// `dotnet run -- <command>` runs a command line (migrate, seed, users, backup, restore); without one, the web app.
if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddPerheverkko();
var app = builder.Build();
// The build runs this entry point to write openapi/v1.json; that needs no database.
if (!OpenApiGeneration.IsRunning) await app.Services.PrepareDatabaseAsync();
app.MapPerheverkko();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();
return 0;

public partial class Program;
