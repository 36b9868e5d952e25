using Perheverkko.Testing;
using Microsoft.AspNetCore.Builder;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Cli;

namespace Perheverkko.UnitTests.Platform.Cli;

/// <summary>Console.Out and Console.Error are process-wide: the tests that swap them run alone.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

[Collection(nameof(ConsoleCollection))]
public sealed class CommandLineTests
{
    private sealed record Run(int ExitCode, string Out, string Error, bool HostBuilt);

    /// <summary>Runs the command line with captured output, pointed at a database file of its own. <c>HostBuilt</c> tells whether it got as far as touching that database.</summary>
    private static async Task<Run> RunAsync(params string[] args)
    {
        var (savedOut, savedError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var file = Path.Combine(Path.GetTempPath(), $"perheverkko-cli-{Guid.NewGuid():N}.db");
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exitCode = await CommandLine.RunAsync(args, new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Perheverkko"] = $"Data Source={file}",
                ["ContentProtection:Key"] = TestApp.TestContentKey,
            });
            return new Run(exitCode, output.ToString(), error.ToString(), File.Exists(file));
        }
        finally
        {
            File.Delete(file);
            Console.SetOut(savedOut);
            Console.SetError(savedError);
        }
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("seed")]
    [InlineData("users", "add")]
    [InlineData("users", "token")]
    [InlineData("backup")]
    [InlineData("restore")]
    [InlineData("frobnicate")]
    [InlineData("users")]
    [InlineData("--urls")]
    public void IsCommand_FirstArgumentNotAnOption_IsACommand(params string[] args) =>
        Assert.Equal(!args[0].StartsWith('-'), CommandLine.IsCommand(args));

    [Fact]
    public void IsCommand_NoArgumentsOrOnlyOptions_StartsTheWebApp()
    {
        Assert.False(CommandLine.IsCommand([]));
        Assert.False(CommandLine.IsCommand(["--urls", "http://127.0.0.1:5000"]));
    }

    [Fact]
    public async Task RunAsync_Help_PrintsUsageAndReturnsZero()
    {
        var run = await RunAsync("help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out);
        foreach (var command in new[] { "migrate", "seed", "users add", "users token", "backup", "restore" })
            Assert.Contains(command, run.Out);
        Assert.False(run.HostBuilt);
    }

    [Theory]
    [InlineData("users", "add", "--help")]
    [InlineData("users", "add", "-h")]
    [InlineData("backup", "--help")]
    [InlineData("migrate", "--help")]
    public async Task RunAsync_CommandHelp_PrintsItsOptionsAndReturnsZero(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage: " + string.Join(' ', args.TakeWhile(a => !a.StartsWith('-'))), run.Out);
        Assert.Equal("", run.Error);
        Assert.False(run.HostBuilt);
    }

    [Fact]
    public async Task RunAsync_UsersAddHelp_ListsTheRequiredOptions()
    {
        var run = await RunAsync("users", "add", "--help");
        Assert.Contains("--email VALUE", run.Out);
        Assert.Contains("--name VALUE", run.Out);
        Assert.Contains("--role VALUE", run.Out);
        Assert.Contains("[--organisation VALUE]", run.Out);
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_ReturnsTwoWithoutBuildingTheApp()
    {
        var run = await RunAsync("frobnicate", "--now");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown command 'frobnicate'", run.Error);
        Assert.Contains("Usage:", run.Error);
        Assert.False(run.HostBuilt);
    }

    [Fact]
    public async Task RunAsync_UsersWithoutSubcommand_IsUnknown()
    {
        var run = await RunAsync("users");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown command 'users'", run.Error);
        Assert.False(run.HostBuilt);
    }

    [Fact]
    public async Task RunAsync_UsersAddWithoutEmail_ReturnsTwoNamingTheMissingOption()
    {
        var run = await RunAsync("users", "add", "--name", "Maija Meikäläinen", "--role", "coordinator");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Missing: --email.", run.Error);
        Assert.Contains("Usage: users add", run.Error);
        Assert.False(run.HostBuilt);
    }

    [Fact]
    public async Task RunAsync_UsersAddWithNothing_NamesEveryMissingOption()
    {
        var run = await RunAsync("users", "add");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Missing: --email, --name, --role.", run.Error);
        Assert.False(run.HostBuilt);
    }

    [Theory]
    [InlineData("migrate", "--force")]
    [InlineData("users", "add", "--email", "maija@example.fi", "--name", "Maija", "--role", "admin", "--colour", "red")]
    [InlineData("backup", "--to=x.bak", "--yes")] // --yes is a flag of restore only
    public async Task RunAsync_UnknownOption_ReturnsTwo(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown option --", run.Error);
        Assert.False(run.HostBuilt);
    }

    [Theory]
    [InlineData("backup", "--to")]
    [InlineData("backup", "--to=")]
    [InlineData("backup", "--to", "--to")]
    [InlineData("users", "add", "--email", "--name", "Maija", "--role", "admin")]
    public async Task RunAsync_OptionWithoutValue_ReturnsTwo(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("needs a value", run.Error);
        Assert.False(run.HostBuilt);
    }

    [Theory]
    [InlineData("seed", "now")]
    [InlineData("migrate", "-v")]
    public async Task RunAsync_StrayArgument_ReturnsTwo(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unexpected argument", run.Error);
        Assert.False(run.HostBuilt);
    }

    [Fact]
    public async Task RunAsync_UsersAddWithUnknownRole_ReturnsTwoWithoutOpeningTheDatabase()
    {
        // The role is checked after the app is built (the command needs it); nothing may have been opened, migrated or written.
        var run = await RunAsync("users", "add", "--email", "maija@example.fi", "--name", "Maija", "--role", "banana");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--role must be one of: admin, coordinator, representative, professional.", run.Error);
        Assert.Equal("", run.Out);
        Assert.False(run.HostBuilt, "The database file was created.");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("366")] // at most a year (issue #12)
    [InlineData("soon")]
    public async Task RunAsync_UsersTokenWithBadDays_ReturnsTwoBeforeTouchingAccounts(string days)
    {
        var run = await RunAsync("users", "token", "--email", "maija@example.fi", "--days", days);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--days must be a whole number from 1 to 365 (without it, 90).", run.Error);
        Assert.False(run.HostBuilt, "The database file was created.");
    }
}
