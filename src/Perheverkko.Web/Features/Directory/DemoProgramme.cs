using static Perheverkko.Web.Features.Organisations.SouthSavoNetwork;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// A fictional but plausible directory for demos and tests: a central meeting place in every municipality (003 §2.2:
/// at least one in each, maintained by the municipality), two parish family rooms, services of the family centres and
/// the NGOs, and a weekly programme of activities. Names of places are invented; addresses are plausible street names
/// with invented numbers; no person is named. Seeded only with <c>Seed:DemoData</c>, every row marked as demo.
/// </summary>
public static class DemoProgramme
{
    public sealed record PlaceDemo(string Slug, string Fi, string? Sv, string? En, string DescriptionFi, string? DescriptionSv, string? DescriptionEn,
        MeetingPlaceKind Kind, string MunicipalitySlug, string OrganisationSlug, string Street, string PostalCode, string PostOffice,
        double Latitude, double Longitude, string AccessibilityFi, string? AccessibilitySv, string? AccessibilityEn,
        IReadOnlyList<WeeklyOpening> Hours, IReadOnlyList<CentralOffer> Offers);

    public sealed record ServiceDemo(string Key, string Fi, string? Sv, string? En, string DescriptionFi, string? DescriptionSv, string? DescriptionEn,
        ServiceLevel Level, string OrganisationSlug, string? MunicipalitySlug, int? AgeMin, int? AgeMax, IReadOnlyList<Audience> Audiences,
        IReadOnlyList<Topic> Topics, IReadOnlyList<string> Languages, IReadOnlyList<string> PlaceSlugs);

    public sealed record ActivityDemo(string Key, string Fi, string? Sv, string? En, string DescriptionFi, string? DescriptionSv, string? DescriptionEn,
        ActivityKind Kind, string PlaceSlug, string OrganisationSlug, IReadOnlyList<string> CoOrganiserSlugs, int? AgeMin, int? AgeMax,
        IReadOnlyList<Audience> Audiences, IReadOnlyList<Topic> Topics, IReadOnlyList<string> Languages,
        DayOfWeek Day, TimeOnly Starts, TimeOnly Ends, bool Single, int DaysFromSeed, bool RegistrationRequired, int? Capacity,
        string? Leaders, string? Insurance, bool Publish = true);

    private static readonly CentralOffer[] AllOffers = [CentralOffer.OpenActivity, CentralOffer.PeerSupport, CentralOffer.EarlySupport, CentralOffer.PerheneuvoBase, CentralOffer.Services];

    private static IReadOnlyList<WeeklyOpening> Hours(TimeOnly opens, TimeOnly closes, params DayOfWeek[] days) => days.Select(d => new WeeklyOpening(d, opens, closes)).ToList();

    private static PlaceDemo Central(string municipality, string slug, string fi, string street, string postalCode, string postOffice, double latitude, double longitude, bool large = false) =>
        new(slug, fi, null, null,
            $"{fi} on kunnan avoin kohtaamispaikka lapsille, nuorille ja perheille. Tule kahville, kerhoon tai kysymään neuvoa – ajanvarausta ei tarvita.",
            $"{fi} är kommunens öppna mötesplats för barn, unga och familjer. Kom på kaffe, till en klubb eller för att fråga om råd – ingen tidsbokning behövs.",
            $"{fi} is the municipality's open meeting place for children, young people and families. Come for coffee, a club or advice – no appointment needed.",
            MeetingPlaceKind.CentralMeetingPlace, municipality, municipality, street, postalCode, postOffice, latitude, longitude,
            "Esteetön sisäänkäynti, inva-wc ja tilaa lastenvaunuille.", "Tillgänglig entré, handikapptoalett och plats för barnvagnar.",
            "Step-free entrance, accessible toilet and room for prams.",
            large ? Hours(new TimeOnly(9, 0), new TimeOnly(16, 0), DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday)
                  : Hours(new TimeOnly(9, 0), new TimeOnly(14, 0), DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday),
            large ? AllOffers : [CentralOffer.OpenActivity, CentralOffer.PeerSupport, CentralOffer.EarlySupport]);

