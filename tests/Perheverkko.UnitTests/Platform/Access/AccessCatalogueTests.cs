using Perheverkko.Web.Platform.Access;

namespace Perheverkko.UnitTests.Platform.Access;

/// <summary>
/// The access model as a reader checks it: every action with its rules, written out here independently of
/// <see cref="AccessCatalogue.Rules"/>, and what each role may do where (own organisation, another organisation,
/// no organisation, another region, national).
/// </summary>
public sealed class AccessCatalogueTests
{
    /// <summary>
    /// Every action with its rules, one line each, as <see cref="CatalogueText.Render"/> writes them. A change of
    /// the catalogue is a change of who may do what: change this table with it, deliberately.
    /// </summary>
    private const string ExpectedTable = """
        ViewStaffArea: Admin (own region); Coordinator (own region); Representative (own region); Professional (own region)
        ViewOrganisationContacts: Admin (own region); Coordinator (own region); Representative (own region); Professional (own region)
        CreateOrganisation: Admin (own region); Coordinator (own region)
        EditOrganisation: Admin (own region); Coordinator (own region); Representative (own organisation)
        ManageContactPersons: Admin (own region); Coordinator (own region); Representative (own organisation)
        ViewAuditTrail: Admin (own region); Coordinator (own region)
        ViewOutbox: Admin (own region); Coordinator (own region)
        ManageUsers: Admin (own region)
        ManageOwnTokens: Admin (own region); Coordinator (own region); Representative (own region); Professional (own region)
        ViewGroups: Admin (own region); Coordinator (own region); Representative (own region); Professional (own region)
        ViewGroup: Admin (own region); Coordinator (own region); staff of a party, for a group open to the parties; member of the group
        ManageGroups: Admin (own region); Coordinator (own region)
        PrepareMeeting: Admin (own region); Coordinator (own region); chair of the group
        RecordMeeting: Admin (own region); Coordinator (own region); chair of the group; secretary of the group
        ApproveMinutes: Admin (own region); chair of the group
        DraftAgreement: Admin (own region); Coordinator (own region)
        CommentOnAgreementDraft: Admin (own region); Coordinator (own region); Representative who is staff of a party to the version
        ViewAgreementDrafts: Admin (own region); Coordinator (own region); Representative (own region); Professional (own region)
        RecordOrganHandling: Admin (own region); Coordinator (own region); Representative (own organisation)
        ViewAgreementSigning: Admin (own region); Coordinator (own region); Representative (own region); Professional (own region)
        RecordPartyDecision: Admin (own region); Coordinator (own region); Representative (own organisation)
        NameSignatories: Admin (own region); Coordinator (own region); Representative (own organisation)
        ManageAgreementParties: Admin (own region); Coordinator (own region)
        SignAgreement: named signatory of the party
        GiveNotice: Admin (own region); Representative (own organisation)
        ViewAgreementAnnex: Admin (own region); Coordinator (own region); staff of a party to the version
        EditDirectory: Admin (own region); Coordinator (own region); Representative (own organisation); Professional (own organisation); Representative who is representative of the place's municipality
        ManageRegions: Admin (national)
        EditRegionTerms: Admin (own region); Coordinator (own region)
        ViewAdviceQueue: Admin (own region); Coordinator (own region); member of a Perheneuvo team
        HandleFamilyContact: member of the contact's Perheneuvo team; worker of the contact; Coordinator who is handler of the regional queue; Admin who is handler of the regional queue
        ManageFamilyAdvice: Admin (own region); Coordinator (own region)
        ViewAdviceStatistics: Admin (own region); Coordinator (own region); Representative (own region); Professional (own region)
        ManageWorkforce: Representative (own organisation); Coordinator (own organisation)
        ViewWorkforceOverview: Admin (own region); Coordinator (own region)
        WriteAnnouncements: Admin (own region); Coordinator (own region); Representative (own organisation); Professional (own organisation)
        SendBulletins: Admin (own region); Coordinator (own region)
        ViewBulletins: Admin (own region); Coordinator (own region); Representative (own region); Professional (own region)
        ManageMaterials: Admin (own region); Coordinator (own region); Representative (own organisation); Professional (own organisation)
        ViewMaterials: Admin (own region); Coordinator (own region); Representative (own region); Professional (own region)
        ViewYearCycle: Admin (own region); Coordinator (own region); Representative (own region); Professional (own region)
        DraftActionPlan: Admin (own region); Coordinator (own region)
        CommentOnActionPlan: Admin (own region); Coordinator (own region); Representative (own region)
        ManageYearClock: Admin (own region); Coordinator (own region)
        FillMunicipalEvaluation: Admin (own region); Coordinator (own region); Representative (own organisation); Professional (own organisation)
        ManageFamilySurvey: Admin (own region); Coordinator (own region)
        ReadSurveyFreeText: Coordinator (own region)
        ManageIndicators: Admin (own region); Coordinator (own region)
        CompileAnnualReport: Admin (own region); Coordinator (own region)
        SyncWithPtv: Admin (own region); Coordinator (own region); Representative (own organisation)
        """;

    [Fact]
    public void Every_action_is_granted_by_exactly_the_rules_written_out_here()
    {
        var expected = Lines(ExpectedTable);
        var actual = Lines(CatalogueText.Render());
        var diff = Diff(expected, actual);
        Assert.True(diff.Count == 0,
            "AccessCatalogue.Rules differs from the expected table (- expected, + actual). If the change is meant, change "
            + "the table of this test and the one in docs/access.md:\n" + string.Join('\n', diff));
    }

    [Fact]
    public void Every_action_has_rules_and_a_line_in_the_expected_table()
    {
        var listed = Lines(ExpectedTable).Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)]).ToHashSet();
        var missing = Enum.GetValues<StaffAction>().Where(a => !AccessCatalogue.Rules.TryGetValue(a, out var rules) || rules.Length == 0).ToList();
        Assert.True(missing.Count == 0, $"Actions without rules: {string.Join(", ", missing)}");
        var unlisted = Enum.GetValues<StaffAction>().Where(a => !listed.Contains(a.ToString())).ToList();
        Assert.True(unlisted.Count == 0, $"Add these actions to the expected table of this test: {string.Join(", ", unlisted)}");
    }

    [Fact]
    public void Every_relationship_is_decided_by_one_source_and_named_once()
    {
        var relationships = AccessCatalogue.Rules.Values.SelectMany(r => r).OfType<ByRelationship>().Select(r => r.Relationship).Distinct().ToList();
        Assert.Equal(relationships.Count, relationships.Select(r => r.Name).Distinct().Count());
        Assert.All(relationships, r => Assert.False(string.IsNullOrWhiteSpace(r.Meaning), r.Name));
    }

    /// <summary>Lines of a table, trimmed, without blanks.</summary>
    internal static List<string> Lines(string table) =>
        table.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>A line diff keyed by action: "- expected" and "+ actual" for every line that differs, in order.</summary>
    internal static List<string> Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        static string Key(string line) => line.Split(':')[0];
        var actualByKey = actual.ToDictionary(Key);
        var expectedByKey = expected.ToDictionary(Key);
        var diff = new List<string>();
        foreach (var line in expected)
        {
            if (!actualByKey.TryGetValue(Key(line), out var other)) diff.Add($"- {line}   (no such action in the catalogue)");
            else if (other != line) { diff.Add($"- {line}"); diff.Add($"+ {other}"); }
        }
        diff.AddRange(actual.Where(line => !expectedByKey.ContainsKey(Key(line))).Select(line => $"+ {line}   (not in the expected table)"));
        return diff;
    }
}
