using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Cli;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Hosting;

/// <summary>
/// The command line of the same executable: <c>dotnet run --project src/Perheverkko.Web -- &lt;command&gt;</c>.
/// Exit codes: 0 done, 1 failed, 2 bad arguments.
/// </summary>
public static class CommandLine
{
    private sealed record Command(string Name, string Summary, string[] Required, string[] Optional, string[] Flags,
        Func<IServiceProvider, Options, CancellationToken, Task<int>> Run);

    public sealed class Options(Dictionary<string, string> values, HashSet<string> flags)
    {
        public string this[string name] => values[name];
        public string? Get(string name) => values.GetValueOrDefault(name);
        public bool Has(string flag) => flags.Contains(flag);
    }

    private static readonly Command[] Commands =
    [
        new("migrate", "Apply pending database migrations.", [], [], [], async (sp, _, ct) =>
        {
            await using var scope = sp.CreateAsyncScope();
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<PerheverkkoDb>(), scope.ServiceProvider.GetRequiredService<AuditLog>(), ct);
            Console.WriteLine("Database is up to date.");
            return 0;
        }),
        new("seed", "Migrate, then add the South Savo network (and, with Seed__DemoData=true, the fictional demo data) where missing.", [], [], [], async (sp, _, ct) =>
        {
            await sp.PrepareDatabaseAsync(seed: false, ct);
            await using var scope = sp.CreateAsyncScope();
            var added = await DatabaseSetup.SeedAsync(scope.ServiceProvider, ct);
            Console.WriteLine($"Seeded: {added} rows added.");
            return 0;
        }),
        new("perheneuvo retention", "Delete the content of Perheneuvo contacts closed longer ago than their region's retention time (the statistics rows stay); --dry-run only counts.",
            [], [], ["dry-run"], async (sp, o, ct) =>
        {
            await PrepareFirstUseAsync(sp, ct);
            await using var scope = sp.CreateAsyncScope();
            var dryRun = o.Has("dry-run");
            var counts = await scope.ServiceProvider.GetRequiredService<Features.FamilyAdvice.AdviceRetention>().DeleteDueAsync(dryRun, ct);
            foreach (var c in counts) Console.WriteLine($"{c.Region}: {c.Contacts} contacts {(dryRun ? "would be deleted" : "deleted")}.");
            return 0;
        }),
        new("workforce retention", "Delete the people who stopped working in the network's activities longer ago than their organisation's retention time (with their tasks); --dry-run only counts.",
            [], [], ["dry-run"], async (sp, o, ct) =>
        {
            await PrepareFirstUseAsync(sp, ct);
            await using var scope = sp.CreateAsyncScope();
            var dryRun = o.Has("dry-run");
            var counts = await scope.ServiceProvider.GetRequiredService<Features.Workforce.WorkforceRetention>().DeleteDueAsync(dryRun, ct);
            foreach (var c in counts) Console.WriteLine($"{c.Region}: {c.Workers} people {(dryRun ? "would be deleted" : "deleted")}.");
            if (counts.Count == 0) Console.WriteLine("Nobody has left: nothing to delete.");
            return 0;
        }),
        new("users add", "Create a staff account and print its one-time password.", ["email", "name", "role"], ["organisation", "region"], [], async (sp, o, ct) =>
        {
            if (!Enum.TryParse<StaffRole>(o["role"], ignoreCase: true, out var role) || !Enum.IsDefined(role))
                return BadArguments($"--role must be one of: {string.Join(", ", Enum.GetNames<StaffRole>().Select(n => n.ToLowerInvariant()))}.");
            await PrepareFirstUseAsync(sp, ct);
            await using var scope = sp.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<AddUser>()
                .HandleAsync(Actor.System, new AddUser.Request(o["email"], o["name"], role, o.Get("organisation"), o.Get("region")), ct);
            Console.WriteLine($"Created {created.Email} ({role}), id {created.Id}.");
            Console.WriteLine($"One-time password: {created.InitialPassword}");
            Console.WriteLine("Ask the person to change it on their profile page after signing in.");
            return 0;
        }),
        new("users token", "Issue a personal access token for an account and print it (shown once); it ends after --days (default 90, at most 365).", ["email"], ["name", "days"], [], async (sp, o, ct) =>
        {
            int? days = null;
            if (o.Get("days") is { } d)
            {
                if (!int.TryParse(d, out var parsed) || parsed is < 1 or > CreateAccessToken.MaxDays) return BadArguments($"--days must be a whole number from 1 to {CreateAccessToken.MaxDays} (without it, {CreateAccessToken.DefaultDays}).");
                days = parsed;
            }
            await PrepareFirstUseAsync(sp, ct);
            await using var scope = sp.CreateAsyncScope();
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(o["email"]);
            if (user is null) return Failed($"No account with the e-mail {o["email"]}.");
            var created = await scope.ServiceProvider.GetRequiredService<CreateAccessToken>()
                .IssueAsync(user.Id, Actor.System, o.Get("name") ?? "command line", days, ct);
            Console.WriteLine(created.Secret);
            return 0;
        }),
        new("regions add", "Add a region (a wellbeing county's network) with its municipalities by official code; its terms start as South Savo's.",
            ["slug", "name-fi"], ["name-sv", "name-en", "municipalities"], [], async (sp, o, ct) =>
        {
            var municipalities = AddRegion.ParseMunicipalities(o.Get("municipalities"));
            await PrepareFirstUseAsync(sp, ct);
            await using var scope = sp.CreateAsyncScope();
            var id = await scope.ServiceProvider.GetRequiredService<AddRegion>().HandleAsync(Actor.System,
                new AddRegion.Request(o["slug"], new LocalizedTextInput(o["name-fi"], o.Get("name-sv"), o.Get("name-en")), null, municipalities), ct);
            Console.WriteLine($"Added region {o["slug"]} ({o["name-fi"]}), id {id}, with {municipalities.Count} municipalities.");
            Console.WriteLine("Its terms are South Savo's until its coordinator changes them on the staff page /staff/region.");
            return 0;
        }),
        new("regions list", "List the regions with their languages and municipalities.", [], [], [], async (sp, _, ct) =>
        {
            await PrepareFirstUseAsync(sp, ct);
            await using var scope = sp.CreateAsyncScope();
            foreach (var r in await scope.ServiceProvider.GetRequiredService<RegionTermsQueries>().ListAsync(Actor.System, ct))
                Console.WriteLine($"{r.Slug}\t{r.Name.Fi}\t{r.Languages}\t{string.Join(", ", r.Municipalities.Select(m => $"{m.Code} {m.Name.Fi}"))}");
            return 0;
        }),
        new("audit seal", "Seal the audit trail's rows that are due now (the audit-seal job does this on its own schedule).", [], [], [], async (sp, _, ct) =>
        {
            await sp.PrepareDatabaseAsync(seed: false, ct);
            await using var scope = sp.CreateAsyncScope();
            var made = await scope.ServiceProvider.GetRequiredService<AuditSealing>().SealAsync(ct);
            foreach (var head in made) Console.WriteLine($"Sealed: {AuditSealFile.Describe(head)}.");
            if (made.Count == 0) Console.WriteLine("Nothing to seal: no rows older than the grace period are unsealed.");
            return 0;
        }),
        new("audit verify", "Verify the sealed audit trail against its rows and the seal file; exits with 1 when it is broken.", [], [], [], async (sp, _, ct) =>
        {
            await sp.PrepareDatabaseAsync(seed: false, ct);
            await using var scope = sp.CreateAsyncScope();
            var state = await scope.ServiceProvider.GetRequiredService<AuditTrailVerifier>().VerifyAsync(ct);
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordNowAsync(Actor.System, AuditEvent.AuditTrailVerified,
                state.Intact ? AuditOutcome.Succeeded : AuditOutcome.Failed, detail: AuditTrailVerifier.Describe(state), cancellationToken: ct);
            if (!state.Intact) return Failed($"The audit trail is BROKEN: {AuditTrailVerifier.Describe(state)}");
            Console.WriteLine($"The audit trail is intact: {AuditTrailVerifier.Describe(state)}");
            return 0;
        }),
        new("backup", "Write a consistent copy of the database to FILE while the app may be running.", ["to"], [], [], async (sp, o, ct) =>
        {
            var file = Path.GetFullPath(o["to"]);
            if (File.Exists(file)) return BadArguments($"{file} exists already; choose a new file.");
            await Backup.CreateAsync(sp, file, ct);
            Console.WriteLine($"Backup written to {file}.");
            return 0;
        }),
        new("search reindex", "Build the directory's search index again with this machine's analyser (Voikko or Snowball).", [], [], [], async (sp, _, ct) =>
        {
            await sp.PrepareDatabaseAsync(seed: false, ct);
            await using var scope = sp.CreateAsyncScope();
            var index = scope.ServiceProvider.GetRequiredService<Platform.Search.SearchIndex>();
            var count = await scope.ServiceProvider.GetRequiredService<Platform.Search.SearchReindex>().RunAsync(ct);
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordNowAsync(Actor.System, AuditEvent.SearchIndexRebuilt, AuditOutcome.Succeeded,
                detail: $"{count} items", cancellationToken: ct);
            Console.WriteLine($"Indexed {count} items; Finnish analysed with {index.Analyser.Description}.");
            return 0;
        }),
        new(Features.Indicators.IndicatorsCommand.Name, Features.Indicators.IndicatorsCommand.Help, [], ["region", "from", "to"], [], async (sp, o, ct) =>
        {
            await sp.PrepareDatabaseAsync(seed: false, ct);
            int? Year(string name) => o.Get(name) is { } text ? int.TryParse(text, out var year) ? year : -1 : null;
            if (Year("from") == -1 || Year("to") == -1) return BadArguments("--from and --to are years, e.g. --from 2020.");
            return await Features.Indicators.IndicatorsCommand.RunAsync(sp, o.Get("region"), Year("from"), Year("to"), ct);
        }),
        new("restore", "Replace the database's contents with a backup made by 'backup'.", ["from"], [], ["yes"], async (sp, o, ct) =>
        {
            var file = Path.GetFullPath(o["from"]);
            if (!File.Exists(file)) return BadArguments($"{file} does not exist.");
            if (!o.Has("yes")) return BadArguments("Restoring replaces all current data. Add --yes to confirm.");
            await Backup.RestoreAsync(sp, file, token => sp.PrepareDatabaseAsync(seed: false, token), ct);
            Console.WriteLine($"Restored from {file}.");
            return 0;
        }),
    ];

    /// <summary>
    /// Commands that work on the data find a database that was never set up (or is behind this version) prepared as the
    /// app's own start would prepare it — migrated and seeded — and say so, instead of failing on a missing table.
    /// </summary>
    private static async Task PrepareFirstUseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var pending = await scope.ServiceProvider.GetRequiredService<PerheverkkoDb>().Database.GetPendingMigrationsAsync(cancellationToken);
            if (!pending.Any()) return;
        }
        await services.PrepareDatabaseAsync(seed: true, cancellationToken);
        Console.WriteLine("The database was not up to date: migrated and seeded it as the app's start does.");
    }

    /// <summary>A command is a first argument that is not an option; options alone (--urls …) start the web app.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    /// <param name="settings">Configuration on top of the environment's (tests use it to point at their own database).</param>
    /// <param name="clock">The clock instead of the machine's (tests run a command on their app's fake clock).</param>
    public static async Task<int> RunAsync(string[] args, IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        if (args is [] or ["help" or "--help" or "-h"]) { PrintUsage(); return 0; }
        var command = Commands.FirstOrDefault(c => StartsWith(args, c.Name.Split(' ')));
        if (command is null)
        {
            Console.Error.WriteLine($"Unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'.");
            PrintUsage(Console.Error);
            return 2;
        }
        var rest = args.Skip(command.Name.Split(' ').Length).ToArray();
        if (rest.Contains("--help") || rest.Contains("-h")) { PrintHelp(command, Console.Out); return 0; }
        if (!TryParse(command, rest, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            PrintHelp(command, Console.Error);
            return 2;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failed command prints one line (below); EF Core's own log of the failed SQL would add a second, as JSON outside Development.
        builder.Logging.AddFilter(DbLoggerCategory.Database.Command.Name, LogLevel.None);
        builder.AddPerheverkko();
        if (clock is not null)
        {
            builder.Services.RemoveAll<TimeProvider>();
            builder.Services.AddSingleton(clock);
        }
        await using var app = builder.Build();
        try
        {
            return await command.Run(app.Services, options!, CancellationToken.None);
        }
        catch (InputInvalid invalid)
        {
            foreach (var (field, messages) in Problems.Render(invalid, app.Services.GetRequiredService<Texts>()))
                Console.Error.WriteLine($"--{field}: {string.Join(" ", messages)}");
            return 2;
        }
        catch (DomainRuleViolation violation)
        {
            return Failed($"{violation.Rule.Message} ({violation.Rule.Code})");
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or DbUpdateException or System.Data.Common.DbException
                                       or System.ComponentModel.Win32Exception)
        {
            return Failed(e.Message);
        }
    }

    private static bool StartsWith(string[] args, string[] words) => args.Length >= words.Length && words.Select((w, i) => args[i] == w).All(x => x);

    private static bool TryParse(Command command, string[] args, out Options? options, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        options = null;
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) { error = $"Unexpected argument '{arg}'."; return false; }
            var name = arg[2..];
            string? inline = null;
            if (name.IndexOf('=') is var eq and > 0) { inline = name[(eq + 1)..]; name = name[..eq]; }
            if (command.Flags.Contains(name)) { flags.Add(name); continue; }
            if (!command.Required.Contains(name) && !command.Optional.Contains(name)) { error = $"Unknown option --{name}."; return false; }
            var value = inline ?? (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
            if (string.IsNullOrWhiteSpace(value)) { error = $"--{name} needs a value."; return false; }
            values[name] = value;
        }
        var missing = command.Required.Where(r => !values.ContainsKey(r)).ToList();
        if (missing.Count > 0) { error = $"Missing: {string.Join(", ", missing.Select(m => "--" + m))}."; return false; }
        options = new Options(values, flags);
        return true;
    }

    private static int BadArguments(string message) { Console.Error.WriteLine(message); return 2; }
    private static int Failed(string message) { Console.Error.WriteLine(message); return 1; }

    private static void PrintUsage(TextWriter? writer = null)
    {
        writer ??= Console.Out;
        writer.WriteLine("Usage: dotnet run --project src/Perheverkko.Web -- <command> [options]");
        writer.WriteLine("Without a command the web app starts. Commands:");
        foreach (var c in Commands) writer.WriteLine($"  {c.Name,-12} {c.Summary}");
        writer.WriteLine("Each command takes --help.");
    }

    private static void PrintHelp(Command c, TextWriter writer)
    {
        writer.WriteLine($"Usage: {c.Name} {string.Join(' ', c.Required.Select(r => $"--{r} VALUE"))} {string.Join(' ', c.Optional.Select(o => $"[--{o} VALUE]"))} {string.Join(' ', c.Flags.Select(f => $"[--{f}]"))}".TrimEnd());
        writer.WriteLine(c.Summary);
        writer.WriteLine("The database is chosen as for the app: Database__Provider (Sqlite, Postgres) and ConnectionStrings__Perheverkko.");
    }
}
