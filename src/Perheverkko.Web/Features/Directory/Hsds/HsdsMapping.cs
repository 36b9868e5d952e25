using System.Globalization;
using System.Linq.Expressions;
using System.Net.Mail;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Directory.Hsds;

/// <summary>What a mapping needs besides the item: the language and the rows the item refers to.</summary>
public sealed record HsdsContext(
    string Language,
    IReadOnlyDictionary<Guid, CatalogueOrganisation> Organisations,
    IReadOnlyDictionary<Guid, Municipality> Municipalities,
    IReadOnlyDictionary<Guid, Region> Regions,
    IReadOnlyDictionary<Guid, MeetingPlace> Places);

/// <summary>
/// Directory items as HSDS 3.0 objects: services and activities → service, meeting places → location,
/// organisations → organization; a service's places and an activity's place → service_at_location. The ids of the
/// HSDS objects that are not our entities (schedules, addresses, phones, languages, attributes …) are derived from
/// the entity's id and the part's name, so they are stable too. See docs/hsds.md for the table.
/// </summary>
public static class HsdsMapping
{
    public const string Version = "3.0";
    public const string Profile = "https://github.com/openreferral/specification/tree/3.0";
    public const string OpenApiUrl = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

    public static Guid PartId(Guid owner, string part) => SeedIds.For("hsds:" + part, owner.ToString());

    // ---- service_at_location ids: the service's id mixed with a mask derived from the place's id. The same service and
    // place give the same id whatever the order of the service's places (and whichever other places it has), and an id
    // leads back to its service with one query over the candidates of the published places (no table of joins is
    // needed, and none is stored).

    public static Guid ServiceAtLocationId(Guid serviceId, Guid placeId) => Xor(serviceId, PlaceMask(placeId));

    /// <summary>The service a service_at_location's id stands for if its place is <paramref name="placeId"/> (mixing twice undoes it).</summary>
    public static Guid ServiceAtLocationServiceId(Guid id, Guid placeId) => Xor(id, PlaceMask(placeId));

    private static Guid PlaceMask(Guid placeId)
    {
        var mask = SeedIds.For("hsds-sal-place", placeId.ToString()).ToByteArray();
        mask[7] &= 0x0F; // keep the service id's version and variant bits
        mask[8] &= 0x3F;
        return new Guid(mask);
    }

    private static Guid Xor(Guid a, Guid b)
    {
        Span<byte> x = stackalloc byte[16], y = stackalloc byte[16];
        a.TryWriteBytes(x);
        b.TryWriteBytes(y);
        for (var i = 0; i < 16; i++) x[i] ^= y[i];
        return new Guid(x);
    }

    // ---- services ------------------------------------------------------------------------------------------

    /// <summary>
    /// How to apply: the e-service and the booking page. HSDS 3.0 has no field of its own for a booking link, so it is
    /// named in <c>application_process</c>, the field the standard gives for "the steps needed to access the service".
    /// </summary>
    private static string? ApplicationProcess(ServiceFields s, string l)
    {
        var steps = new List<string>();
        if (Url(s.EServiceUrl) is { } eService) steps.Add(Words.EService.In(l) + ": " + eService);
        if (Url(s.BookingUrl) is { } booking) steps.Add(Words.Booking.In(l) + ": " + booking);
        return steps.Count == 0 ? null : string.Join(". ", steps);
    }

    /// <summary>The one-to-one fields of a service: the list form, from its columns alone.</summary>
    public static HsdsService Service(ServiceFields s, HsdsContext c)
    {
        var l = c.Language;
        return new HsdsService(s.Id, s.OrganisationId, s.Name.In(l), s.Description.In(l), "active",
            Url: Url(s.WebUrl) ?? Url(s.EServiceUrl), Email: Email(s.Email),
            ApplicationProcess: ApplicationProcess(s, l),
            FeesDescription: Fees(s.Cost, s.FeeNote, l), EligibilityDescription: Eligibility(s.Audiences, s.AgeMin, s.AgeMax, l),
            MinimumAge: s.AgeMin, MaximumAge: s.AgeMax, LastModified: Timestamp(s.UpdatedAt), Organization: Organization(c, s.OrganisationId));
    }

