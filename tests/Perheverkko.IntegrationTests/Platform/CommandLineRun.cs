using Microsoft.Extensions.Time.Testing;
using Perheverkko.Testing;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// The command line run in-process against a test database, its console output captured. Console output is
/// process-wide, so the tests that use this run in the <see cref="ConsoleCollection"/>.
/// </summary>
internal static class CommandLineRun
{
    public sealed record Run(int ExitCode, string Out, string Error);

    /// <summary>A command against the test app's database, with the app's own audit seal folder, on the app's clock.</summary>
    public static Task<Run> RunCommandAsync(TestApp app, params string[] args) =>
        RunCommandAsync(app.Provider, app.ConnectionString, args, app.AuditSealFolder, app.Clock);

    /// <summary>
    /// A command against a database of its own: on the machine's clock, or on a fake one from the moment a test app's clock
    /// would start when the suite runs as of a later date (<see cref="TestApp.ClockStartVariable"/>), so what it writes
    /// (a token's expiry, the seeds' years) agrees with the test app that opens the database after it.
    /// </summary>
    public static Task<Run> RunCommandAsync(DatabaseProvider provider, string connectionString, params string[] args) =>
        RunCommandAsync(provider, connectionString, args, sealFolder: null,
            string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestApp.ClockStartVariable)) ? null : new FakeTimeProvider(TestApp.ClockStart()));

    private static async Task<Run> RunCommandAsync(DatabaseProvider provider, string connectionString, string[] args, string? sealFolder, TimeProvider? clock)
    {
        var (savedOut, savedError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["ConnectionStrings:Perheverkko"] = connectionString,
                ["ContentProtection:Key"] = TestApp.TestContentKey,
                ["Seed:DemoData"] = "false",
            };
            if (sealFolder is not null) settings["Audit:SealFolder"] = sealFolder;
            var exitCode = await CommandLine.RunAsync(args, settings, clock);
            return new Run(exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(savedOut);
            Console.SetError(savedError);
        }
    }
}
