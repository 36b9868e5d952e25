using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Perheverkko.UnitTests.Support;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Platform.Localization;

/// <summary>
/// The three text files agree with each other and with the code that uses them, so a missing translation or a
/// misspelt key fails here rather than on a user's page (where it would show as the bare key).
/// </summary>
public sealed partial class TextsTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>>> Files = new(() =>
        Texts.Languages.ToDictionary(l => l, l => ReadFile(Path.Combine(RepositoryRoot.TextsFolder, l + ".json"))));

    private static readonly Lazy<Texts> Loaded = new(() => new Texts());

    /// <summary>Every property in file order, duplicates included (a dictionary would hide them).</summary>
    private static IReadOnlyList<KeyValuePair<string, string>> ReadFile(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        return document.RootElement.EnumerateObject().Select(p =>
        {
            Assert.True(p.Value.ValueKind == JsonValueKind.String, $"{Path.GetFileName(path)}: '{p.Name}' is not a string.");
            return KeyValuePair.Create(p.Name, p.Value.GetString()!);
        }).ToList();
    }

    private static HashSet<string> KeysOf(string language) => Files.Value[language].Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> FinnishKeys => KeysOf("fi");

    public static TheoryData<string> OtherLanguages() => new(Texts.Languages.Where(l => l != Texts.DefaultLanguage));

    public static TheoryData<string> AllLanguages() => new(Texts.Languages);

    [Fact]
    public void The_languages_are_Finnish_Swedish_and_English_with_Finnish_first()
    {
        Assert.Equal(["fi", "sv", "en"], Texts.Languages);
        Assert.Equal("fi", Texts.DefaultLanguage);
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Each_language_has_exactly_the_keys_of_Finnish(string language)
    {
        var keys = KeysOf(language);
        var missing = FinnishKeys.Except(keys).Order(StringComparer.Ordinal).ToList();
        var extra = keys.Except(FinnishKeys).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{language}.json: missing [{string.Join(", ", missing)}]; not in fi.json [{string.Join(", ", extra)}]");
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void No_key_appears_twice_in_a_file(string language)
    {
        var duplicates = Files.Value[language].GroupBy(p => p.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"{language}.json repeats: {string.Join(", ", duplicates)}");
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void No_text_is_empty(string language)
    {
        var empty = Files.Value[language].Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Key).ToList();
        Assert.True(empty.Count == 0, $"{language}.json has empty texts: {string.Join(", ", empty)}");
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Each_translation_has_the_placeholders_of_the_Finnish_text(string language)
    {
        var finnish = Files.Value["fi"].ToDictionary(p => p.Key, p => p.Value);
        var wrong = Files.Value[language]
            .Where(p => finnish.ContainsKey(p.Key) && !Placeholders(p.Value).SetEquals(Placeholders(finnish[p.Key])))
            .Select(p => p.Key).ToList();
        Assert.True(wrong.Count == 0, $"{language}.json: placeholders differ from fi.json in {string.Join(", ", wrong)}");
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Every_text_is_a_valid_format_string(string language)
    {
        foreach (var (key, value) in Files.Value[language])
        {
            var args = Enumerable.Range(0, 10).Select(i => (object)$"a{i}").ToArray();
            var exception = Record.Exception(() => string.Format(CultureInfo.InvariantCulture, value, args));
            Assert.True(exception is null, $"{language}.json '{key}': {exception?.Message}");
        }
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void The_embedded_texts_are_the_files_in_the_source_tree(string language)
    {
        Assert.Equal(Files.Value[language].OrderBy(p => p.Key, StringComparer.Ordinal),
            Loaded.Value.All(language).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Get_UnknownKey_ReturnsTheKey() => Assert.Equal("no.such.key", Loaded.Value.Get("sv", "no.such.key"));

    [Fact]
    public void Of_EnumValue_IsItsTextInTheCurrentLanguage()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("fi-FI");
            Assert.Equal(Loaded.Value.Get("fi", "enum.OrganisationKind.Parish"), Loaded.Value.Of(OrganisationKind.Parish));
            CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
            Assert.Equal(Loaded.Value.Get("en", "enum.OrganisationKind.Parish"), Loaded.Value.Of(OrganisationKind.Parish));
            CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            Assert.Equal(Loaded.Value.Get("fi", "enum.OrganisationKind.Parish"), Loaded.Value.Of(OrganisationKind.Parish));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    // ---- the code against the texts -------------------------------------------------------------------------

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(RepositoryRoot.WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    /// <summary><c>T["key"]</c> and <c>T["key", args]</c>, in Razor (<c>@T[…]</c>) and in C#.</summary>
    [GeneratedRegex(@"\bT\[\s*""([^""]+)""")]
    private static partial Regex IndexerLiteral();

    /// <summary>Validation keys handed to <see cref="FieldError"/> via InputCheck.That / InputInvalid.For.</summary>
    [GeneratedRegex(@"""(validation\.[a-z_]+)""")]
    private static partial Regex ValidationLiteral();

    /// <summary>In Razor, any dotted lower-case literal is a text key (e.g. the error page's status → key switch).</summary>
    [GeneratedRegex(@"""([a-z_]+(?:\.[a-z_]+)+)""")]
    private static partial Regex DottedLiteral();

    private static List<(string File, string Key)> KeysUsedInSource()
    {
        var used = new List<(string, string)>();
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file);
            used.AddRange(IndexerLiteral().Matches(text).Select(m => (relative, m.Groups[1].Value)));
            used.AddRange(ValidationLiteral().Matches(text).Select(m => m.Groups[1].Value)
                .Where(k => k != InputInvalid.Code).Select(k => (relative, k)));
            if (file.EndsWith(".cshtml", StringComparison.Ordinal))
                used.AddRange(DottedLiteral().Matches(text).Select(m => (relative, m.Groups[1].Value)));
        }
        return used;
    }

    [Fact]
    public void The_source_scan_finds_the_keys_it_should()
    {
        var used = KeysUsedInSource();
        // Guards the scan itself: if the regexes or the root finding break, the next test would pass vacuously.
        Assert.True(used.Count > 100, $"Only {used.Count} key uses found.");
        Assert.Contains(used, u => u.Key == "front.title");
        Assert.Contains(used, u => u.Key == "front.parties");       // T["key", args]
        Assert.Contains(used, u => u.Key == "error.rate_limited");  // a literal in a Razor switch
        Assert.Contains(used, u => u.Key == "validation.slug");     // InputCheck.That in a use case
        Assert.Contains(used, u => u.Key == "signin.external_unknown" && u.File.EndsWith(".cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_key_used_in_the_source_exists_in_the_texts()
    {
        var missing = KeysUsedInSource().Where(u => !FinnishKeys.Contains(u.Key))
            .Select(u => $"{u.Key} ({u.File})").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Keys without texts:\n" + string.Join("\n", missing));
    }

    public static TheoryData<string> EnumsShownWithOf() => new(
        nameof(OrganisationKind), nameof(ContactRole), nameof(StaffRole), nameof(AuditOutcome), nameof(OutboxState),
        nameof(GroupKind), nameof(GroupVisibility), nameof(MembershipRole), nameof(GroupRoleKind), nameof(MeetingMode), nameof(MeetingStatus), nameof(AgendaItemKind), nameof(QuorumThreshold), nameof(AuditEvent));

    private static readonly Type[] EnumTypes = [typeof(OrganisationKind), typeof(ContactRole), typeof(StaffRole), typeof(AuditOutcome), typeof(OutboxState),
        typeof(GroupKind), typeof(GroupVisibility), typeof(MembershipRole), typeof(GroupRoleKind), typeof(MeetingMode), typeof(MeetingStatus), typeof(AgendaItemKind), typeof(QuorumThreshold), typeof(AuditEvent)];

    [Theory]
    [MemberData(nameof(EnumsShownWithOf))]
    public void Every_value_of_an_enum_shown_with_Of_has_a_text(string enumName)
    {
        var type = Assert.Single(EnumTypes, t => t.Name == enumName);
        var missing = Enum.GetNames(type).Select(v => $"enum.{type.Name}.{v}").Where(k => !FinnishKeys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, $"Missing: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_enum_key_in_the_texts_names_a_real_enum_value()
    {
        var enums = typeof(Texts).Assembly.GetTypes().Where(t => t.IsEnum).GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());
        var stale = FinnishKeys.Where(k => k.StartsWith("enum.", StringComparison.Ordinal)).Where(k =>
        {
            var parts = k.Split('.');
            return parts.Length != 3 || !enums.TryGetValue(parts[1], out var type) || !Enum.GetNames(type).Contains(parts[2]);
        }).ToList();
        Assert.True(stale.Count == 0, $"Enum keys without an enum value: {string.Join(", ", stale)}");
    }

    /// <summary>Every rule declared as a static field of a <c>…Rules</c> class: a form shows any of them via <c>rule.&lt;code&gt;</c>.</summary>
    public static TheoryData<string, string> DeclaredRules()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in typeof(Texts).Assembly.GetTypes().Where(t => t.Name.EndsWith("Rules", StringComparison.Ordinal)))
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.FieldType == typeof(Rule)))
            data.Add($"{type.Name}.{field.Name}", ((Rule)field.GetValue(null)!).Code);
        return data;
    }

    [Fact]
    public void The_rule_scan_finds_the_organisation_and_account_rules()
    {
        var names = DeclaredRules().Select(row => (string)row[0]).ToList();
        Assert.Contains("OrganisationRules.StaleVersion", names);
        Assert.Contains("OrganisationRules.BusinessIdInvalid", names);
        Assert.Contains("AccountRules.EmailTaken", names);
        Assert.Contains("AccountRules.TooManyTokens", names);
    }

    [Fact]
    public void Rule_codes_are_unique()
    {
        var codes = DeclaredRules().Select(row => (string)row[1]).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(DeclaredRules))]
    public void Every_declared_rule_has_a_text(string rule, string code)
    {
        Assert.True(FinnishKeys.Contains("rule." + code), $"{rule}: no text 'rule.{code}'");
    }

    [Fact]
    public void Every_rule_text_belongs_to_a_declared_rule()
    {
        var codes = DeclaredRules().Select(row => "rule." + (string)row[1]).ToHashSet(StringComparer.Ordinal);
        codes.Add("rule.concurrency.conflict"); // the platform's own answer to two saves at once (Platform/Web/Problems.cs), not a domain rule
        var stale = FinnishKeys.Where(k => k.StartsWith("rule.", StringComparison.Ordinal) && !codes.Contains(k)).ToList();
        Assert.True(stale.Count == 0, $"Rule texts without a rule (remove them with the rule): {string.Join(", ", stale)}");
    }
}