    /// <summary>The one-to-one fields of a service (the list form); <paramref name="full"/> adds the nested arrays.</summary>
    public static HsdsService Service(Service s, HsdsContext c, bool full)
    {
        var l = c.Language;
        var service = Service(ServiceFields.Of(s), c);
        if (!full) return service;
        var terms = new List<HsdsTerm> { HsdsTaxonomies.Term(HsdsTaxonomies.ServiceLevel, s.Level) };
        terms.AddRange(TagTerms<Audience>(HsdsTaxonomies.Audience, s.Audiences));
        terms.AddRange(TagTerms<Topic>(HsdsTaxonomies.Topic, s.Topics));
        var locations = s.MeetingPlaceIds
            .Where(c.Places.ContainsKey)
            .Select(placeId => new HsdsServiceAtLocation(ServiceAtLocationId(s.Id, placeId), s.Id, placeId, Location: Location(c.Places[placeId], c, full: true)))
            .ToList();
        return service with
        {
            Phones = Phone(s.Phone, s.Id, "service") is { } phone ? [phone] : [],
            Contacts = Email(s.Email) is { } email ? [new HsdsContact(PartId(s.Id, "contact"), email, ServiceId: s.Id)] : [],
            Schedules = [],
            ServiceAreas = s.MunicipalityId is { } m && c.Municipalities.TryGetValue(m, out var municipality)
                ? [new HsdsServiceArea(PartId(s.Id, "service-area"), s.Id, municipality.Name.In(l), municipality.Code, "municipality_code")]
                : [],
            ServiceAtLocations = locations,
            Languages = LanguagesOf(s.Id, s.Languages, l),
            CostOptions = [CostOption(s.Id, s.Cost, s.FeeNote, l)],
            Attributes = Attributes(s.Id, "service", terms, l),
        };
    }

    /// <summary>The one-to-one fields of an activity as a service: the list form, from its columns alone.</summary>
    public static HsdsService Activity(ActivityFields a, HsdsContext c)
    {
        var l = c.Language;
        var how = Url(a.RegistrationUrl) ?? NullIfEmpty(a.RegistrationContact);
        var process = a.RegistrationRequired
            ? Words.RegistrationRequired.In(l) + (how is null ? "" : ": " + how) + "."
            : Words.NoRegistration.In(l);
        if (a.Capacity is { } capacity) process += " " + string.Format(CultureInfo.InvariantCulture, Words.Capacity.In(l), capacity);
        return new HsdsService(a.Id, a.OrganisationId, a.Name.In(l), a.Description.In(l), "active",
            Url: Url(a.RegistrationUrl), ApplicationProcess: process, FeesDescription: Fees(a.Cost, a.FeeNote, l),
            EligibilityDescription: Eligibility(a.Audiences, a.AgeMin, a.AgeMax, l), MinimumAge: a.AgeMin, MaximumAge: a.AgeMax,
            LastModified: Timestamp(a.UpdatedAt), Organization: Organization(c, a.OrganisationId));
    }

    public static HsdsService Activity(Activity a, HsdsContext c, bool full)
    {
        var l = c.Language;
        var service = Activity(ActivityFields.Of(a), c);
        if (!full) return service;
        var terms = new List<HsdsTerm> { HsdsTaxonomies.Term(HsdsTaxonomies.ActivityKind, a.Kind) };
        terms.AddRange(TagTerms<Audience>(HsdsTaxonomies.Audience, a.Audiences));
        terms.AddRange(TagTerms<Topic>(HsdsTaxonomies.Topic, a.Topics));
        var place = a.MeetingPlaceId is { } placeId && c.Places.TryGetValue(placeId, out var p) ? p : null;
        return service with
        {
            Phones = [],
            Contacts = [],
            Schedules = ActivitySchedules(a, l),
            ServiceAreas = c.Municipalities.TryGetValue(a.MunicipalityId, out var municipality)
                ? [new HsdsServiceArea(PartId(a.Id, "service-area"), a.Id, municipality.Name.In(l), municipality.Code, "municipality_code")]
                : [],
            ServiceAtLocations = place is null ? []
                : [new HsdsServiceAtLocation(ServiceAtLocationId(a.Id, place.Id), a.Id, place.Id, Description: a.RoomNote, Location: Location(place, c, full: true))],
            Languages = LanguagesOf(a.Id, a.Languages, l),
            CostOptions = [CostOption(a.Id, a.Cost, a.FeeNote, l)],
            Attributes = Attributes(a.Id, "service", terms, l),
        };
    }

