using Perheverkko.UnitTests.Support;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.UnitTests.Platform.Access;

/// <summary>
/// docs/access.md says, role by role, what a role alone lets a person change (issue #12 item 7: "the role named
/// professional edits only what the documentation says it does"). Reading (View*, Read*) and relationships (a chair,
/// a named signatory, a Perheneuvo team member) are not in that list: they come from what a person is, not their role.
/// </summary>
public sealed class RoleDocumentTests
{
    private const string Start = "<!-- roles-table:start -->";
    private const string End = "<!-- roles-table:end -->";

    [Fact]
    public void The_roles_table_in_docs_access_md_names_every_change_a_role_grants()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "access.md"));
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/access.md has lost its roles table markers {Start} … {End}.");

        // "| Role | what it is | Action, Action |" rows.
        var documented = document[(start + Start.Length)..end].Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('|') && !line.StartsWith("| Role", StringComparison.Ordinal) && !line.StartsWith("| ---", StringComparison.Ordinal))
            .Select(line => line.Trim('|').Split('|') is [var role, _, var actions]
                ? $"{role.Trim()}: {string.Join(", ", actions.Split(',').Select(a => a.Trim().Trim('`')).Where(a => a.Length > 0).Order(StringComparer.Ordinal))}"
                : line)
            .ToList();
        var expected = Enum.GetValues<StaffRole>().Select(role => $"{role}: {string.Join(", ", ChangesGrantedTo(role))}").ToList();
        Assert.True(documented.SequenceEqual(expected),
            "The roles table of docs/access.md differs from AccessCatalogue.Rules. By the catalogue, a role alone lets a person change:\n"
            + string.Join('\n', expected));
    }

    [Fact]
    public void A_professional_changes_only_their_own_organisations_directory_announcements_materials_and_evaluation()
    {
        // Pinned here as well as in the document: widening the professional's role is a decision, not a side effect.
        Assert.Equal(["EditDirectory", "FillMunicipalEvaluation", "ManageMaterials", "ManageOwnTokens", "WriteAnnouncements"],
            ChangesGrantedTo(StaffRole.Professional));
        // ... and each of them only for their own organisation (their tokens are their own anyway).
        var changes = AccessCatalogue.Rules.Where(kv => !IsReading(kv.Key) && kv.Key != StaffAction.ManageOwnTokens)
            .SelectMany(kv => kv.Value.OfType<ByRole>().Where(r => r.Role == StaffRole.Professional));
        Assert.All(changes, rule => Assert.Equal(Scope.OwnOrganisation, rule.Scope));
    }

    private static List<string> ChangesGrantedTo(StaffRole role) =>
        AccessCatalogue.Rules.Where(kv => !IsReading(kv.Key) && kv.Value.OfType<ByRole>().Any(r => r.Role == role))
            .Select(kv => kv.Key.ToString()).Order(StringComparer.Ordinal).ToList();

    private static bool IsReading(StaffAction action) =>
        action.ToString().StartsWith("View", StringComparison.Ordinal) || action.ToString().StartsWith("Read", StringComparison.Ordinal);
}
