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

    public static Task<Run> RunCommandAsync(TestApp app, params string[] args) => RunCommandAsync(app.Provider, app.ConnectionString, args);

    public static async Task<Run> RunCommandAsync(DatabaseProvider provider, string connectionString, params string[] args)
    {
        var (savedOut, savedError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exitCode = await CommandLine.RunAsync(args, new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["ConnectionStrings:Perheverkko"] = connectionString,
                ["ContentProtection:Key"] = TestApp.TestContentKey,
                ["Seed:DemoData"] = "false",
            });
            return new Run(exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(savedOut);
            Console.SetError(savedError);
        }
    }
}