    /// <summary>
    /// A weekly recurrence is one schedule (freq WEEKLY, byday, dtstart, until, opens_at, closes_at); each single date is
    /// one more (count 1). HSDS has no EXDATE: cancelled dates are listed in the weekly schedule's notes, and a cancelled
    /// single date is left out.
    /// </summary>
    public static IReadOnlyList<HsdsSchedule> ActivitySchedules(Activity a, string language)
    {
        var s = a.Schedule;
        var result = new List<HsdsSchedule>();
        var (opens, closes) = (Time(s.Starts), Time(s.Ends));
        if (s.Weekly is { } weekly)
        {
            var cancelled = s.Cancelled.Where(d => d >= weekly.From && (weekly.Until is null || d <= weekly.Until)).ToList();
            result.Add(new HsdsSchedule(PartId(a.Id, "schedule:weekly"), ServiceId: a.Id, Freq: "WEEKLY", Byday: ByDay(weekly.Days),
                Dtstart: Date(weekly.From), Until: weekly.Until is { } until ? Date(until) : null, ValidFrom: Date(weekly.From),
                ValidTo: weekly.Until is { } to ? Date(to) : null, OpensAt: opens, ClosesAt: closes, Description: Words.LocalTime.In(language),
                Notes: cancelled.Count == 0 ? null : Words.Cancelled.In(language) + ": " + string.Join(", ", cancelled.Select(Date))));
        }
        foreach (var date in s.Dates.Where(d => !s.Cancelled.Contains(d)))
            result.Add(new HsdsSchedule(PartId(a.Id, "schedule:" + Date(date)), ServiceId: a.Id, Freq: "WEEKLY", Byday: ByDay([date.DayOfWeek]),
                Dtstart: Date(date), Count: 1, ValidFrom: Date(date), ValidTo: Date(date), OpensAt: opens, ClosesAt: closes,
                Description: Words.LocalTime.In(language)));
        return result;
    }

    // ---- locations -----------------------------------------------------------------------------------------

    public static HsdsLocation Location(MeetingPlace p, HsdsContext c, bool full)
    {
        var l = c.Language;
        var location = new HsdsLocation(p.Id, "physical", p.OrganisationId, p.Name.In(l), NullIfEmpty(p.Description.In(l)), Url(p.WebUrl),
            p.Latitude, p.Longitude, p.Slug, "perheverkko_slug");
        if (!full) return location;
        var municipality = c.Municipalities.GetValueOrDefault(p.MunicipalityId);
        var region = municipality is null ? null : c.Regions.GetValueOrDefault(municipality.RegionId);
        var terms = new List<HsdsTerm> { HsdsTaxonomies.Term(HsdsTaxonomies.MeetingPlaceKind, p.Kind) };
        terms.AddRange(p.OfferList.Select(o => HsdsTaxonomies.Term(HsdsTaxonomies.CentralOffer, o)));
        return location with
        {
            Addresses = p.StreetAddress is { Length: > 0 } street
                ? [new HsdsAddress(PartId(p.Id, "address"), p.Id, street, p.PostOffice ?? municipality?.Name.In(l) ?? "",
                    region?.Name.In(l) ?? "", p.PostalCode ?? "", "FI", "physical", municipality?.Name.In(l))]
                : [],
            Accessibility = NullIfEmpty(p.Accessibility.In(l)) is { } accessibility ? [new HsdsAccessibility(PartId(p.Id, "accessibility"), p.Id, accessibility)] : [],
            Phones = Phone(p.Phone, p.Id, "location") is { } phone ? [phone] : [],
            Contacts = Email(p.Email) is { } email ? [new HsdsContact(PartId(p.Id, "contact"), email, LocationId: p.Id)] : [],
            Schedules = OpeningSchedules(p, l),
            Attributes = Attributes(p.Id, "location", terms, l),
        };
    }