    public static readonly IReadOnlyList<PlaceDemo> Places =
    [
        Central("enonkoski", "enonkosken-perheolohuone", "Enonkosken perheolohuone", "Urheilutie 2", "58175", "Enonkoski", 62.0885, 28.9300),
        Central("hirvensalmi", "hirvensalmen-perhetupa", "Hirvensalmen Perhetupa", "Kirkonkyläntie 5", "52550", "Hirvensalmi", 61.6402, 26.7790),
        Central("juva", "juvan-kamari", "Juvan kohtaamispaikka Kamari", "Juvantie 10", "51900", "Juva", 61.8975, 27.8560),
        Central("kangasniemi", "kangasniemen-perhepesa", "Kangasniemen Perhepesä", "Otto Mannisentie 3", "51200", "Kangasniemi", 61.9920, 26.6420),
        Central("mikkeli", "kohtaamispaikka-kaisla", "Kohtaamispaikka Kaisla", "Maaherrankatu 15", "50100", "Mikkeli", 61.6880, 27.2720, large: true),
        Central("mantyharju", "mantyharjun-perhetupa", "Mäntyharjun Perhetupa", "Keskustie 8", "52700", "Mäntyharju", 61.4185, 26.8790),
        Central("pertunmaa", "pertunmaan-kylatupa", "Pertunmaan Kylätupa", "Kuortintie 4", "19430", "Pertunmaa", 61.5030, 26.4780),
        Central("pieksamaki", "kohtaamispaikka-kompassi", "Kohtaamispaikka Kompassi", "Keskuskatu 20", "76100", "Pieksämäki", 62.3005, 27.1590, large: true),
        Central("puumala", "puumalan-perhetupa", "Puumalan Perhetupa", "Puumalantie 12", "52200", "Puumala", 61.5230, 28.1770),
        Central("rantasalmi", "rantasalmen-perhekamari", "Rantasalmen Perhekamari", "Ohitustie 6", "58900", "Rantasalmi", 62.0640, 28.3040),
        Central("savonlinna", "kohtaamispaikka-majakka", "Kohtaamispaikka Majakka", "Olavinkatu 40", "57130", "Savonlinna", 61.8690, 28.8800, large: true),
        Central("sulkava", "sulkavan-kylatupa", "Sulkavan Kylätupa", "Alanteentie 2", "58700", "Sulkava", 61.7865, 28.3720),
        new("seurakuntakeskuksen-perhetila", "Seurakuntakeskuksen perhetila", "Församlingscentrets familjerum", "Parish centre family room",
            "Seurakunnan perhetila, jossa kokoontuvat perhekerhot ja vertaisryhmät.", "Församlingens familjerum där familjeklubbar och kamratgrupper träffas.",
            "The parish's family room, home to family clubs and peer groups.", MeetingPlaceKind.MeetingPlace, "mikkeli", "mikkelin-tuomiokirkkoseurakunta",
            "Hallituskatu 6", "50100", "Mikkeli", 61.6862, 27.2745, "Hissi toiseen kerrokseen.", "Hiss till andra våningen.", "Lift to the first floor.",
            Hours(new TimeOnly(9, 0), new TimeOnly(15, 0), DayOfWeek.Monday, DayOfWeek.Thursday), [CentralOffer.OpenActivity, CentralOffer.PeerSupport]),
        new("perhekammari", "Perhekammari", null, null,
            "Seurakunnan perhekammari keskustassa: perhekerhot, vertaisryhmät ja keskusteluapua.", "Församlingens familjekammare i centrum: familjeklubbar, kamratgrupper och samtalsstöd.",
            "The parish family room in the centre: family clubs, peer groups and someone to talk to.", MeetingPlaceKind.MeetingPlace, "savonlinna", "savonlinnan-seurakunta",
            "Kirkkokatu 14", "57100", "Savonlinna", 61.8685, 28.8860, "Sisäänkäynti pihan puolelta, ei portaita.", "Ingång från gården, inga trappor.", "Entrance from the yard, no steps.",
            Hours(new TimeOnly(9, 0), new TimeOnly(14, 0), DayOfWeek.Tuesday, DayOfWeek.Wednesday), [CentralOffer.OpenActivity, CentralOffer.PeerSupport, CentralOffer.EarlySupport]),
    ];

