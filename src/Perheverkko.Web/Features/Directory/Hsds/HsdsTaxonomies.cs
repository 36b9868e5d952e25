using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Directory.Hsds;

/// <summary>One term of the directory's vocabularies as HSDS publishes it: a value of one of our enums.</summary>
public sealed record HsdsTerm(string Taxonomy, string Code, LocalizedText Name)
{
    public Guid Id => HsdsTaxonomies.TermId(Taxonomy, Code);
}

/// <summary>One vocabulary: its names and description in the three languages, and its terms.</summary>
public sealed record HsdsVocabulary(string Key, LocalizedText Name, LocalizedText Description, IReadOnlyList<HsdsTerm> Terms)
{
    public Guid Id => HsdsTaxonomies.TaxonomyId(Key);
}

/// <summary>
/// The directory's classifications published as HSDS taxonomies: service levels (003 §3), activity kinds, meeting
/// place kinds, the offers of a central meeting place (003 §2.2), audiences and topics. Ids are derived from the
/// taxonomy key and the enum value's name, so they are the same on every installation and never change while the
/// value exists. The open-data vocabulary is kept here rather than in the UI texts because its names are part of a
/// published interface (renaming a UI label must not silently rename a published term).
/// </summary>
public static class HsdsTaxonomies
{
    public const string ServiceLevel = "service_level";
    public const string ActivityKind = "activity_kind";
    public const string MeetingPlaceKind = "meeting_place_kind";
    public const string CentralOffer = "central_offer";
    public const string Audience = "audience";
    public const string Topic = "topic";

    public static Guid TaxonomyId(string key) => SeedIds.For("hsds-taxonomy", key);
    public static Guid TermId(string taxonomy, string code) => SeedIds.For("hsds-term", taxonomy + "." + code);

    public static readonly IReadOnlyList<HsdsVocabulary> All =
    [
        Vocabulary(ServiceLevel, new("Palvelun taso", "Servicenivå", "Service level"),
            new("Palvelun taso ja tuottaja perhekeskuksen palvelukartan mukaan.", "Servicenivå och producent enligt familjecentrets servicekarta.", "Service level and provider as in the family centre's service map."),
            (Directory.ServiceLevel.Universal, new("Peruspalvelu kaikille", "Basservice för alla", "Universal service")),
            (Directory.ServiceLevel.BasicSocial, new("Sosiaalihuollon peruspalvelu", "Grundläggande socialvård", "Basic social care")),
            (Directory.ServiceLevel.BasicHealth, new("Terveydenhuollon peruspalvelu", "Grundläggande hälsovård", "Basic health care")),
            (Directory.ServiceLevel.Specialised, new("Erityistason palvelu", "Specialiserad service", "Specialised service")),
            (Directory.ServiceLevel.Municipal, new("Kunnan palvelu", "Kommunal service", "Municipal service")),
            (Directory.ServiceLevel.Ngo, new("Järjestön palvelu", "Organisationens service", "NGO service")),
            (Directory.ServiceLevel.Parish, new("Seurakunnan palvelu", "Församlingens service", "Parish service")),
            (Directory.ServiceLevel.Company, new("Yrityksen palvelu", "Företagets service", "Company service"))),
        Vocabulary(ActivityKind, new("Toiminnan laji", "Typ av verksamhet", "Kind of activity"),
            new("Avoin toiminta, vertaisryhmä, ammattilaisen ohjaama ryhmä tai tapahtuma.", "Öppen verksamhet, kamratgrupp, professionellt ledd grupp eller evenemang.", "Open activity, peer group, professionally led group or event."),
            (Directory.ActivityKind.OpenActivity, new("Avoin toiminta", "Öppen verksamhet", "Open activity")),
            (Directory.ActivityKind.PeerGroup, new("Vertaisryhmä", "Kamratgrupp", "Peer group")),
            (Directory.ActivityKind.ProfessionalGroup, new("Ammattilaisen ohjaama ryhmä", "Professionellt ledd grupp", "Professionally led group")),
            (Directory.ActivityKind.Event, new("Tapahtuma", "Evenemang", "Event"))),
        Vocabulary(MeetingPlaceKind, new("Kohtaamispaikan laji", "Typ av mötesplats", "Kind of meeting place"),
            new("Keskeinen kohtaamispaikka, kohtaamispaikka, Ohjaamo, nuorten tila tai muu paikka.", "Central mötesplats, mötesplats, Navigator, ungdomsutrymme eller annan plats.", "Central meeting place, meeting place, youth guidance centre, youth space or other place."),
            (Directory.MeetingPlaceKind.CentralMeetingPlace, new("Keskeinen kohtaamispaikka", "Central mötesplats", "Central meeting place")),
            (Directory.MeetingPlaceKind.MeetingPlace, new("Kohtaamispaikka", "Mötesplats", "Meeting place")),
            (Directory.MeetingPlaceKind.YouthGuidanceCentre, new("Ohjaamo", "Navigator", "Youth guidance centre")),
            (Directory.MeetingPlaceKind.YouthSpace, new("Nuorten tila", "Ungdomsutrymme", "Youth space")),
            (Directory.MeetingPlaceKind.Other, new("Muu paikka", "Annan plats", "Other place"))),
        Vocabulary(CentralOffer, new("Kohtaamispaikan tarjonta", "Mötesplatsens utbud", "What the meeting place offers"),
            new("Keskeisen kohtaamispaikan viisi tarjottavaa.", "Den centrala mötesplatsens fem delar.", "The five offers of a central meeting place."),
            (Directory.CentralOffer.OpenActivity, new("Avoin toiminta", "Öppen verksamhet", "Open activity")),
            (Directory.CentralOffer.PeerSupport, new("Vertaistuki", "Kamratstöd", "Peer support")),
            (Directory.CentralOffer.EarlySupport, new("Varhainen tuki", "Tidigt stöd", "Early support")),
            (Directory.CentralOffer.PerheneuvoBase, new("Perheneuvoverkoston kotipesä", "Familjerådgivningsnätverkets bas", "Perheneuvo network base")),
            (Directory.CentralOffer.Services, new("Palvelut", "Tjänster", "Services"))),
        Vocabulary(Audience, new("Kenelle", "För vem", "Audience"),
            new("Kenelle toiminta tai palvelu on tarkoitettu.", "Vem verksamheten eller tjänsten är avsedd för.", "Who the activity or service is for."),
            (Directory.Audience.Families, new("Perheet", "Familjer", "Families")),
            (Directory.Audience.Parents, new("Vanhemmat", "Föräldrar", "Parents")),
            (Directory.Audience.Children, new("Lapset", "Barn", "Children")),
            (Directory.Audience.Youth, new("Nuoret", "Unga", "Young people")),
            (Directory.Audience.ExpectingFamilies, new("Vauvaa odottavat perheet", "Familjer som väntar barn", "Families expecting a baby")),
            (Directory.Audience.Fathers, new("Isät", "Pappor", "Fathers"))),
        Vocabulary(Topic, new("Aihe", "Ämne", "Topic"),
            new("Mitä toiminta tai palvelu käsittelee.", "Vad verksamheten eller tjänsten handlar om.", "What the activity or service is about."),
            (Directory.Topic.OpenMeeting, new("Avoin kohtaaminen", "Öppen träff", "Open meeting")),
            (Directory.Topic.Parenting, new("Vanhemmuus", "Föräldraskap", "Parenting")),
            (Directory.Topic.Relationships, new("Parisuhde", "Parförhållande", "Relationships")),
            (Directory.Topic.Separation, new("Ero", "Skilsmässa", "Separation")),
            (Directory.Topic.Pregnancy, new("Raskaus", "Graviditet", "Pregnancy")),
            (Directory.Topic.BabyCare, new("Vauvanhoito", "Spädbarnsvård", "Baby care")),
            (Directory.Topic.ChildDevelopment, new("Lapsen kehitys", "Barnets utveckling", "Child development")),
            (Directory.Topic.Health, new("Terveys", "Hälsa", "Health")),
            (Directory.Topic.MentalHealth, new("Mielenterveys", "Psykisk hälsa", "Mental health")),
            (Directory.Topic.Violence, new("Väkivalta", "Våld", "Violence")),
            (Directory.Topic.Multicultural, new("Monikulttuurisuus", "Mångkultur", "Multicultural")),
            (Directory.Topic.Leisure, new("Vapaa-aika", "Fritid", "Leisure")),
            (Directory.Topic.Guidance, new("Ohjaus ja neuvonta", "Handledning och rådgivning", "Guidance"))),
    ];