    /// <summary>
    /// Weekdays with the same hours are one weekly schedule; other hours on some days are one more schedule, valid for those
    /// days. A closure is not a schedule: HSDS 3.0 defines a schedule as "the details of when a service or location is
    /// open", and a reader that takes every schedule as opening hours would show the place open on the days it is closed.
    /// Closures are said in the weekly schedules' notes instead, as an activity's cancelled dates are (decision 0036).
    /// </summary>
    public static IReadOnlyList<HsdsSchedule> OpeningSchedules(MeetingPlace p, string language)
    {
        var closures = p.OpeningExceptions.Where(e => e.Closed)
            .Select(e => Words.Closed.In(language) + " " + (e.From == e.To ? Date(e.From) : Date(e.From) + "/" + Date(e.To)) + (e.Note is { } note ? " (" + note.In(language) + ")" : ""))
            .ToList();
        var result = p.OpeningHours.GroupBy(h => (h.Opens, h.Closes))
            .Select(g => new HsdsSchedule(PartId(p.Id, $"opening:{Time(g.Key.Opens)}-{Time(g.Key.Closes)}"), LocationId: p.Id, Freq: "WEEKLY",
                Byday: ByDay(g.Select(h => h.Day)), OpensAt: Time(g.Key.Opens), ClosesAt: Time(g.Key.Closes), Description: Words.LocalTime.In(language),
                Notes: closures.Count == 0 ? null : string.Join("; ", closures)))
            .ToList();
        foreach (var e in p.OpeningExceptions.Where(e => !e.Closed))
            result.Add(new HsdsSchedule(PartId(p.Id, $"exception:{Date(e.From)}-{Date(e.To)}"), LocationId: p.Id, Freq: "WEEKLY",
                Byday: ByDay(Enum.GetValues<DayOfWeek>()), Dtstart: Date(e.From), Until: Date(e.To), ValidFrom: Date(e.From), ValidTo: Date(e.To),
                OpensAt: Time(e.Opens!.Value), ClosesAt: Time(e.Closes!.Value), Description: Words.ExceptionalHours.In(language), Notes: e.Note?.In(language)));
        return result;
    }

    // ---- organisations -------------------------------------------------------------------------------------

    public static HsdsOrganization? Organization(HsdsContext c, Guid id) =>
        c.Organisations.TryGetValue(id, out var o) ? Organization(o.Id, o.Name, o.Kind, c.Language) : null;

    public static HsdsOrganization Organization(Organisation o, string language) => Organization(o.Id, o.Name, o.Kind, language);

    private static HsdsOrganization Organization(Guid id, LocalizedText name, OrganisationKind kind, string language) =>
        new(id, name.In(language), OrganisationKinds[kind].In(language));

    public static HsdsOrganization FullOrganization(Organisation o, string language, IReadOnlyList<HsdsLocation> locations, IReadOnlyList<HsdsService> services) =>
        Organization(o, language) with
        {
            OrganizationIdentifiers = o.BusinessId is { Length: > 0 } businessId
                // FI-PRO: the Finnish Patent and Registration Office's register (org-id.guide), which issues the Y-tunnus.
                ? [new HsdsOrganizationIdentifier(PartId(o.Id, "business-id"), o.Id, "FI-PRO", Words.BusinessId.In(language), businessId)]
                : [],
            Locations = locations,
            Services = services,
            Attributes = [],
        };

    private static readonly IReadOnlyDictionary<OrganisationKind, LocalizedText> OrganisationKinds = new Dictionary<OrganisationKind, LocalizedText>
    {
        [OrganisationKind.Municipality] = new("Kunta", "Kommun", "Municipality"),
        [OrganisationKind.WellbeingCounty] = new("Hyvinvointialue", "Välfärdsområde", "Wellbeing services county"),
        [OrganisationKind.JointMunicipalAuthority] = new("Kuntayhtymä", "Samkommun", "Joint municipal authority"),
        [OrganisationKind.Ngo] = new("Järjestö", "Organisation", "Non-governmental organisation"),
        [OrganisationKind.Parish] = new("Seurakunta", "Församling", "Parish"),
        [OrganisationKind.Company] = new("Yritys", "Företag", "Company"),
    };

    // ---- parts ---------------------------------------------------------------------------------------------

    private static IReadOnlyList<HsdsAttribute> Attributes(Guid owner, string entity, IEnumerable<HsdsTerm> terms, string language) =>
        terms.Select(t => new HsdsAttribute(PartId(owner, "attribute:" + t.Taxonomy + "." + t.Code), owner, t.Taxonomy, entity, t.Id, HsdsTaxonomies.ToHsds(t, language)))
            .ToList();