    private static readonly (string Slug, string Centre, string Town)[] FamilyCentreTowns =
        [("mikkeli", "mikkelin-perhekeskus", "Mikkeli"), ("savonlinna", "savonlinnan-perhekeskus", "Savonlinna"), ("pieksamaki", "pieksamaen-perhekeskus", "Pieksämäki")];

    public static readonly IReadOnlyList<ServiceDemo> Services =
    [
        .. FamilyCentreTowns.Select(t => new ServiceDemo($"neuvola-{t.Slug}", "Äitiys- ja lastenneuvola", "Mödra- och barnrådgivning", "Maternity and child health clinic",
            "Neuvola seuraa raskautta sekä lapsen kasvua ja kehitystä ja tukee koko perhettä. Käynnit ovat maksuttomia.",
            "Rådgivningen följer graviditeten och barnets tillväxt och utveckling och stöder hela familjen. Besöken är avgiftsfria.",
            "The clinic follows pregnancy and the child's growth and development and supports the whole family. Visits are free.",
            ServiceLevel.Universal, WellbeingCounty, t.Slug, 0, 6, [Audience.ExpectingFamilies, Audience.Families], [Topic.Pregnancy, Topic.ChildDevelopment, Topic.Health],
            ["fi", "sv", "en"], [t.Centre])),
        .. FamilyCentreTowns.Select(t => new ServiceDemo($"perheneuvola-{t.Slug}", "Kasvatus- ja perheneuvonta", "Uppfostrings- och familjerådgivning", "Family counselling",
            "Tukea kasvatukseen, parisuhteeseen ja perheen arjen pulmiin. Ota yhteyttä ilman lähetettä.",
            "Stöd i uppfostran, parrelationen och familjens vardag. Kontakta oss utan remiss.",
            "Support with upbringing, relationships and everyday family worries. No referral needed.",
            ServiceLevel.BasicSocial, WellbeingCounty, t.Slug, 0, 17, [Audience.Parents, Audience.Families], [Topic.Parenting, Topic.Relationships, Topic.MentalHealth],
            ["fi", "en"], [t.Centre])),
        new("lapsiperheiden-kotipalvelu", "Lapsiperheiden kotipalvelu", "Hemservice för barnfamiljer", "Home help for families with children",
            "Tilapäistä apua kotiin arjen kuormittaessa, esimerkiksi vauvan syntymän tai sairauden jälkeen.",
            "Tillfällig hjälp i hemmet när vardagen blir tung, till exempel efter en förlossning eller sjukdom.",
            "Temporary help at home when everyday life gets heavy, for example after a birth or an illness.",
            ServiceLevel.BasicSocial, WellbeingCounty, null, 0, 17, [Audience.Families], [Topic.Parenting, Topic.BabyCare], ["fi", "sv", "en"], []),
        new("eroauttaminen", "Eroauttaminen ja perheasioiden sovittelu", "Stöd vid skilsmässa och familjemedling", "Support in separation and family mediation",
            "Keskusteluapua eroa harkitseville ja eroaville vanhemmille sekä apua lasten asioiden sopimiseen.",
            "Samtalsstöd för föräldrar som överväger skilsmässa eller skiljer sig, och hjälp att komma överens om barnens ärenden.",
            "Counselling for parents considering or going through a separation, and help in agreeing on the children's matters.",
            ServiceLevel.Parish, "mikkelin-tuomiokirkkoseurakunta", "mikkeli", null, null, [Audience.Parents], [Topic.Separation, Topic.Relationships], ["fi"], ["seurakuntakeskuksen-perhetila"]),
        new("viola-neuvonta", "Matalan kynnyksen väkivaltatyö", "Lågtröskelstöd mot våld", "Low-threshold support against violence",
            "Apua väkivaltaa kokeneille, väkivaltaa käyttäneille ja heidän läheisilleen. Luottamuksellista ja maksutonta.",
            "Hjälp för den som utsatts för eller använt våld och deras närstående. Konfidentiellt och avgiftsfritt.",
            "Help for people who have experienced or used violence and for those close to them. Confidential and free.",
            ServiceLevel.Ngo, "viola", null, 13, null, [Audience.Parents, Audience.Youth], [Topic.Violence, Topic.MentalHealth], ["fi", "en"], []),
        new("mimosa-ohjaus", "Maahan muuttaneiden perheiden ohjaus", "Handledning för inflyttade familjer", "Guidance for families who have moved to Finland",
            "Neuvontaa arjen asioissa ja palveluihin hakeutumisessa omalla kielellä tai selkosuomeksi.",
            "Rådgivning i vardagsfrågor och om hur man söker sig till tjänster, på det egna språket eller lättläst finska.",
            "Advice on everyday matters and on finding services, in your own language or in plain Finnish.",
            ServiceLevel.Ngo, "mimosa", "mikkeli", null, null, [Audience.Families], [Topic.Multicultural, Topic.Guidance], ["fi", "en", "ar", "ru", "uk"], ["kohtaamispaikka-kaisla"]),
    ];