    public static readonly IReadOnlyDictionary<Guid, HsdsVocabulary> ById = All.ToDictionary(v => v.Id);
    public static readonly IReadOnlyDictionary<Guid, HsdsTerm> TermsById = All.SelectMany(v => v.Terms).ToDictionary(t => t.Id);
    private static readonly IReadOnlyDictionary<(string, string), HsdsTerm> TermsByCode = All.SelectMany(v => v.Terms).ToDictionary(t => (t.Taxonomy, t.Code));

    public static HsdsTerm Term<TEnum>(string taxonomy, TEnum value) where TEnum : struct, Enum => TermsByCode[(taxonomy, value.ToString())];

    public static HsdsTaxonomy ToHsds(HsdsVocabulary v, string language) =>
        new(v.Id, v.Name.In(language), v.Description.In(language), "1");

    public static HsdsTaxonomyTerm ToHsds(HsdsTerm term, string language)
    {
        var vocabulary = ById[TaxonomyId(term.Taxonomy)];
        return new HsdsTaxonomyTerm(term.Id, term.Code, term.Name.In(language), vocabulary.Name.In(language) + ": " + term.Name.In(language),
            vocabulary.Id, "perheverkko:" + term.Taxonomy, language, ToHsds(vocabulary, language));
    }

    private static HsdsVocabulary Vocabulary<TEnum>(string key, LocalizedText name, LocalizedText description, params (TEnum Value, LocalizedText Name)[] terms)
        where TEnum : struct, Enum
    {
        // Every value of the enum must be named here, so a new value cannot reach the open data without a published term.
        var missing = Enum.GetValues<TEnum>().Except(terms.Select(t => t.Value)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"HSDS taxonomy {key} has no term for {string.Join(", ", missing)}.");
        return new HsdsVocabulary(key, name, description, terms.Select(t => new HsdsTerm(key, t.Value.ToString(), t.Name)).ToList());
    }
}