    private static IEnumerable<HsdsTerm> TagTerms<TEnum>(string taxonomy, string tags) where TEnum : struct, Enum =>
        Tags.SplitEnum<TEnum>(tags).Select(v => HsdsTaxonomies.Term(taxonomy, v));

    private static IReadOnlyList<HsdsLanguage> LanguagesOf(Guid owner, string tags, string language) =>
        Tags.Split(tags).Select(code => new HsdsLanguage(PartId(owner, "language:" + code),
            LanguageNames.TryGetValue(code, out var name) ? name.In(language) : code, code, owner)).ToList();

    private static readonly IReadOnlyDictionary<string, LocalizedText> LanguageNames = new Dictionary<string, LocalizedText>
    {
        ["fi"] = new("suomi", "finska", "Finnish"),
        ["sv"] = new("ruotsi", "svenska", "Swedish"),
        ["en"] = new("englanti", "engelska", "English"),
        ["se"] = new("pohjoissaame", "nordsamiska", "Northern Sami"),
        ["ru"] = new("venäjä", "ryska", "Russian"),
        ["uk"] = new("ukraina", "ukrainska", "Ukrainian"),
        ["et"] = new("viro", "estniska", "Estonian"),
        ["ar"] = new("arabia", "arabiska", "Arabic"),
        ["so"] = new("somali", "somaliska", "Somali"),
        ["fa"] = new("persia", "persiska", "Persian"),
        ["fit"] = new("meänkieli", "meänkieli", "Meänkieli"),
        ["fse"] = new("suomalainen viittomakieli", "finskt teckenspråk", "Finnish Sign Language"),
    };

    private static HsdsCostOption CostOption(Guid owner, Cost cost, string? feeNote, string language) => cost == Cost.Free
        ? new HsdsCostOption(PartId(owner, "cost"), owner, Words.Free.In(language), 0m, "EUR")
        : new HsdsCostOption(PartId(owner, "cost"), owner, Words.Fee.In(language), AmountDescription: feeNote);

    private static string Fees(Cost cost, string? feeNote, string language) =>
        cost == Cost.Free ? Words.Free.In(language) : feeNote is { Length: > 0 } ? Words.Fee.In(language) + ": " + feeNote : Words.Fee.In(language);