    /// <summary>
    /// Demo contact data, invented and marked as such: phone numbers of zeros (+358 40 0000 …, no subscriber's), e-mail
    /// and web addresses under the reserved <c>.example</c> domain. Never seeded without <c>Seed:DemoData</c>: the
    /// network seed invents no contact data for the real organisations it names.
    /// </summary>
    public sealed record ContactDemo(string Phone, string Email, string WebUrl, string? BookingUrl);

    public sealed record FamilyCentreDemo(string Slug, string Street, string PostalCode, string PostOffice, double Latitude, double Longitude,
        ContactDemo Contact, string HoursFi, string HoursSv, string HoursEn);

    /// <summary>The family centres' demo address and contact data (the centres themselves are the network seed's).</summary>
    public static readonly IReadOnlyList<FamilyCentreDemo> FamilyCentreContacts =
    [
        new("mikkelin-perhekeskus", "Maaherrankatu 21", "50100", "Mikkeli", 61.6874, 27.2698,
            new("+358 40 0000 101", "perhekeskus.mikkeli@perheverkko.example", "https://perhekeskus.example/mikkeli", "https://ajanvaraus.example/mikkelin-perhekeskus"),
            "ma–pe 8–16, neuvola ajanvarauksella", "mån–fre 8–16, rådgivningen med tidsbokning", "Mon–Fri 8–16, the clinic by appointment"),
        new("savonlinnan-perhekeskus", "Olavinkatu 52", "57130", "Savonlinna", 61.8697, 28.8747,
            new("+358 40 0000 102", "perhekeskus.savonlinna@perheverkko.example", "https://perhekeskus.example/savonlinna", "https://ajanvaraus.example/savonlinnan-perhekeskus"),
            "ma–pe 8–15.30", "mån–fre 8–15.30", "Mon–Fri 8–15.30"),
        new("pieksamaen-perhekeskus", "Keskuskatu 28", "76100", "Pieksämäki", 62.3012, 27.1540,
            new("+358 40 0000 103", "perhekeskus.pieksamaki@perheverkko.example", "https://perhekeskus.example/pieksamaki", null),
            "ma–to 8–16, pe 8–14", "mån–tor 8–16, fre 8–14", "Mon–Thu 8–16, Fri 8–14"),
    ];

    /// <summary>A demo service's contact data: numbers of zeros counted from 200, addresses under .example.</summary>
    public static ContactDemo ServiceContact(ServiceDemo s) => new(
        $"+358 40 0000 {200 + Services.ToList().IndexOf(s)}", $"{s.Key}@perheverkko.example", $"https://palvelut.example/{s.Key}",
        s.Level is ServiceLevel.Universal or ServiceLevel.BasicSocial ? $"https://ajanvaraus.example/{s.Key}" : null);

