using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>
/// The South Savo family-centre network as the seed documents give it: the region, its twelve municipalities,
/// the organisations, the family centres and youth guidance centres, and who was a party in which period
/// (000 §3 for 2022–2023; 001 §3 for 2026–2029, whose list is the one 2024–2025 carries over).
/// Organisations only: no people. Business ids are left empty until a party confirms its own.
/// </summary>
public static class SouthSavoNetwork
{
    public sealed record MunicipalityFact(string Slug, string Code, string Fi, string? Sv,
        string OrganisationFi, string OrganisationSv, string OrganisationEn);

    public sealed record OrganisationFact(string Slug, OrganisationKind Kind, string Fi, string? Sv, string? En,
        DateOnly? ClosedOn = null);

    public sealed record PlaceFact(string Slug, string Fi, string? Sv, string? En, string MunicipalitySlug, string OrganisationSlug);

    public sealed record PeriodFact(int StartYear, int EndYear, string Title, IReadOnlyList<(string ListedName, string OrganisationSlug)> Parties);

    public const string RegionSlug = "etela-savo";
    public static readonly LocalizedText RegionName = new("Etelä-Savon hyvinvointialue", "Södra Savolax välfärdsområde", "South Savo Wellbeing Services County");
    public const string WellbeingCounty = "eloisa";

    /// <summary>Statistics Finland's codes; the Finnish and Swedish names are the official ones.</summary>
    public static readonly IReadOnlyList<MunicipalityFact> Municipalities =
    [
        new("enonkoski", "046", "Enonkoski", null, "Enonkosken kunta", "Enonkoski kommun", "Municipality of Enonkoski"),
        new("hirvensalmi", "097", "Hirvensalmi", null, "Hirvensalmen kunta", "Hirvensalmi kommun", "Municipality of Hirvensalmi"),
        new("juva", "178", "Juva", "Jockas", "Juvan kunta", "Jockas kommun", "Municipality of Juva"),
        new("kangasniemi", "213", "Kangasniemi", null, "Kangasniemen kunta", "Kangasniemi kommun", "Municipality of Kangasniemi"),
        new("mikkeli", "491", "Mikkeli", "S:t Michel", "Mikkelin kaupunki", "S:t Michels stad", "City of Mikkeli"),
        new("mantyharju", "507", "Mäntyharju", null, "Mäntyharjun kunta", "Mäntyharju kommun", "Municipality of Mäntyharju"),
        new("pertunmaa", "588", "Pertunmaa", null, "Pertunmaan kunta", "Pertunmaa kommun", "Municipality of Pertunmaa"),
        new("pieksamaki", "593", "Pieksämäki", null, "Pieksämäen kaupunki", "Pieksämäki stad", "City of Pieksämäki"),
        new("puumala", "623", "Puumala", null, "Puumalan kunta", "Puumala kommun", "Municipality of Puumala"),
        new("rantasalmi", "681", "Rantasalmi", null, "Rantasalmen kunta", "Rantasalmi kommun", "Municipality of Rantasalmi"),
        new("savonlinna", "740", "Savonlinna", "Nyslott", "Savonlinnan kaupunki", "Nyslotts stad", "City of Savonlinna"),
        new("sulkava", "768", "Sulkava", null, "Sulkavan kunta", "Sulkava kommun", "Municipality of Sulkava"),
    ];

    /// <summary>The organisations other than the municipalities.</summary>
    public static readonly IReadOnlyList<OrganisationFact> OtherOrganisations =
    [
        new(WellbeingCounty, OrganisationKind.WellbeingCounty, "Etelä-Savon hyvinvointialue Eloisa", "Södra Savolax välfärdsområde Eloisa", "South Savo Wellbeing Services County Eloisa"),
        // Essote and Sosteri ran social and health services until the wellbeing county took over on 1 January 2023.
        new("essote", OrganisationKind.JointMunicipalAuthority, "Etelä-Savon sosiaali- ja terveyspalvelujen kuntayhtymä Essote", null, "South Savo Social and Health Care Authority Essote", new DateOnly(2022, 12, 31)),
        new("sosteri", OrganisationKind.JointMunicipalAuthority, "Itä-Savon sairaanhoitopiirin kuntayhtymä Sosteri", null, "East Savo Hospital District Sosteri", new DateOnly(2022, 12, 31)),
        new("vaalijala", OrganisationKind.JointMunicipalAuthority, "Vaalijalan kuntayhtymä", null, "Vaalijala Joint Municipal Authority"),
        new("terveystalo-kuntaturva", OrganisationKind.Company, "Terveystalo Kuntaturva Oy", null, null),
        new("etela-savon-yrittajat", OrganisationKind.Ngo, "Etelä-Savon Yrittäjät ry", null, "South Savo Entrepreneurs"),
        new("mll-jarvi-suomi", OrganisationKind.Ngo, "Mannerheimin Lastensuojeluliiton Järvi-Suomen piiri ry", "Mannerheims Barnskyddsförbund, Järvi-Suomen piiri", "Mannerheim League for Child Welfare, Järvi-Suomi District"),
        new("mimosa", OrganisationKind.Ngo, "Monikulttuurityö Mimosa ry", null, "Multicultural Work Mimosa"),
        new("viola", OrganisationKind.Ngo, "VIOLA – väkivallasta vapaaksi ry", null, "VIOLA – Free from Violence"),
        new("mikkelin-tuomiokirkkoseurakunta", OrganisationKind.Parish, "Mikkelin tuomiokirkkoseurakunta", "S:t Michels domkyrkoförsamling", "Mikkeli Cathedral Parish"),
        new("savonlinnan-seurakunta", OrganisationKind.Parish, "Savonlinnan seurakunta", "Nyslotts församling", "Savonlinna Parish"),
    ];

