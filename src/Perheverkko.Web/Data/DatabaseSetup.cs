using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Perheverkko";

    /// <summary>Registers the database on the configured provider, migrations from that provider's own assembly.</summary>
    public static void AddPerheverkkoDatabase(this WebApplicationBuilder builder)
    {
        LoadMigrationsBesideTheApp();
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(builder.Configuration, options.Provider, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new DatabaseConnection(options.Provider, connectionString));

        void Configure(DbContextOptionsBuilder db) => db.UsePerheverkkoDatabase(options.Provider, connectionString);

        builder.Services.AddDbContext<PerheverkkoDb>(Configure, optionsLifetime: ServiceLifetime.Singleton);
        builder.Services.AddDbContextFactory<PerheverkkoDb>(Configure);
        // The platform's services (audit, outbox, jobs, search, accounts) work on the same context and transaction.
        builder.Services.AddScoped<PlatformDb>(sp => sp.GetRequiredService<PerheverkkoDb>());
        builder.Services.AddSingleton<IDbContextFactory<PlatformDb>>(sp => new PlatformDbFactory(sp.GetRequiredService<IDbContextFactory<PerheverkkoDb>>()));
    }

    /// <summary>
    /// The provider with its migrations assembly (Perheverkko.Migrations.Sqlite or .Postgres): the app, the
    /// migrations projects' design-time factories (for dotnet ef) and the schema test configure it the same way.
    /// </summary>
    public static TBuilder UsePerheverkkoDatabase<TBuilder>(this TBuilder db, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        // Loading an aggregate with its collections is one query by default (they are small); a load whose collections
        // multiply into large rows (an agreement version's long section texts × its parties) says AsSplitQuery().
        var migrations = MigrationsAssembly(provider);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                db.UseSqlite(connectionString, x => x.MigrationsAssembly(migrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                break;
            case DatabaseProvider.Postgres:
                db.UseNpgsql(connectionString, x => x.MigrationsAssembly(migrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                break;
            default: throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
        return db;
    }

    public static string MigrationsAssembly(DatabaseProvider provider) => $"Perheverkko.Migrations.{provider}";

    /// <summary>
    /// The migrations assemblies are copied next to the app by the build (they reference the app, so the app cannot
    /// reference them) and are therefore missing from its dependency manifest: load them from the app's folder.
    /// </summary>
    private static void LoadMigrationsBesideTheApp()
    {
        if (Interlocked.Exchange(ref migrationsResolverAdded, 1) == 1) return;
        System.Runtime.Loader.AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.Name?.StartsWith("Perheverkko.Migrations.", StringComparison.Ordinal) != true) return null;
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
    }

    private static int migrationsResolverAdded;

    public static string ResolveConnectionString(IConfiguration configuration, DatabaseProvider provider, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (provider == DatabaseProvider.Postgres)
            throw new InvalidOperationException("Database__Provider is Postgres but ConnectionStrings__Perheverkko is not set.");
        var file = Path.Combine(contentRoot, "data", "perheverkko.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>Applies pending migrations and seeds the network (and, where configured, the fictional demo data).</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, bool seed = true, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerheverkkoDb>();
        await MigrateAsync(db, scope.ServiceProvider.GetRequiredService<AuditLog>(), cancellationToken);
        if (seed) await SeedAsync(scope.ServiceProvider, cancellationToken);
    }

    public static async Task MigrateAsync(PerheverkkoDb db, AuditLog audit, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer writes; it is a property of the file and stays set.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0) return;
        await db.Database.MigrateAsync(cancellationToken);
        await audit.RecordNowAsync(null, AuditEvent.DatabaseMigrated, AuditOutcome.Succeeded, detail: string.Join(", ", pending), cancellationToken: cancellationToken);
    }

    public static async Task<int> SeedAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var added = await scoped.GetRequiredService<NetworkSeeder>().SeedAsync(cancellationToken);
        added += await scoped.GetRequiredService<GovernanceSeeder>().SeedAsync(cancellationToken);
        added += await scoped.GetRequiredService<AgreementTextSeeder>().SeedAsync(cancellationToken);
        var demo = scoped.GetRequiredService<IConfiguration>().GetValue<bool>("Seed:DemoData");
        if (demo) added += await scoped.GetRequiredService<DemoData>().SeedAsync(cancellationToken);
        added += await scoped.GetRequiredService<DirectorySeeder>().SeedAsync(demo, cancellationToken);
        added += await scoped.GetRequiredService<FamilyAdviceSeeder>().SeedAsync(demo, cancellationToken);
        added += await scoped.GetRequiredService<Features.Announcements.AnnouncementSeeder>().SeedAsync(demo, cancellationToken);
        added += await scoped.GetRequiredService<Features.YearClock.YearClockSeeder>().SeedAsync(cancellationToken);
        added += await scoped.GetRequiredService<Features.ActionPlans.ActionPlanSeeder>().SeedAsync(demo, cancellationToken);
        added += await scoped.GetRequiredService<Features.FamilySurvey.FamilySurveySeeder>().SeedAsync(demo, cancellationToken);
        added += await scoped.GetRequiredService<Features.Evaluations.EvaluationsSeeder>().SeedAsync(demo, cancellationToken);
        added += await scoped.GetRequiredService<Features.Indicators.IndicatorSeeder>().SeedAsync(demo, cancellationToken);
        // Data fixes of issue #12, not seed data: not counted as seeded rows (each token's new end is audited on its own).
        await scoped.GetRequiredService<Features.Accounts.AccessTokenEndDateSeeder>().SeedAsync(cancellationToken);
        await scoped.GetRequiredService<Features.Accounts.RecoveryCodeHashSeeder>().SeedAsync(cancellationToken);
        if (added > 0)
            await scoped.GetRequiredService<AuditLog>().RecordNowAsync(null, AuditEvent.DatabaseSeeded, AuditOutcome.Succeeded, detail: $"{added} rows", cancellationToken: cancellationToken);
        return added;
    }
}

/// <summary>A separate context of the app's database, for the platform's writes apart from the current unit of work.</summary>
internal sealed class PlatformDbFactory(IDbContextFactory<PerheverkkoDb> factory) : IDbContextFactory<PlatformDb>
{
    public PlatformDb CreateDbContext() => factory.CreateDbContext();
}
