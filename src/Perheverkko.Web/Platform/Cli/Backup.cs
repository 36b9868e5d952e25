using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Platform.Cli;

/// <summary>
/// Backup and restore. SQLite: <c>VACUUM INTO</c> writes a consistent copy while the app keeps running; restore
/// copies a backup into the live file with SQLite's online backup API. PostgreSQL: pg_dump (plain SQL that drops and
/// recreates) and psql in one transaction. After a restore, pending migrations are applied, so an older backup works.
/// </summary>
public static class Backup
{
    public static async Task CreateAsync(IServiceProvider services, string file, CancellationToken cancellationToken)
    {
        var connection = services.GetRequiredService<DatabaseConnection>();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            await using var sqlite = new SqliteConnection(connection.ConnectionString);
            await sqlite.OpenAsync(cancellationToken);
            await using var vacuum = sqlite.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $file";
            vacuum.Parameters.AddWithValue("$file", file);
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            await RunPostgresToolAsync("pg_dump", connection.ConnectionString,
                ["--format=plain", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--file", file], cancellationToken);
        }
        await Audit(services, AuditEvent.BackupCreated, Path.GetFileName(file), cancellationToken);
    }

    public static async Task RestoreAsync(IServiceProvider services, string file, Func<CancellationToken, Task> migrate, CancellationToken cancellationToken)
    {
        var connection = services.GetRequiredService<DatabaseConnection>();
        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString());
            await source.OpenAsync(cancellationToken);
            await using (var check = source.CreateCommand())
            {
                check.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken)) != 1)
                    throw new InvalidOperationException($"{file} is not a Perheverkko backup.");
            }
            await using var target = new SqliteConnection(connection.ConnectionString);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
        }
        else
        {
            var head = await File.ReadAllTextAsync(file, cancellationToken);
            if (!head.Contains("PostgreSQL database dump", StringComparison.Ordinal))
                throw new InvalidOperationException($"{file} is not a PostgreSQL dump made by 'backup'.");
            NpgsqlConnection.ClearAllPools();
            await RunPostgresToolAsync("psql", connection.ConnectionString,
                ["--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "--single-transaction", "--file", file], cancellationToken);
        }
        // A backup of an older schema is brought up to date before anything else writes to it.
        await migrate(cancellationToken);
        await MarkSealsRestoredAsync(services, cancellationToken);
        await Audit(services, AuditEvent.DatabaseRestored, Path.GetFileName(file), cancellationToken);
    }

    /// <summary>
    /// The restored trail's seals end where the backup's did: the seal file says so, so that the heads written after
    /// the backup (of the replaced database) are not taken for seals removed from this one (decision 0037).
    /// </summary>
    private static async Task MarkSealsRestoredAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var last = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MaxAsync(db.AuditSeals, s => (int?)s.Sequence, cancellationToken) ?? 0;
        scope.ServiceProvider.GetRequiredService<AuditSealFile>().AppendRestore(last);
    }

    private static async Task Audit(IServiceProvider services, AuditEvent auditEvent, string detail, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .RecordNowAsync(null, auditEvent, AuditOutcome.Succeeded, "Database", detail: detail, cancellationToken: cancellationToken);
    }

    /// <summary>Runs pg_dump or psql with the connection's settings; the password goes through the environment, not the command line.</summary>
    private static async Task RunPostgresToolAsync(string tool, string connectionString, string[] arguments, CancellationToken cancellationToken)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "--host", cs.Host ?? "localhost", "--port", cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--username", cs.Username ?? Environment.UserName, "--dbname", cs.Database ?? "postgres" }.Concat(arguments))
            start.ArgumentList.Add(a);
        if (!string.IsNullOrEmpty(cs.Password)) start.Environment["PGPASSWORD"] = cs.Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started.");
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {(await stderr).Trim()}");
    }
}
