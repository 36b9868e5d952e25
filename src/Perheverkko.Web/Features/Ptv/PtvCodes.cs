using System.Text.RegularExpressions;
using Perheverkko.Web.Features.Directory;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>One code of PTV's code lists with its Finnish name and what it means here.</summary>
public sealed record PtvCode(string Code, string NameFi, IReadOnlyList<Topic> Topics, IReadOnlyList<Audience> Audiences)
{
    public string Uri => PtvCodes.UriOf(Code);
}

/// <summary>
/// The mapping between the directory's values and PTV's code lists — service classes (ptvserclass2, P-codes), target groups
/// (ptvkohderyhmat, KR-codes), life events (ptvelamantilanteet, KE-codes) and languages — as data, documented in
/// docs/ptv.md. PTV's input API takes the codes' URIs; its Open API serves code, URI and name.
/// </summary>
public static partial class PtvCodes
{
    public const string ServiceClassList = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/";
    public const string TargetGroupList = "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/";
    public const string LifeEventList = "http://uri.suomi.fi/codelist/ptv/ptvelamantilanteet/code/";

    private static PtvCode C(string code, string name, params Topic[] topics) => new(code, name, topics, []);
    private static PtvCode A(string code, string name, params Audience[] audiences) => new(code, name, [], audiences);

    /// <summary>
    /// PTV's service classes that families' services fall in, with the topics each says. A class outside this table is still
    /// PTV's (<see cref="IsKnown"/> knows every top class P1–P28 and their subclasses by form) but says no topic.
    /// </summary>
    public static readonly IReadOnlyList<PtvCode> ServiceClasses =
    [
        C("P3", "Perheiden palvelut"),
        C("P3.1", "Parisuhde", Topic.Relationships),
        C("P3.2", "Lapsen saaminen", Topic.Pregnancy),
        C("P3.5", "Perheasioiden sovittelu ja perheoikeus", Topic.Separation),
        C("P3.6", "Lapsiperheiden sosiaalipalvelut", Topic.Parenting),
        C("P3.7", "Kasvatus- ja perheneuvonta", Topic.Parenting, Topic.ChildDevelopment),
        C("P3.8", "Lastensuojelu"),
        C("P4.11", "Kotouttaminen", Topic.Multicultural),
        C("P4.12", "Sosiaalipalvelujen vertais- ja vapaaehtoistoiminta", Topic.OpenMeeting),
        C("P4.13", "Sosiaalipalvelujen neuvonta- ja ohjauspalvelut", Topic.Guidance),
        C("P5.1", "Perusterveydenhuolto", Topic.Health),
        C("P5.2", "Neuvolapalvelut", Topic.Pregnancy, Topic.BabyCare, Topic.ChildDevelopment),
        C("P5.7", "Päihde- ja mielenterveyspalvelut", Topic.MentalHealth),
        C("P5.9", "Koulu- ja opiskelijaterveydenhuolto", Topic.Health),
        C("P5.17", "Terveyden ja hyvinvoinnin neuvonta- ja ohjauspalvelut", Topic.Health, Topic.Guidance),
        C("P25.5", "Vapaa-ajan palvelut", Topic.Leisure),
        C("P28.2", "Nuorten harrastukset ja omaehtoinen toiminta", Topic.Leisure),
        C("P28.5", "Ohjaamot sekä muut nuorten tieto-, neuvonta- ja ohjauspalvelut", Topic.Guidance),
    ];

    /// <summary>PTV's target groups for citizens (KR1 and its subgroups) and businesses (KR2).</summary>
    public static readonly IReadOnlyList<PtvCode> TargetGroups =
    [
        A("KR1", "Kansalaiset"),
        A("KR1.1", "Ikäihmiset"),
        A("KR1.2", "Lapset ja lapsiperheet", Audience.Families, Audience.Children),
        A("KR1.3", "Nuoret", Audience.Youth),
        A("KR1.4", "Pitkäaikaissairaat"),
        A("KR1.5", "Ulkosuomalaiset"),
        A("KR1.6", "Vammaiset"),
        A("KR2", "Yritykset ja yhteisöt"),
    ];

    /// <summary>
    /// PTV's life events (KE1–KE14 and their subcodes KE1.1, KE4.1–KE4.4). Known by code only: none of them says a topic
    /// here, and an export sends none (PTV does not require them).
    /// </summary>
    public static readonly IReadOnlyList<string> LifeEvents =
        ["KE1", "KE1.1", "KE2", "KE3", "KE4", "KE4.1", "KE4.2", "KE4.3", "KE4.4", "KE5", "KE6", "KE7", "KE8", "KE9", "KE10", "KE11", "KE12", "KE13", "KE14"];

