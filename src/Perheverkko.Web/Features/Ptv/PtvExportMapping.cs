using System.Globalization;
using System.Text.RegularExpressions;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Text;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// A service or meeting place kept here as PTV's input API takes it (docs/ptv.md, "Export"): the texts in each language the
/// entry has, the codes through <see cref="PtvCodes"/>, municipalities by their official code, coordinates in ETRS-TM35FIN.
/// Pure: the caller reads what the mapping needs (the PTV organisation, the municipality codes) and sends the result.
/// </summary>
public static partial class PtvExportMapping
{
    /// <summary>PTV's longest summary ("Summary" of a service or channel description).</summary>
    public const int SummaryMaxLength = 150;

    public static PtvServiceIn Service(Service service, Guid ptvOrganisationId, IReadOnlyList<string> municipalityCodes, bool archive)
    {
        var details = service.Details();
        return Service(service, ptvOrganisationId, municipalityCodes, archive,
            PtvCodes.ServiceClassUris(details.Topics, details.Level), PtvCodes.TargetGroupUris(details.Audiences),
            PtvCodes.LifeEventUris(details.Topics, details.Audiences));
    }

    /// <param name="municipalityCodes">The official codes of the municipalities it serves: its own, or every one of its region.</param>
    /// <param name="archive">Archived here: PTV's copy is archived ("Deleted").</param>
    public static PtvServiceIn Service(Service service, Guid ptvOrganisationId, IReadOnlyList<string> municipalityCodes, bool archive,
        IReadOnlyList<string> serviceClasses, IReadOnlyList<string> targetGroups, IReadOnlyList<string> lifeEvents)
    {
        var details = service.Details();
        var descriptions = Descriptions(service.Name, service.Description);
        if (details.Cost == Cost.Fee && !string.IsNullOrWhiteSpace(details.FeeNote))
            descriptions.Add(new PtvLocalizedItem("ChargeTypeAdditionalInfo", "fi", details.FeeNote.Trim()));
        var languages = details.Languages.Count > 0 ? details.Languages.ToList() : ["fi"];
        var organisation = ptvOrganisationId.ToString("D");
        return new PtvServiceIn(
            SourceId: service.Id.ToString("D"),
            Type: "Service",
            // The network's services are paid for by the municipalities, the wellbeing services county and grants (003 §1).
            FundingType: "PubliclyFunded",
            ServiceNames: Texts(service.Name).Select(t => new PtvLocalizedItem("Name", t.Language, t.Value)).ToList(),
            ServiceChargeType: details.Cost == Cost.Fee ? "Chargeable" : "FreeOfCharge",
            AreaType: "LimitedType",
            Areas: [new PtvAreaIn("Municipality", municipalityCodes)],
            ServiceDescriptions: descriptions,
            Languages: languages,
            ServiceClasses: serviceClasses,
            TargetGroups: targetGroups,
            LifeEvents: lifeEvents,
            ServiceProducers: [new PtvServiceProducerIn("SelfProducedServices", [ptvOrganisationId])],
            MainResponsibleOrganization: organisation,
            PublishingStatus: archive ? PtvInput.Deleted : PtvInput.Published);
    }

    /// <param name="municipalityCode">The official code of the place's municipality ("491").</param>
    public static PtvServiceLocationIn MeetingPlace(MeetingPlace place, Guid ptvOrganisationId, string municipalityCode, bool archive)
    {
        var names = Texts(place.Name);
        var languages = names.Select(n => n.Language).ToList();
        return new PtvServiceLocationIn(
            SourceId: place.Id.ToString("D"),
            OrganizationId: ptvOrganisationId.ToString("D"),
            ServiceChannelNames: names.Select(t => new PtvLocalizedItem("Name", t.Language, t.Value)).ToList(),
            DisplayNameType: languages.Select(l => new PtvNameTypeByLanguage("Name", l)).ToList(),
            ServiceChannelDescriptions: Descriptions(place.Name, place.Description),
            Languages: languages,
            PhoneNumbers: place.Phone is { } phone ? [Phone(phone)] : [],
            Emails: place.Email is { } email ? [new PtvLanguageItem(email, "fi")] : [],
            WebPages: place.WebUrl is { } url ? [new PtvWebPageIn(url, null, "fi")] : [],
            Addresses: Address(place, municipalityCode) is { } address ? [address] : [],
            ServiceHours: ServiceHours(place.OpeningHours, place.OpeningExceptions),
            PublishingStatus: archive ? PtvInput.Deleted : PtvInput.Published);
    }

    /// <summary>
    /// PTV wants a summary (at most 150 characters) and a description: the summary is the description's first paragraph,
    /// shortened at a word; an entry without a description is summarised by its name.
    /// </summary>
    public static List<PtvLocalizedItem> Descriptions(LocalizedText name, LocalizedText description)
    {
        var items = new List<PtvLocalizedItem>();
        var names = Texts(name).ToDictionary(t => t.Language, t => t.Value);
        var plain = Texts(description).ToDictionary(t => t.Language, t => PlainText(t.Value));
        foreach (var (language, title) in names)
        {
            var text = plain.GetValueOrDefault(language);
            items.Add(new PtvLocalizedItem("Summary", language, Summary(string.IsNullOrWhiteSpace(text) ? title : text)));
            items.Add(new PtvLocalizedItem("Description", language, string.IsNullOrWhiteSpace(text) ? title : text));
        }
        return items;
    }

    /// <summary>Markdown as plain text, its paragraphs kept apart by an empty line (PTV shows line breaks, not Markdown).</summary>
    public static string PlainText(string markdown) => string.Join("\n\n", Paragraphs().Split(markdown.ReplaceLineEndings("\n"))
        .Select(p => SafeMarkdown.ToPlainText(p).Trim()).Where(p => p.Length > 0));