    /// <summary>A demo place's contact data: numbers of zeros counted from 300.</summary>
    public static ContactDemo PlaceContact(PlaceDemo p) => new(
        $"+358 40 0000 {300 + Places.ToList().IndexOf(p)}", $"{p.Slug}@perheverkko.example", $"https://kohtaamispaikat.example/{p.Slug}", null);

    /// <summary>The central meeting places of the three family-centre towns are the Perheneuvo network's home bases (003 §3.4).</summary>
    public static bool IsAdviceHomeBase(PlaceDemo p) => p.Kind == MeetingPlaceKind.CentralMeetingPlace && p.Offers.Contains(CentralOffer.PerheneuvoBase);

    private static readonly string[] Fi = ["fi"];

    private static ActivityDemo FamilyClub(string municipality, string placeSlug, string organisation, DayOfWeek day) =>
        new($"perhekerho-{municipality}", "Perhekerho", "Familjeklubb", "Family club",
            "Avoin perhekerho alle kouluikäisille ja heidän aikuisilleen: leikkiä, laulua ja kahvit. Tule silloin kun sopii.",
            "Öppen familjeklubb för barn under skolåldern och deras vuxna: lek, sång och kaffe. Kom när det passar.",
            "An open family club for children under school age and their grown-ups: play, songs and coffee. Drop in when it suits you.",
            ActivityKind.OpenActivity, placeSlug, organisation, [municipality], 0, 6, [Audience.Families, Audience.Children], [Topic.OpenMeeting, Topic.ChildDevelopment], Fi,
            day, new TimeOnly(9, 30), new TimeOnly(11, 30), false, 0, false, null,
            "Vapaaehtoiset kerhonohjaajat ja perheohjaaja", "Järjestäjän vapaaehtoistoiminnan vakuutus");

    private static readonly (string Municipality, string Place, string Organisation, DayOfWeek Day)[] FamilyClubs =
    [
        ("enonkoski", "enonkosken-perheolohuone", "mll-jarvi-suomi", DayOfWeek.Wednesday),
        ("hirvensalmi", "hirvensalmen-perhetupa", "mll-jarvi-suomi", DayOfWeek.Thursday),
        ("juva", "juvan-kamari", "mll-jarvi-suomi", DayOfWeek.Tuesday),
        ("kangasniemi", "kangasniemen-perhepesa", "mll-jarvi-suomi", DayOfWeek.Wednesday),
        ("mikkeli", "kohtaamispaikka-kaisla", "mll-jarvi-suomi", DayOfWeek.Tuesday),
        ("mantyharju", "mantyharjun-perhetupa", "mll-jarvi-suomi", DayOfWeek.Thursday),
        ("pertunmaa", "pertunmaan-kylatupa", "mll-jarvi-suomi", DayOfWeek.Tuesday),
        ("pieksamaki", "kohtaamispaikka-kompassi", "mll-jarvi-suomi", DayOfWeek.Monday),
        ("puumala", "puumalan-perhetupa", "mll-jarvi-suomi", DayOfWeek.Wednesday),
        ("rantasalmi", "rantasalmen-perhekamari", "mll-jarvi-suomi", DayOfWeek.Thursday),
        ("savonlinna", "kohtaamispaikka-majakka", "savonlinnan-seurakunta", DayOfWeek.Tuesday),
        ("sulkava", "sulkavan-kylatupa", "mll-jarvi-suomi", DayOfWeek.Wednesday),
    ];

