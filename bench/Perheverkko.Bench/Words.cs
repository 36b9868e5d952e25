using Perheverkko.Web.Features.Directory;

namespace Perheverkko.Bench;

/// <summary>Word lists for the generated directory: plausible Finnish, all made up, no persons.</summary>
internal static class Words
{
    /// <summary>The wellbeing services counties' areas (places, not persons); Etelä-Savo is in the seed already.</summary>
    public static readonly string[] Regions =
    [
        "Etelä-Savo", "Itä-Uusimaa", "Keski-Uusimaa", "Länsi-Uusimaa", "Vantaa-Kerava", "Helsinki", "Varsinais-Suomi", "Satakunta",
        "Kanta-Häme", "Pirkanmaa", "Päijät-Häme", "Kymenlaakso", "Etelä-Karjala", "Pohjois-Savo", "Pohjois-Karjala", "Keski-Suomi",
        "Etelä-Pohjanmaa", "Pohjanmaa", "Keski-Pohjanmaa", "Pohjois-Pohjanmaa", "Kainuu", "Lappi",
    ];

    public static readonly string[] NameStarts =
    [
        "Koivu", "Mänty", "Kuusi", "Leppä", "Haapa", "Pihlaja", "Kallio", "Kivi", "Hiekka", "Sammal", "Kanerva", "Karpalo", "Puolukka",
        "Mustikka", "Lohi", "Hauki", "Ahven", "Joutsen", "Kurki", "Karhu", "Ilves", "Kettu", "Jänis", "Orava", "Kaisla", "Ruoko", "Pajun",
        "Tammi", "Vaahtera", "Lumi", "Kuu", "Tähti", "Aamu", "Ilta", "Tuuli", "Sade", "Myrsky", "Kulta", "Hopea", "Rauta",
    ];

    public static readonly string[] NameEnds = ["järvi", "koski", "salmi", "lahti", "niemi", "mäki", "vaara", "harju", "joki", "lampi", "ranta", "saari", "kylä", "vesi", "pelto"];

    public static readonly string[] PlaceNames = ["Perhetalo", "Perhekeskus", "Kohtaamispaikka", "Nuorisotila", "Seurakuntatalo", "Kirjasto", "Monitoimitalo", "Perhekahvila", "Kylätalo", "Asukastupa"];

    public static readonly string[] PlaceQualifiers = ["Pihlaja", "Satu", "Olohuone", "Tupa", "Majakka", "Kompassi", "Pesä", "Sopukka", "Kotipesä", "Leikkimaa", "Aurinko", "Kaisla"];

    public static readonly MeetingPlaceKind[] PlaceKinds = [MeetingPlaceKind.MeetingPlace, MeetingPlaceKind.MeetingPlace, MeetingPlaceKind.YouthSpace, MeetingPlaceKind.Other];

    public static readonly string[] PlaceDescriptions =
    [
        "Avoin kohtaamispaikka lapsiperheille keskustassa, lähellä linja-autoasemaa:",
        "Olohuonemainen tila, jossa voi tavata muita perheitä ja kysyä neuvoa:",
        "Perheiden ja nuorten yhteinen tila koulun vieressä:",
        "Kylätalon perhetila, jossa on leikkinurkka ja keittiö:",
    ];

    public static readonly string[] Streets = ["Koulukatu", "Kirkkotie", "Rantatie", "Puistokatu", "Asemantie", "Myllytie", "Torikatu", "Koivukuja", "Kauppakatu", "Sairaalantie", "Urheilutie", "Kalliokatu"];

    public static readonly string[] Accessibility =
    [
        "Esteetön sisäänkäynti, invapysäköinti ja esteetön wc.",
        "Sisäänkäynnillä kaksi porrasta ja luiska; hissi toiseen kerrokseen.",
        "Tilat katutasossa; lastenvaunuille oma paikka eteisessä.",
    ];

