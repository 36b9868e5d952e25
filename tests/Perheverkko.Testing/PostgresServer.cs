using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Perheverkko.Testing;

/// <summary>
/// A real PostgreSQL server for the test run: initdb into a temporary folder, started on a free port of 127.0.0.1,
/// stopped and removed when the test process ends. Running as root (CI), the server runs as the postgres user,
/// because initdb refuses root. Set PERHEVERKKO_TEST_POSTGRES to a connection string to use a server of your own.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private PostgresServer(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    /// <summary>Connects to the maintenance database as the superuser.</summary>
    public string AdminConnectionString { get; }

    public static Task<PostgresServer> Instance => Shared.Value;

    /// <summary>Pooled, with idle connections closed after seconds: thousands of test databases share one server.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true, MaxPoolSize = 20, ConnectionIdleLifetime = 10, ConnectionPruningInterval = 5 }.ToString();

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("PERHEVERKKO_TEST_POSTGRES") is { Length: > 0 } given)
            return new PostgresServer(given);

        var bin = FindBinaries();
        var root = Directory.CreateTempSubdirectory("perheverkko-pg-").FullName;
        var data = Path.Combine(root, "data");
        var sockets = Path.Combine(root, "sockets");
        Directory.CreateDirectory(sockets);
        var asRoot = Environment.UserName == "root";
        if (asRoot) await RunAsync("chown", ["-R", "postgres:postgres", root]);

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asRoot);
        var port = FreePort();
        var settings = $"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", settings, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start"], asRoot);

        // Stopped and removed once this test process has gone, however it ended.
        var stop = $"{Path.Combine(bin, "pg_ctl")} -D {AfterExit.Quote(data)} -m immediate -w stop";
        AfterExit.Run($"{(asRoot ? "runuser -u postgres -- " : "")}{stop} > /dev/null 2>&1; rm -rf {AfterExit.Quote(root)}");

        var admin = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Pooling = false }.ToString();
        return new PostgresServer(admin);
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin"))
            : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL is not installed: run ./test.sh, which installs it (Debian package postgresql).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] arguments, bool asPostgresUser = false)
    {
        var start = asPostgresUser ? new ProcessStartInfo("runuser") : new ProcessStartInfo(file);
        if (asPostgresUser) foreach (var a in new[] { "-u", "postgres", "--", file }) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }
}
