using Perheverkko.UnitTests.Support;

namespace Perheverkko.UnitTests.Platform.Access;

/// <summary>docs/access.md lists every action with its rules; this keeps that table equal to the catalogue.</summary>
public sealed class AccessDocumentTests
{
    private const string Start = "<!-- access-table:start -->";
    private const string End = "<!-- access-table:end -->";

    [Fact]
    public void The_table_in_docs_access_md_is_the_catalogue()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "access.md"));
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/access.md has lost its table markers {Start} … {End}.");

        // "| Action | rule; rule |" rows, without the header and its rule line.
        var documented = document[(start + Start.Length)..end].Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('|') && !line.StartsWith("| Action", StringComparison.Ordinal) && !line.StartsWith("| ---", StringComparison.Ordinal))
            .Select(line => line.Trim('|').Split('|', 2) is [var action, var rules] ? $"{action.Trim()}: {rules.Trim()}" : line)
            .ToList();
        var diff = AccessCatalogueTests.Diff(documented, AccessCatalogueTests.Lines(CatalogueText.Render()));
        Assert.True(diff.Count == 0,
            "The table of docs/access.md differs from AccessCatalogue.Rules (- the document, + the catalogue). Write these rows into it:\n"
            + string.Join('\n', diff)
            + "\n\nThe whole table as it should be:\n| Action | Rules |\n| --- | --- |\n"
            + string.Join('\n', AccessCatalogueTests.Lines(CatalogueText.Render()).Select(l => "| " + l.Replace(": ", " | ", StringComparison.Ordinal) + " |")));
    }
}