    public static readonly string[] Sentences =
    [
        "Toiminta on maksutonta ja kaikille avointa.",
        "Tule sellaisena kuin olet, ennakkoilmoittautumista ei tarvita.",
        "Paikalla on perheohjaaja, jolta voi kysyä arjen asioista.",
        "Tarjolla kahvia, mehua ja pientä purtavaa.",
        "Ryhmässä jaetaan kokemuksia ja saadaan vertaistukea.",
        "Lapsille on leikkejä, lauluja ja askartelua.",
        "Vanhemmat voivat vaihtaa kuulumisia sillä aikaa, kun lapset leikkivät.",
        "Ryhmä kokoontuu koko toimintakauden ajan syyslomaa ja joulua lukuun ottamatta.",
    ];

    public static readonly string[] Leaders = ["Perheohjaaja ja vapaaehtoinen", "Kaksi koulutettua vertaisohjaajaa", "Neuvolan terveydenhoitaja", "Nuoriso-ohjaaja"];

    public static readonly (string Name, ActivityKind Kind, Topic Topic, Audience Audience, int? AgeMin, int? AgeMax)[] Activities =
    [
        ("Perhekerho", ActivityKind.OpenActivity, Topic.OpenMeeting, Audience.Families, 0, 6),
        ("Vauvakahvila", ActivityKind.OpenActivity, Topic.BabyCare, Audience.Parents, 0, 1),
        ("Isä–lapsi-ryhmä", ActivityKind.PeerGroup, Topic.Parenting, Audience.Fathers, 0, 10),
        ("Eroauttamisen vertaisryhmä", ActivityKind.PeerGroup, Topic.Separation, Audience.Parents, null, null),
        ("Perhevalmennus", ActivityKind.ProfessionalGroup, Topic.Pregnancy, Audience.ExpectingFamilies, null, null),
        ("Nuorten ilta", ActivityKind.OpenActivity, Topic.Leisure, Audience.Youth, 13, 17),
        ("Muskari", ActivityKind.ProfessionalGroup, Topic.ChildDevelopment, Audience.Children, 1, 5),
        ("Satutuokio", ActivityKind.Event, Topic.ChildDevelopment, Audience.Children, 2, 7),
        ("Imetystukiryhmä", ActivityKind.PeerGroup, Topic.BabyCare, Audience.Parents, 0, 1),
        ("Kaksosperheiden tapaaminen", ActivityKind.PeerGroup, Topic.Parenting, Audience.Families, 0, 12),
        ("Liikuntakerho lapsiperheille", ActivityKind.OpenActivity, Topic.Health, Audience.Families, 2, 8),
        ("Vanhempainilta", ActivityKind.Event, Topic.Parenting, Audience.Parents, null, null),
        ("Monikulttuurinen perhekerho", ActivityKind.OpenActivity, Topic.Multicultural, Audience.Families, 0, 6),
        ("Parisuhdeilta", ActivityKind.ProfessionalGroup, Topic.Relationships, Audience.Parents, null, null),
        ("Leikkipuistotoiminta", ActivityKind.OpenActivity, Topic.Leisure, Audience.Children, 1, 6),
        ("Vauvaperheiden vertaisryhmä", ActivityKind.PeerGroup, Topic.BabyCare, Audience.Families, 0, 1),
    ];

    public static readonly (string Name, ServiceLevel Level, Topic Topic, Audience Audience)[] Services =
    [
        ("Äitiys- ja lastenneuvola", ServiceLevel.BasicHealth, Topic.Health, Audience.Families),
        ("Perheneuvola", ServiceLevel.Specialised, Topic.MentalHealth, Audience.Families),
        ("Lapsiperheiden kotipalvelu", ServiceLevel.BasicSocial, Topic.Parenting, Audience.Families),
        ("Kasvatus- ja perheneuvonta", ServiceLevel.BasicSocial, Topic.Guidance, Audience.Parents),
        ("Perhetyö", ServiceLevel.BasicSocial, Topic.Parenting, Audience.Families),
        ("Nuorten vastaanotto", ServiceLevel.BasicHealth, Topic.MentalHealth, Audience.Youth),
        ("Eroneuvonta", ServiceLevel.Ngo, Topic.Separation, Audience.Parents),
        ("Seurakunnan perhetyö", ServiceLevel.Parish, Topic.Parenting, Audience.Families),
        ("Puheterapia", ServiceLevel.Specialised, Topic.ChildDevelopment, Audience.Children),
        ("Lähisuhdeväkivallan neuvonta", ServiceLevel.Ngo, Topic.Violence, Audience.Parents),
    ];
}