    private static string? Eligibility(string audiences, int? ageMin, int? ageMax, string language)
    {
        var parts = TagTerms<Audience>(HsdsTaxonomies.Audience, audiences).Select(t => t.Name.In(language)).ToList();
        if (ageMin is not null || ageMax is not null)
            parts.Add(string.Format(CultureInfo.InvariantCulture, Words.Ages.In(language), ageMin?.ToString(CultureInfo.InvariantCulture) ?? "0",
                ageMax?.ToString(CultureInfo.InvariantCulture) ?? "–"));
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static HsdsPhone? Phone(string? number, Guid owner, string ownerKind) => string.IsNullOrWhiteSpace(number) ? null
        : ownerKind == "service" ? new HsdsPhone(PartId(owner, "phone"), number.Trim(), ServiceId: owner)
        : new HsdsPhone(PartId(owner, "phone"), number.Trim(), LocationId: owner);

    /// <summary>Only absolute http(s) addresses: HSDS types these as URIs and a consumer follows them.</summary>
    private static string? Url(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static string? Email(string? value) =>
        MailAddress.TryCreate(value?.Trim(), out var address) && address.Address == value!.Trim() ? address.Address : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public static string Timestamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string ByDay(IEnumerable<DayOfWeek> days) =>
        string.Join(',', days.Distinct().OrderBy(d => ((int)d + 6) % 7).Select(d => d switch
        {
            DayOfWeek.Monday => "MO", DayOfWeek.Tuesday => "TU", DayOfWeek.Wednesday => "WE", DayOfWeek.Thursday => "TH",
            DayOfWeek.Friday => "FR", DayOfWeek.Saturday => "SA", _ => "SU",
        }));

    /// <summary>The few phrases the open data writes itself, in the three languages.</summary>
    private static class Words
    {
        public static readonly LocalizedText Free = new("Maksuton", "Avgiftsfri", "Free of charge");
        public static readonly LocalizedText Fee = new("Maksullinen", "Avgiftsbelagd", "Fee");
        public static readonly LocalizedText RegistrationRequired = new("Ilmoittautuminen tarvitaan", "Anmälan krävs", "Registration required");
        public static readonly LocalizedText NoRegistration = new("Ei ilmoittautumista, tule paikalle.", "Ingen anmälan, kom som du är.", "No registration, just come.");
        public static readonly LocalizedText Capacity = new("Enintään {0} osallistujaa.", "Högst {0} deltagare.", "At most {0} participants.");
        public static readonly LocalizedText Ages = new("ikä {0}–{1} v", "ålder {0}–{1} år", "ages {0}–{1}");
        public static readonly LocalizedText EService = new("Sähköinen asiointi", "E-tjänst", "E-service");
        public static readonly LocalizedText Booking = new("Ajanvaraus", "Tidsbokning", "Booking");
        public static readonly LocalizedText LocalTime = new("Ajat Suomen aikaa (Europe/Helsinki).", "Tiderna i finsk tid (Europe/Helsinki).", "Times in Finnish time (Europe/Helsinki).");
        public static readonly LocalizedText Cancelled = new("Ei kokoontumista", "Ingen träff", "Cancelled");
        public static readonly LocalizedText Closed = new("Suljettu", "Stängt", "Closed");
        public static readonly LocalizedText ExceptionalHours = new("Poikkeavat aukioloajat", "Avvikande öppettider", "Exceptional opening hours");
        public static readonly LocalizedText BusinessId = new("Y-tunnus", "FO-nummer", "Business ID");
    }
}

/// <summary>
/// The columns of a service that its list form shows (the one-to-one fields). A page of a list reads these by column
/// rather than whole rows, so what only the full form needs (places, topics, phone) is neither read nor converted;
/// <see cref="Of"/> takes them from a service already read whole, so both forms map the same fields. Decision 0042.
/// </summary>
public sealed record ServiceFields(Guid Id, Guid OrganisationId, LocalizedText Name, LocalizedText Description, string? WebUrl,
    string? EServiceUrl, string? BookingUrl, string? Email, Cost Cost, string? FeeNote, string Audiences, int? AgeMin, int? AgeMax,
    DateTime UpdatedAt)
{
    /// <summary>The projection a query selects: the texts by column (a complex property itself would read the whole row).</summary>
    public static readonly Expression<Func<Service, ServiceFields>> Select = s => new ServiceFields(s.Id, s.OrganisationId,
        new LocalizedText(s.Name.Fi, s.Name.Sv, s.Name.En), new LocalizedText(s.Description.Fi, s.Description.Sv, s.Description.En),
        s.WebUrl, s.EServiceUrl, s.BookingUrl, s.Email, s.Cost, s.FeeNote, s.Audiences, s.AgeMin, s.AgeMax, s.UpdatedAt);

    private static readonly Func<Service, ServiceFields> FromService = Select.Compile();

    public static ServiceFields Of(Service service) => FromService(service);
}

/// <summary>
/// The columns of an activity that its list form shows (the one-to-one fields): read by column for a page of a list,
/// so its schedule — a JSON column, the dearest to read — and what else only the full form needs are not. Decision 0042.
/// </summary>
public sealed record ActivityFields(Guid Id, Guid OrganisationId, LocalizedText Name, LocalizedText Description, bool RegistrationRequired,
    string? RegistrationUrl, string? RegistrationContact, int? Capacity, Cost Cost, string? FeeNote, string Audiences, int? AgeMin, int? AgeMax,
    DateTime UpdatedAt)
{
    /// <summary>The projection a query selects: the texts by column (a complex property itself would read the whole row).</summary>
    public static readonly Expression<Func<Activity, ActivityFields>> Select = a => new ActivityFields(a.Id, a.OrganisationId,
        new LocalizedText(a.Name.Fi, a.Name.Sv, a.Name.En), new LocalizedText(a.Description.Fi, a.Description.Sv, a.Description.En),
        a.RegistrationRequired, a.RegistrationUrl, a.RegistrationContact, a.Capacity, a.Cost, a.FeeNote, a.Audiences, a.AgeMin, a.AgeMax,
        a.UpdatedAt);

    private static readonly Func<Activity, ActivityFields> FromActivity = Select.Compile();

    public static ActivityFields Of(Activity activity) => FromActivity(activity);
}
