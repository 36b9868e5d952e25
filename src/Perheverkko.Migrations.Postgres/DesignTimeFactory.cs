using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Migrations.Postgres;

/// <summary>
/// How `dotnet ef` (tools/add-migration.sh) makes the context at design time: the model on Postgres with this
/// assembly as its migrations assembly, configured as the app does. Adding a migration only reads the model, so
/// no server is needed (migrations remove tries this address and goes on when nothing answers).
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PerheverkkoDb>
{
    public PerheverkkoDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PerheverkkoDb>().UsePerheverkkoDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=design-time").Options);
}
