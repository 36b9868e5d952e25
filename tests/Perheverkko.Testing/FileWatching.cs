using System.Runtime.CompilerServices;

namespace Perheverkko.Testing;

/// <summary>
/// Every test app (and every command-line run) of a test process watches its configuration files and web root for
/// changes; with inotify each watcher takes one of the user's 128 inotify instances, and a test run with hundreds of
/// apps on a busy machine ran out of them ("The configured user limit (128) on the number of inotify instances has
/// been reached"). Tests never change those files while running: polling watchers take no inotify instance.
/// </summary>
internal static class FileWatching
{
    // CA2255 warns libraries off module initializers; this library is the test harness, loaded only by test processes.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void PollInsteadOfInotify() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
}
