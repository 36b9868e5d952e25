using System.Text.RegularExpressions;

namespace Perheverkko.Web.Features.Agreements;

public enum BodyBlockKind { Paragraph, List, Subheading }

public sealed record BodyBlock(BodyBlockKind Kind, IReadOnlyList<string> Lines);

/// <summary>
/// How a section's plain-text body is shown: paragraphs split by empty lines, a paragraph of "- " lines as a list,
/// and a short paragraph like "ii. Yhteistyön tavoitteet" as a subheading (the agreements number their subsections i–iv).
/// </summary>
public static partial class AgreementBody
{
    public static IReadOnlyList<BodyBlock> Blocks(string body) =>
        AgreementText.Normalise(body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(paragraph =>
        {
            var lines = paragraph.TrimEnd('\n').Split('\n');
            if (lines.All(l => l.StartsWith("- ", StringComparison.Ordinal))) return new BodyBlock(BodyBlockKind.List, lines.Select(l => l[2..]).ToList());
            if (lines.Length == 1 && Subheading().IsMatch(lines[0])) return new BodyBlock(BodyBlockKind.Subheading, lines);
            return new BodyBlock(BodyBlockKind.Paragraph, lines);
        }).ToList();

    [GeneratedRegex(@"^(i|ii|iii|iv|v|vi|vii|viii|ix|x)\. \S.{0,120}$")]
    private static partial Regex Subheading();
}
