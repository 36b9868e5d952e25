using System.Diagnostics;

namespace Perheverkko.Testing;

/// <summary>
/// Clean-up that runs when this test process has ended, however it ended. The test host may stop a process before
/// its exit handlers finish, which left PostgreSQL servers and temporary folders behind; a detached shell that waits
/// for our process id to disappear does the clean-up instead.
/// </summary>
public static class AfterExit
{
    public static void Run(string shellCommands)
    {
        var start = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = false,
            RedirectStandardOutput = false,
            RedirectStandardError = false,
        };
        start.ArgumentList.Add("bash");
        start.ArgumentList.Add("-c");
        // Its output goes nowhere, so no pipe of the test run is held open by it.
        start.ArgumentList.Add($"exec > /dev/null 2>&1 < /dev/null; while kill -0 {Environment.ProcessId}; do sleep 1; done; {shellCommands}");
        using var _ = Process.Start(start);
    }

    /// <summary>Quotes a value for the shell.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
