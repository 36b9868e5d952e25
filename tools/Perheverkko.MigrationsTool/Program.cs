using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;

// The EF Core command-line tool is not available from this project's package feed, so this does its one job we
// need: scaffold a migration from the model for SQLite and for PostgreSQL, each into its own project.
if (args is not ["add", var name] || string.IsNullOrWhiteSpace(name))
{
    Console.Error.WriteLine("Usage: dotnet run --project tools/Perheverkko.MigrationsTool -- add MigrationName");
    return 2;
}

var root = FindRepositoryRoot();
foreach (var provider in Enum.GetValues<DatabaseProvider>())
{
    var assembly = $"Perheverkko.Migrations.{provider}";
    var options = new DbContextOptionsBuilder<PerheverkkoDb>();
    IDesignTimeServices providerServices;
    if (provider == DatabaseProvider.Sqlite)
    {
        options.UseSqlite("Data Source=:memory:", x => x.MigrationsAssembly(assembly));
        providerServices = new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices();
    }
    else
    {
        options.UseNpgsql("Host=localhost;Database=design", x => x.MigrationsAssembly(assembly));
        providerServices = new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices();
    }
    await using var db = new PerheverkkoDb(options.Options);
    var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(db);
    providerServices.ConfigureDesignTimeServices(services);
    await using var provided = services.BuildServiceProvider();
    var scaffolder = provided.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, assembly, "Migrations", "C#");
    var projectDir = Path.Combine(root, "src", assembly);
    var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Migrations"));
    Console.WriteLine($"{provider}: {Path.GetRelativePath(root, files.MigrationFile!)}");
}
return 0;

static string FindRepositoryRoot()
{
    var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Perheverkko.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("Run this inside the repository.");
}
