using System.Security.Cryptography;
using System.Text;
using Perheverkko.Web.Platform.Search;

namespace Perheverkko.Testing.Search;

/// <summary>One query of the recall set and the items it must (or must not) find.</summary>
public sealed record RecallCase(string Query, IReadOnlyList<string> Expected, bool MustNotFind, bool Required)
{
    public override string ToString() => $"{Query} {(MustNotFind ? "!>" : "->")} {string.Join(' ', Expected)}";
}

/// <summary>
/// The Finnish recall set (finnish-recall.txt) over a small fictional directory (directory-sample.txt), shared by the
/// analyser's unit tests and the index's integration tests.
/// </summary>
public static class RecallSet
{
    public static IReadOnlyDictionary<string, SearchDocument> Documents { get; } = LoadDocuments();

    public static IReadOnlyList<RecallCase> Cases { get; } = LoadCases();

    /// <summary>A stable id per key, the same in every run and on both databases.</summary>
    public static Guid IdOf(string key) => new(MD5.HashData(Encoding.UTF8.GetBytes("recall:" + key)));

    public static string KeyOf(Guid id) => Documents.Single(d => d.Value.ItemId == id).Key;

    /// <summary>The share of expected items found, over every positive case, and the cases with a miss.</summary>
    public static (double Recall, IReadOnlyList<string> Misses) Measure(IEnumerable<RecallCase> cases, Func<RecallCase, IReadOnlyCollection<string>> find)
    {
        int expected = 0, found = 0;
        var misses = new List<string>();
        foreach (var recallCase in cases.Where(c => !c.MustNotFind))
        {
            var hits = find(recallCase);
            var missing = recallCase.Expected.Where(k => !hits.Contains(k)).ToList();
            expected += recallCase.Expected.Count;
            found += recallCase.Expected.Count - missing.Count;
            if (missing.Count > 0) misses.Add($"{recallCase.Query} missed {string.Join(' ', missing)}");
        }
        return (expected == 0 ? 0 : (double)found / expected, misses);
    }

    private static IEnumerable<string> Lines(string file)
    {
        using var stream = typeof(RecallSet).Assembly.GetManifestResourceStream("Perheverkko.Testing.Search." + file)
            ?? throw new InvalidOperationException($"{file} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
            if (line.Trim() is { Length: > 0 } trimmed && !trimmed.StartsWith('#')) yield return trimmed;
    }

    private static Dictionary<string, SearchDocument> LoadDocuments() => Lines("directory-sample.txt")
        .Select(line => line.Split('|').Select(f => f.Trim()).ToArray())
        .ToDictionary(f => f[0], f => new SearchDocument(f[1], IdOf(f[0]),
            [new SearchText(f[4], f[3])],
            // The municipality's name is Finnish in every document, as the directory gives it.
            [new SearchText(f[5], f[3]), new SearchText(f[2], "fi")]));

    private static List<RecallCase> LoadCases() => Lines("finnish-recall.txt").Select(line =>
    {
        var mustNot = line.Contains(" !> ", StringComparison.Ordinal);
        var parts = line.Split(mustNot ? " !> " : " -> ");
        var targets = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var required = targets.Remove("required");
        foreach (var key in targets)
            if (!Documents.ContainsKey(key)) throw new InvalidOperationException($"finnish-recall.txt names {key}, which is not in directory-sample.txt.");
        return new RecallCase(parts[0].Trim(), targets, mustNot, required);
    }).ToList();
}