    /// <summary>The wellbeing county's three family-centre areas (000 §12 ii).</summary>
    public static readonly IReadOnlyList<PlaceFact> FamilyCentres =
    [
        new("mikkelin-perhekeskus", "Mikkelin perhekeskus", "Familjecentret i S:t Michel", "Mikkeli Family Centre", "mikkeli", WellbeingCounty),
        new("savonlinnan-perhekeskus", "Savonlinnan perhekeskus", "Familjecentret i Nyslott", "Savonlinna Family Centre", "savonlinna", WellbeingCounty),
        new("pieksamaen-perhekeskus", "Pieksämäen perhekeskus", "Familjecentret i Pieksämäki", "Pieksämäki Family Centre", "pieksamaki", WellbeingCounty),
    ];

    /// <summary>The youth guidance centres (ohjaamot) of the three towns (003 §2.2).</summary>
    public static readonly IReadOnlyList<PlaceFact> YouthGuidanceCentres =
    [
        new("olkkari", "Olkkari", null, null, "mikkeli", "mikkeli"),
        new("pientare", "Pientare", null, null, "pieksamaki", "pieksamaki"),
        new("ohjaamo-savonlinna", "Ohjaamo Savonlinna", "Ohjaamo Nyslott", null, "savonlinna", "savonlinna"),
    ];

    private static readonly (string, string)[] Parties2024 =
    [
        ("Enonkoski", "enonkoski"), ("Hirvensalmi", "hirvensalmi"), ("Juva", "juva"), ("Kangasniemi", "kangasniemi"),
        ("Mikkeli", "mikkeli"), ("Mäntyharju", "mantyharju"), ("Pertunmaa", "pertunmaa"), ("Pieksämäki", "pieksamaki"),
        ("Puumala", "puumala"), ("Rantasalmi", "rantasalmi"), ("Savonlinna", "savonlinna"), ("Sulkava", "sulkava"),
        ("Etelä-Savon hyvinvointialue Eloisa", WellbeingCounty), ("Terveystalo kuntaturva Oy", "terveystalo-kuntaturva"),
        ("Etelä-Savon Yrittäjät ry", "etela-savon-yrittajat"), ("MLL:n Järvi-Suomen piiri ry", "mll-jarvi-suomi"),
        ("Monikulttuurityö Mimosa ry", "mimosa"), ("VIOLA väkivallasta vapaaksi ry", "viola"),
        ("Mikkelin tuomiokirkkoseurakunta", "mikkelin-tuomiokirkkoseurakunta"), ("Savonlinnan seurakunta", "savonlinnan-seurakunta"),
    ];

    public static readonly IReadOnlyList<PeriodFact> Periods =
    [
        new(2022, 2023, "Hyvinvointialueen perhekeskusten kumppanuussopimus",
        [
            ("Juvan kunta", "juva"), ("Kangasniemen kunta", "kangasniemi"), ("Mikkelin kaupunki", "mikkeli"),
            ("Mäntyharjun kunta", "mantyharju"), ("Pertunmaan kunta", "pertunmaa"), ("Puumalan kunta", "puumala"),
            ("Rantasalmen kunta", "rantasalmi"), ("Pieksämäen kaupunki", "pieksamaki"), ("Savonlinnan kaupunki", "savonlinna"),
            ("Etelä-Savon sosiaali- ja terveystalot ESSOTE", "essote"), ("Itä-Savon sairaanhoitopiiri SOSTERI", "sosteri"),
            // 000 §3 lists "Terveystalo"; 001 §3 names its company Terveystalo Kuntaturva Oy: one organisation.
            ("Terveystalo", "terveystalo-kuntaturva"), ("Vaalijalan kuntayhtymä", "vaalijala"),
            ("Etelä-Savon yrittäjät ry", "etela-savon-yrittajat"), ("Mannerheimin lastensuojeluliiton Järvi-Suomen piiri ry", "mll-jarvi-suomi"),
            ("Monikulttuurityö Mimosa ry", "mimosa"), ("Viola väkivallasta vapaaksi ry", "viola"),
            ("Mikkelin tuomiokirkkoseurakunta", "mikkelin-tuomiokirkkoseurakunta"), ("Savonlinnan seurakunta", "savonlinnan-seurakunta"),
        ]),
        // 001 §3: "the list below is the one of the agreement 2024–2025", so both periods carry it.
        new(2024, 2025, "Etelä-Savon perhekeskustoiminnan yhteistyösopimus", Parties2024),
        new(2026, 2029, "Etelä-Savon perhekeskustoiminnan yhteistyösopimus", Parties2024),
    ];
}