    /// <summary>The service class an export sends for each topic (the first one a topic appears with, or the closest class).</summary>
    private static readonly IReadOnlyDictionary<Topic, string[]> ClassesOfTopic = new Dictionary<Topic, string[]>
    {
        [Topic.OpenMeeting] = ["P4.12"],
        [Topic.Parenting] = ["P3.7"],
        [Topic.Relationships] = ["P3.1"],
        [Topic.Separation] = ["P3.5"],
        [Topic.Pregnancy] = ["P3.2", "P5.2"],
        [Topic.BabyCare] = ["P5.2"],
        [Topic.ChildDevelopment] = ["P3.7"],
        [Topic.Health] = ["P5.1"],
        [Topic.MentalHealth] = ["P5.7"],
        // PTV has no class of its own for violence: its services are counselling and guidance.
        [Topic.Violence] = ["P4.13"],
        [Topic.Multicultural] = ["P4.11"],
        [Topic.Leisure] = ["P25.5"],
        [Topic.Guidance] = ["P4.13"],
    };

    /// <summary>The class a service gets from its level alone, when it has no topic (PTV requires at least one class).</summary>
    private static string ClassOfLevel(ServiceLevel level) => level switch
    {
        ServiceLevel.BasicHealth or ServiceLevel.Specialised => "P5.1",
        ServiceLevel.BasicSocial => "P3.6",
        _ => "P3",
    };

    /// <summary>The target groups an export sends for each audience: families' services are for children and families (KR1.2).</summary>
    private static string[] GroupsOfAudience(Audience audience) => audience switch
    {
        Audience.Youth => ["KR1.3"],
        _ => ["KR1.2"],
    };

    public static string UriOf(string code) => code.StartsWith("KR", StringComparison.Ordinal) ? TargetGroupList + code
        : code.StartsWith("KE", StringComparison.Ordinal) ? LifeEventList + code : ServiceClassList + code;

    /// <summary>The URIs of the service classes a service with these topics belongs to (at least one: PTV requires it).</summary>
    public static IReadOnlyList<string> ServiceClassUris(IEnumerable<Topic> topics, ServiceLevel level)
    {
        var codes = topics.Distinct().Order().SelectMany(t => ClassesOfTopic[t]).Distinct().ToList();
        if (codes.Count == 0) codes.Add(ClassOfLevel(level));
        return codes.Select(UriOf).ToList();
    }

    /// <summary>The URIs of the target groups for these audiences (at least one: PTV requires it). Citizens (KR1) always.</summary>
    public static IReadOnlyList<string> TargetGroupUris(IEnumerable<Audience> audiences) =>
        new[] { "KR1" }.Concat(audiences.Distinct().Order().SelectMany(GroupsOfAudience)).Distinct().Select(UriOf).ToList();

    public static IReadOnlyList<string> LifeEventUris(IEnumerable<Topic> topics, IEnumerable<Audience> audiences) => [];

    /// <summary>The topics that PTV's service classes and life events of a service say (codes such as "P3.1", "KE3").</summary>
    public static IReadOnlyList<Topic> Topics(IEnumerable<string> serviceClassCodes, IEnumerable<string> lifeEventCodes)
    {
        var codes = serviceClassCodes.Select(Normalise).ToHashSet();
        return ServiceClasses.Where(c => codes.Contains(c.Code)).SelectMany(c => c.Topics).Distinct().Order().ToList();
    }

    public static IReadOnlyList<Audience> Audiences(IEnumerable<string> targetGroupCodes)
    {
        var codes = targetGroupCodes.Select(Normalise).ToHashSet();
        return TargetGroups.Where(c => codes.Contains(c.Code)).SelectMany(c => c.Audiences).Distinct().Order().ToList();
    }

    /// <summary>
    /// Whether the code is one of PTV's (service class, target group or life event) that the table knows: a target group or
    /// life event of the tables, or a service class of PTV's 28 top classes (P1–P28, with subclasses such as P5.17).
    /// </summary>
    public static bool IsKnown(string code)
    {
        var c = Normalise(code);
        if (TargetGroups.Any(t => t.Code == c) || LifeEvents.Contains(c)) return true;
        var match = ServiceClassFormat().Match(c);
        return match.Success && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 28;
    }

    /// <summary>Whether PTV's language code (ISO 639-1, e.g. "fi") is one the directory keeps: any two-letter code, as an editor may give.</summary>
    public static bool IsLanguage(string code) => LanguageFormat().IsMatch(code);

    /// <summary>The code of a code or of its URI ("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P5.2" → "P5.2").</summary>
    public static string Normalise(string codeOrUri)
    {
        var text = codeOrUri.Trim();
        var slash = text.LastIndexOf('/');
        return (slash >= 0 ? text[(slash + 1)..] : text).ToUpperInvariant();
    }

    /// <summary>A level a new service gets from its classes: health care, social services, or open to all.</summary>
    public static ServiceLevel LevelOf(IEnumerable<string> serviceClassCodes)
    {
        var codes = serviceClassCodes.Select(Normalise).ToList();
        if (codes.Any(c => c.StartsWith("P5.", StringComparison.Ordinal) && c != "P5.17")) return ServiceLevel.BasicHealth;
        if (codes.Any(c => c is "P3.6" or "P3.8" || c.StartsWith("P4.", StringComparison.Ordinal) && c is not "P4.12")) return ServiceLevel.BasicSocial;
        return ServiceLevel.Universal;
    }

    [GeneratedRegex(@"^P([0-9]{1,2})(\.[0-9]{1,2})?$")]
    private static partial Regex ServiceClassFormat();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageFormat();
}
