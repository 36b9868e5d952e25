using System.Diagnostics;
using System.Text.Json;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>The build writes src/Perheverkko.Web/openapi/v1.json; it must match what the app serves and be committed as it is.</summary>
public sealed class OpenApiDocumentTests
{
    private const string DocumentPath = "src/Perheverkko.Web/openapi/v1.json";

    [Fact]
    public async Task The_served_document_is_the_committed_one()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var served = await app.Anonymous().GetStringAsync("/openapi/v1.json");
        var root = RepositoryRoot();
        var inWorkTree = await File.ReadAllTextAsync(Path.Combine(root, DocumentPath));
        Assert.Equal(Normalise(inWorkTree), Normalise(served));

        var committed = Git(root, "show", $"HEAD:{DocumentPath}");
        if (committed is not null)
            Assert.True(Normalise(committed) == Normalise(served),
                $"{DocumentPath} is stale: the build regenerated it; commit the new version.");
    }

    [Fact]
    public async Task Every_operation_has_a_name_a_summary_and_a_tag()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        using var doc = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json"));
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            Assert.True(operation.Value.TryGetProperty("operationId", out _), $"{operation.Name} {path.Name} has no name");
            Assert.True(operation.Value.TryGetProperty("summary", out _), $"{operation.Name} {path.Name} has no summary");
            Assert.True(operation.Value.TryGetProperty("tags", out _), $"{operation.Name} {path.Name} has no tag");
        }
    }

    private static string Normalise(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Perheverkko.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    private static string? Git(string root, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
    }
}