    private static ActivityDemo BabyCafe(string municipality, string placeSlug, DayOfWeek day) =>
        new($"vauvakahvila-{municipality}", "Vauvakahvila", "Babycafé", "Baby café",
            "Vauvaperheiden oma kahvila: vertaistukea, juttuseuraa ja neuvolan terveydenhoitaja paikalla kerran kuussa.",
            "Ett eget café för babyfamiljer: kamratstöd, sällskap och rådgivningens hälsovårdare på plats en gång i månaden.",
            "A café for families with babies: peer support, company, and the clinic's nurse present once a month.",
            ActivityKind.OpenActivity, placeSlug, WellbeingCounty, ["mll-jarvi-suomi"], 0, 1, [Audience.Parents, Audience.Families], [Topic.BabyCare, Topic.OpenMeeting], Fi,
            day, new TimeOnly(12, 30), new TimeOnly(14, 0), false, 0, false, null,
            "Perheohjaaja ja MLL:n vapaaehtoiset", "Hyvinvointialueen vastuuvakuutus ja MLL:n vapaaehtoisvakuutus");

    public static readonly IReadOnlyList<ActivityDemo> Activities =
    [
        .. FamilyClubs.Select(c => FamilyClub(c.Municipality, c.Place, c.Organisation, c.Day)),
        BabyCafe("mikkeli", "kohtaamispaikka-kaisla", DayOfWeek.Thursday),
        BabyCafe("savonlinna", "kohtaamispaikka-majakka", DayOfWeek.Wednesday),
        BabyCafe("pieksamaki", "kohtaamispaikka-kompassi", DayOfWeek.Tuesday),
        BabyCafe("juva", "juvan-kamari", DayOfWeek.Thursday),
        BabyCafe("mantyharju", "mantyharjun-perhetupa", DayOfWeek.Tuesday),
        new("isa-lapsi-mikkeli", "Isä–lapsi-ryhmä", "Pappa–barn-grupp", "Father and child group",
            "Isät ja lapset yhdessä: liikuntaa, pelejä ja iltapala. Vertaistukea isyyteen.",
            "Pappor och barn tillsammans: motion, spel och kvällsmål. Kamratstöd i faderskapet.",
            "Dads and children together: games, sport and an evening snack. Peer support for fathers.",
            ActivityKind.PeerGroup, "seurakuntakeskuksen-perhetila", "mikkelin-tuomiokirkkoseurakunta", ["mll-jarvi-suomi"], 2, 8, [Audience.Fathers, Audience.Children], [Topic.Parenting, Topic.Leisure], Fi,
            DayOfWeek.Monday, new TimeOnly(17, 30), new TimeOnly(19, 0), false, 0, false, null, "Kaksi vapaaehtoista isää ja seurakunnan perhetyöntekijä", "Seurakunnan vastuuvakuutus"),
        new("isa-lapsi-savonlinna", "Isä–lapsi-ryhmä", "Pappa–barn-grupp", "Father and child group",
            "Lauantaiaamun isä–lapsi-touhut: leikkiä, ulkoilua ja puuroa.", "Lördagsmorgon för pappor och barn: lek, utevistelse och gröt.",
            "Saturday mornings for dads and kids: play, outdoor time and porridge.",
            ActivityKind.PeerGroup, "perhekammari", "savonlinnan-seurakunta", [], 1, 7, [Audience.Fathers, Audience.Children], [Topic.Parenting], Fi,
            DayOfWeek.Saturday, new TimeOnly(10, 0), new TimeOnly(12, 0), false, 0, false, null, "Seurakunnan perhetyöntekijä ja vapaaehtoinen isä", "Seurakunnan vastuuvakuutus"),
        new("eroryhma-mikkeli", "Eroauttamisen vertaisryhmä", "Kamratstödsgrupp vid skilsmässa", "Peer group for separating parents",
            "Suljettu ryhmä eron kokeneille vanhemmille, kahdeksan kertaa. Ilmoittaudu etukäteen.",
            "En sluten grupp för föräldrar som gått igenom en skilsmässa, åtta träffar. Anmäl dig i förväg.",
            "A closed group of eight meetings for parents who have separated. Register in advance.",
            ActivityKind.PeerGroup, "seurakuntakeskuksen-perhetila", "mikkelin-tuomiokirkkoseurakunta", [], null, null, [Audience.Parents], [Topic.Separation, Topic.Relationships], Fi,
            DayOfWeek.Thursday, new TimeOnly(17, 30), new TimeOnly(19, 0), false, 0, true, 10, "Perheneuvoja ja koulutettu vertaisohjaaja", "Seurakunnan vastuuvakuutus"),
        .. FamilyCentreTowns.Select(t => new ActivityDemo($"perhevalmennus-{t.Slug}", "Perhevalmennus", "Familjeförberedelse", "Antenatal family classes",
            "Ensimmäistä lastaan odottaville: synnytys, vauvan hoito ja parisuhde vauvaperheessä. Ilmoittautuminen neuvolan kautta.",
            "För dem som väntar sitt första barn: förlossningen, babyvård och parrelationen. Anmälan via rådgivningen.",
            "For parents expecting their first child: birth, baby care and the couple's relationship. Register through the clinic.",
            ActivityKind.ProfessionalGroup, t.Slug switch { "mikkeli" => "kohtaamispaikka-kaisla", "savonlinna" => "kohtaamispaikka-majakka", _ => "kohtaamispaikka-kompassi" },
            WellbeingCounty, [], null, null, [Audience.ExpectingFamilies], [Topic.Pregnancy, Topic.BabyCare], ["fi", "en"],
            DayOfWeek.Wednesday, new TimeOnly(17, 0), new TimeOnly(19, 0), false, 0, true, 12, "Neuvolan terveydenhoitajat ja perheohjaaja", "Hyvinvointialueen vastuuvakuutus")),
        new("monikulttuurinen-perhekahvila", "Monikulttuurinen perhekahvila", "Mångkulturellt familjecafé", "Multicultural family café",
            "Kaikkien perheiden kahvila: tutustu, harjoittele suomea ja kysy arjen asioista.",
            "Ett café för alla familjer: lär känna andra, öva finska och fråga om vardagen.",
            "A café for all families: meet others, practise Finnish and ask about everyday matters.",
            ActivityKind.OpenActivity, "kohtaamispaikka-kaisla", "mimosa", ["mikkeli"], null, null, [Audience.Families], [Topic.Multicultural, Topic.OpenMeeting], ["fi", "en", "ar", "uk"],
            DayOfWeek.Friday, new TimeOnly(10, 0), new TimeOnly(12, 0), false, 0, false, null, "Mimosan ohjaaja ja vapaaehtoiset", "Järjestön vapaaehtoistoiminnan vakuutus"),
        new("perheiden-liikuntapaiva", "Perheiden liikuntapäivä", "Familjens motionsdag", "Family sports day",
            "Koko perheen liikuntatapahtuma: temppurata, pallopelejä ja mehutarjoilu.", "Motionsevenemang för hela familjen: hinderbana, bollspel och saft.",
            "A sports day for the whole family: obstacle course, ball games and juice.",
            ActivityKind.Event, "kohtaamispaikka-majakka", "savonlinna", ["mll-jarvi-suomi", "savonlinnan-seurakunta"], 0, 12, [Audience.Families, Audience.Children], [Topic.Leisure], Fi,
            DayOfWeek.Saturday, new TimeOnly(10, 0), new TimeOnly(14, 0), true, 10, false, null, "Kaupungin liikuntapalvelut ja vapaaehtoiset", "Kaupungin vastuuvakuutus"),
        new("satutuokio-mikkeli", "Lasten satutuokio", "Sagostund för barn", "Story time for children",
            "Satuja ja loruja pienille. Suunnitteilla.", "Sagor och ramsor för de minsta. Under planering.", "Stories and rhymes for little ones. Being planned.",
            ActivityKind.OpenActivity, "kohtaamispaikka-kaisla", "mikkeli", [], 2, 6, [Audience.Children], [Topic.Leisure], Fi,
            DayOfWeek.Friday, new TimeOnly(9, 30), new TimeOnly(10, 15), false, 0, false, null, null, null, Publish: false),
    ];
}