    public static string Summary(string text)
    {
        var first = Paragraphs().Split(text.ReplaceLineEndings("\n"), 2)[0].ReplaceLineEndings(" ").Trim();
        if (first.Length <= SummaryMaxLength) return first;
        var cut = first[..(SummaryMaxLength - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > SummaryMaxLength / 2 ? cut[..space] : cut).TrimEnd(' ', ',', ';', ':') + "…";
    }

    /// <summary>
    /// A number as PTV keeps it: a Finnish number without its leading zero after the prefix +358, a foreign one with its own
    /// prefix, and a national service number (0800, 0600…) whole, without a prefix.
    /// </summary>
    public static PtvPhoneIn Phone(string phone)
    {
        var digits = new string(phone.Where(c => char.IsDigit(c) || c == '+').ToArray());
        if (ServiceNumber().IsMatch(digits)) return new PtvPhoneIn(null, digits, true, "Chargeable", "fi");
        if (digits.StartsWith("+358", StringComparison.Ordinal)) return new PtvPhoneIn("+358", digits[4..].TrimStart('0'), false, "Chargeable", "fi");
        if (digits.StartsWith('+') && digits.Length > 4)
        {
            var length = CountryCodeLength(digits[1..]);
            return new PtvPhoneIn(digits[..(length + 1)], digits[(length + 1)..], false, "Chargeable", "fi");
        }
        return new PtvPhoneIn("+358", digits.TrimStart('0'), false, "Chargeable", "fi");
    }

    /// <summary>The visiting address with its coordinates; none when the place has no street address (PTV then says what it lacks).</summary>
    public static PtvAddressIn? Address(MeetingPlace place, string municipalityCode)
    {
        if (string.IsNullOrWhiteSpace(place.StreetAddress)) return null;
        var match = StreetAndNumber().Match(place.StreetAddress.Trim());
        var street = match.Success ? match.Groups["street"].Value : place.StreetAddress.Trim();
        var number = match.Success ? match.Groups["number"].Value : null;
        string? northing = null, easting = null;
        if (place.Latitude is { } latitude && place.Longitude is { } longitude)
        {
            var (n, e) = EtrsTm35Fin.FromWgs84(latitude, longitude);
            northing = n.ToString("0.###", CultureInfo.InvariantCulture);
            easting = e.ToString("0.###", CultureInfo.InvariantCulture);
        }
        return new PtvAddressIn("Location", "Single",
            new PtvStreetAddressIn([new PtvLanguageItem(street, "fi")], number, place.PostalCode, municipalityCode, northing, easting), "FI");
    }

    /// <summary>The weekly hours as one "DaysOfTheWeek" entry valid for now; each exception as an "Exceptional" entry of its dates.</summary>
    public static IReadOnlyList<PtvServiceHourIn> ServiceHours(IReadOnlyList<WeeklyOpening> weekly, IReadOnlyList<OpeningException> exceptions)
    {
        var hours = new List<PtvServiceHourIn>();
        if (weekly.Count > 0)
            hours.Add(new PtvServiceHourIn("DaysOfTheWeek", null, null, false, true, [],
                weekly.Select(w => new PtvOpeningTimeIn(w.Day.ToString(), Time(w.Opens), Time(w.Closes))).ToList()));
        foreach (var exception in exceptions)
        {
            IReadOnlyList<PtvLanguageItem> note = exception.Note is not { } n ? []
                : new[] { (n.Fi, "fi"), (n.Sv, "sv"), (n.En, "en") }.Where(x => !string.IsNullOrWhiteSpace(x.Item1)).Select(x => new PtvLanguageItem(x.Item1!.Trim(), x.Item2)).ToList();
            IReadOnlyList<PtvOpeningTimeIn> times = exception.Closed ? []
                : [new PtvOpeningTimeIn(exception.From.DayOfWeek.ToString(), Time(exception.Opens!.Value), Time(exception.Closes!.Value))];
            hours.Add(new PtvServiceHourIn("Exceptional", exception.From.ToDateTime(TimeOnly.MinValue), exception.To.ToDateTime(TimeOnly.MinValue),
                exception.Closed, false, note, times));
        }
        return hours;
    }

    private static string Time(TimeOnly time) => time.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture);

    /// <summary>The languages a text is given in, Finnish first.</summary>
    private static List<(string Language, string Value)> Texts(LocalizedText text)
    {
        var texts = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(text.Fi)) texts.Add(("fi", text.Fi.Trim()));
        if (!string.IsNullOrWhiteSpace(text.Sv)) texts.Add(("sv", text.Sv.Trim()));
        if (!string.IsNullOrWhiteSpace(text.En)) texts.Add(("en", text.En.Trim()));
        return texts;
    }

    [GeneratedRegex(@"^0(100|200|300|600|700|800)\d+$")]
    private static partial Regex ServiceNumber();

    /// <summary>
    /// How many digits the country code at the start has (ITU-T E.164): zones 1 and 7 have one; in the other zones a code of
    /// two digits, unless its first two digits open a range of three-digit codes (358 for Finland, 46 is Sweden's whole code).
    /// </summary>
    private static int CountryCodeLength(string digits) =>
        digits[0] is '1' or '7' ? 1 : ThreeDigitRanges.Contains(digits[..2]) ? 3 : 2;

    private static readonly HashSet<string> ThreeDigitRanges =
        ["21", "22", "23", "24", "25", "26", "29", "35", "37", "38", "42", "50", "59", "67", "68", "69", "80", "85", "87", "88", "96", "97", "99"];

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"^(?<street>.*?\D)\s+(?<number>\d.*)$")]
    private static partial Regex StreetAndNumber();
}
