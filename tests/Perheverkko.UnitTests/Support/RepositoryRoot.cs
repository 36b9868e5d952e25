namespace Perheverkko.UnitTests.Support;

/// <summary>The checkout the tests run from: the first folder above the test binaries that holds Perheverkko.slnx.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Perheverkko.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Perheverkko.slnx above {AppContext.BaseDirectory}.");
    });

    public static string Path => Root.Value;

    public static string WebProject => System.IO.Path.Combine(Path, "src", "Perheverkko.Web");

    public static string TextsFolder => System.IO.Path.Combine(WebProject, "Platform", "Localization", "Texts");
}
