using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Migrations.Sqlite;

/// <summary>
/// How `dotnet ef` (tools/add-migration.sh) makes the context at design time: the model on Sqlite with this
/// assembly as its migrations assembly, configured as the app does. Adding a migration only reads the model; the
/// in-memory connection means no file is made when a command (like migrations remove) does connect.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PerheverkkoDb>
{
    public PerheverkkoDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PerheverkkoDb>().UsePerheverkkoDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:").Options);
}
