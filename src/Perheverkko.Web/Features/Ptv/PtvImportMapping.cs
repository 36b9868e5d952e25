using System.Globalization;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>One entry of PTV's answer as the directory would take it: its details, or the problems that keep it out.</summary>
public sealed record PtvMapped<TDetails>(string PtvId, string Name, TDetails? Details, IReadOnlyList<PtvProblem> Problems) where TDetails : class
{
    public bool IsValid => Problems.Count == 0 && Details is not null;
}

/// <summary>
/// PTV's Open API v11 models to the directory's details (issue #19 item 2 and "Bad input"): a service
/// (<see cref="V11VmOpenApiService"/>) to <see cref="ServiceDetails"/>, a service location
/// (<see cref="V11VmOpenApiServiceLocationChannel"/>) to <see cref="MeetingPlaceDetails"/>. Every problem of an entry is
/// collected (<see cref="PtvImportProblems"/>); an entry with any is not taken at all. What PTV has no field for gets the
/// value a new entry starts with (the caller keeps an existing entry's own, <c>ApplyFromPtv</c>).
/// </summary>
public static class PtvImportMapping
{
    public const int PhoneMaxLength = 40, EmailMaxLength = 254, UrlMaxLength = 500, FeeNoteMaxLength = 200, NoteMaxLength = 200;
    public const int StreetMaxLength = 200, PostalCodeMaxLength = 5, PostOfficeMaxLength = 100;

    /// <param name="municipalities">The region's municipalities by official code ("491").</param>
    /// <param name="placeIds">The directory's meeting places by PTV id (lower-case "D" form): a connection to another channel is not a place here.</param>
    public static PtvMapped<ServiceDetails> Service(V11VmOpenApiService service, IReadOnlyDictionary<string, Guid> municipalities,
        IReadOnlyDictionary<string, Guid> placeIds)
    {
        var problems = new Problems();
        var name = problems.Text("name", service.ServiceNames, ["Name"], LocalizedText.MaxLength, required: true);
        var description = problems.Text("description", service.ServiceDescriptions, ["Description", "Summary"], DirectoryEntry.DescriptionMaxLength);
        var classes = problems.Codes("serviceClasses", service.ServiceClasses);
        var groups = problems.Codes("targetGroups", service.TargetGroups);
        var events = problems.Codes("lifeEvents", service.LifeEvents);
        var languages = problems.Languages(service.Languages);
        var municipalityId = ServiceMunicipality(service, municipalities, problems);
        var contacts = (service.ServiceChannels ?? []).Select(c => c?.ContactDetails).OfType<V11VmOpenApiContactDetails>().ToList();
        var phone = problems.Limit("phone", Phone(contacts.SelectMany(c => c.PhoneNumbers ?? [])), PhoneMaxLength);
        var email = problems.Limit("email", Email(contacts.SelectMany(c => c.Emails ?? [])), EmailMaxLength);
        var web = problems.Limit("webUrl", Url(contacts.SelectMany(c => c.WebPages ?? [])), UrlMaxLength);
        var cost = string.Equals(service.ServiceChargeType, "Chargeable", StringComparison.OrdinalIgnoreCase) ? Cost.Fee : Cost.Free;
        var feeNote = problems.Limit("feeNote", Finnish(service.ServiceDescriptions, "ChargeTypeAdditionalInfo"), FeeNoteMaxLength);
        var places = (service.ServiceChannels ?? []).Select(c => c?.ServiceChannel?.Id).OfType<Guid>()
            .Select(id => placeIds.TryGetValue(IdText(id), out var placeId) ? placeId : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var details = new ServiceDetails(name, description, PtvCodes.LevelOf(classes), municipalityId, null, null,
            PtvCodes.Audiences(groups), PtvCodes.Topics(classes, events), languages, places, phone, email, web, null, cost, feeNote);
        return new(IdText(service.Id), DisplayName(name, service.Id), problems.Count == 0 ? details : null, problems.List);
    }

    /// <param name="municipalities">The region's municipalities by official code ("491").</param>
    public static PtvMapped<MeetingPlaceDetails> Place(V11VmOpenApiServiceLocationChannel channel, IReadOnlyDictionary<string, Guid> municipalities)
    {
        var problems = new Problems();
        var name = problems.Text("name", channel.ServiceChannelNames, ["Name"], LocalizedText.MaxLength, required: true);
        var description = problems.Text("description", channel.ServiceChannelDescriptions, ["Description", "Summary"], DirectoryEntry.DescriptionMaxLength);
        problems.Languages(channel.Languages);
        var address = (channel.Addresses ?? []).Where(a => a?.StreetAddress is not null)
            .OrderBy(a => string.Equals(a.Type, "Location", StringComparison.OrdinalIgnoreCase) ? 0 : 1).FirstOrDefault()?.StreetAddress;
        var street = address is null ? null
            : string.Join(' ', new[] { Finnish(address.Street), address.StreetNumber?.Trim() }.Where(s => !string.IsNullOrEmpty(s))).TrimmedOrNull();
        var municipalityCode = MunicipalityCode(address?.Municipality?.Code);
        Guid municipalityId = default;
        if (municipalityCode is null || !municipalities.TryGetValue(municipalityCode, out municipalityId))
            problems.Add(PtvImportProblems.MunicipalityNotInRegion, "municipality: " + (address?.Municipality?.Code ?? "-"));
        var (latitude, longitude) = Coordinates(address?.Latitude, address?.Longitude, problems.List);
        var (weekly, exceptions) = Hours(channel.ServiceHours, problems.List);
        var details = new MeetingPlaceDetails(name, description, MeetingPlaceKind.MeetingPlace, municipalityId,
            problems.Limit("streetAddress", street, StreetMaxLength), problems.Limit("postalCode", address?.PostalCode.TrimmedOrNull(), PostalCodeMaxLength),
            problems.Limit("postOffice", Finnish(address?.PostOffice), PostOfficeMaxLength), latitude, longitude, new LocalizedText(""),
            weekly, exceptions, [], problems.Limit("phone", Phone(channel.PhoneNumbers ?? []), PhoneMaxLength),
            problems.Limit("email", Email(channel.Emails ?? []), EmailMaxLength), problems.Limit("webUrl", Url(channel.WebPages ?? []), UrlMaxLength), null);
        return new(IdText(channel.Id), DisplayName(name, channel.Id), problems.Count == 0 ? details : null, problems.List);
    }

    /// <summary>The ids of the channels a service is connected to, as PTV ids.</summary>
    public static IReadOnlyList<string> ConnectedChannels(V11VmOpenApiService service) =>
        (service.ServiceChannels ?? []).Select(c => c?.ServiceChannel?.Id).OfType<Guid>().Select(IdText).Distinct().ToList();

    /// <summary>PTV ids as the directory keeps them: the GUID's "D" form, lower case.</summary>
    public static string IdText(Guid id) => id.ToString("D");

    /// <summary>PTV's weekly hours ("DaysOfTheWeek") and its exceptional days ("Exceptional": closed, or open at other hours).</summary>
    public static (IReadOnlyList<WeeklyOpening> Weekly, IReadOnlyList<OpeningException> Exceptions) Hours(
        IReadOnlyList<V11VmOpenApiServiceHour>? hours, ICollection<PtvProblem> problems)
    {
        var weekly = new List<WeeklyOpening>();
        var exceptions = new List<OpeningException>();
        foreach (var hour in (hours ?? []).Where(h => h is not null))
        {
            if (string.Equals(hour.ServiceHourType, "DaysOfTheWeek", StringComparison.OrdinalIgnoreCase))
            {
                // Another season's hours (valid later or no more) are not this week's.
                if (!hour.ValidForNow && (hour.ValidFrom is not null || hour.ValidTo is not null)) continue;
                if (hour.IsAlwaysOpen)
                {
                    weekly.AddRange(Enum.GetValues<DayOfWeek>().Select(d => new WeeklyOpening(d, TimeOnly.MinValue, new TimeOnly(23, 59))));
                    continue;
                }
                if (hour.IsClosed) continue;
                foreach (var opening in (hour.OpeningHour ?? []).Where(o => o is not null))
                {
                    var day = Day(opening.DayFrom);
                    var (opens, closes) = (Time(opening.From), Time(opening.To, closing: true));
                    var overMidnight = !string.IsNullOrWhiteSpace(opening.DayTo) && !string.Equals(opening.DayTo, opening.DayFrom, StringComparison.OrdinalIgnoreCase);
                    if (day is null || opens is null || closes is null || closes <= opens || overMidnight)
                        problems.Add(new(PtvImportProblems.InvalidHours, $"{opening.DayFrom} {opening.From}–{opening.To}"));
                    else weekly.Add(new WeeklyOpening(day.Value, opens.Value, closes.Value));
                }
            }
            else if (string.Equals(hour.ServiceHourType, "Exceptional", StringComparison.OrdinalIgnoreCase))
            {
                var from = Date(hour.ValidFrom);
                var to = Date(hour.ValidTo) ?? from;
                var note = Note(hour.AdditionalInformation);
                foreach (var text in new[] { note?.Fi, note?.Sv, note?.En }.Where(t => t is { Length: > NoteMaxLength }))
                    problems.Add(new(PtvImportProblems.TextTooLong, $"serviceHours.additionalInformation ({text!.Length} > {NoteMaxLength})"));
                var opening = (hour.OpeningHour ?? []).FirstOrDefault(o => o is not null);
                if (from is null || to < from) { problems.Add(new(PtvImportProblems.InvalidHours, $"Exceptional {hour.ValidFrom:yyyy-MM-dd}–{hour.ValidTo:yyyy-MM-dd}")); continue; }
                if (hour.IsClosed || opening is null) { exceptions.Add(new OpeningException(from.Value, to!.Value, null, null, note)); continue; }
                var (opens, closes) = (Time(opening.From), Time(opening.To, closing: true));
                if (opens is null || closes is null || closes <= opens) problems.Add(new(PtvImportProblems.InvalidHours, $"{from:yyyy-MM-dd} {opening.From}–{opening.To}"));
                else exceptions.Add(new OpeningException(from.Value, to!.Value, opens, closes, note));
            }
        }
        return (weekly.OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.Opens).ToList(), exceptions.OrderBy(e => e.From).ToList());
    }

    /// <summary>PTV's ETRS-TM35FIN strings to WGS84, rounded to a tenth of a metre's worth of degrees so a re-import compares equal.</summary>
    public static (double? Latitude, double? Longitude) Coordinates(string? northing, string? easting, ICollection<PtvProblem> problems)
    {
        var (hasNorth, hasEast) = (!string.IsNullOrWhiteSpace(northing), !string.IsNullOrWhiteSpace(easting));
        if (!hasNorth && !hasEast) return (null, null);
        if (hasNorth && hasEast
            && double.TryParse(northing, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            && double.TryParse(easting, NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
            && double.IsFinite(n) && double.IsFinite(e) && n is > 6_000_000 and < 8_000_000 && e is > -500_000 and < 1_500_000)
        {
            var (latitude, longitude) = EtrsTm35Fin.ToWgs84(n, e);
            (latitude, longitude) = (Math.Round(latitude, 6), Math.Round(longitude, 6));
            if (FinlandBounds.Contains(latitude, longitude)) return (latitude, longitude);
        }
        problems.Add(new(PtvImportProblems.InvalidCoordinates, $"latitude {northing ?? "-"}, longitude {easting ?? "-"}"));
        return (null, null);
    }

    /// <summary>A field's two values as a person reads them, for the review of a changed entry.</summary>
    public static string? Describe(ServiceDetails details, string field, Func<Guid, string> placeName) => field switch
    {
        "name" => Describe(details.Name),
        "description" => Describe(details.Description),
        "municipalityId" => details.MunicipalityId?.ToString(),
        "audiences" => string.Join(", ", details.Audiences.Order()),
        "topics" => string.Join(", ", details.Topics.Order()),
        "languages" => string.Join(", ", details.Languages),
        "meetingPlaceIds" => string.Join(", ", details.MeetingPlaceIds.Select(placeName).Order()),
        "phone" => details.Phone,
        "email" => details.Email,
        "webUrl" => details.WebUrl,
        "eServiceUrl" => details.EServiceUrl,
        "cost" => details.Cost.ToString(),
        "feeNote" => details.FeeNote,
        _ => null,
    };

    public static string? Describe(MeetingPlaceDetails details, string field) => field switch
    {
        "name" => Describe(details.Name),
        "description" => Describe(details.Description),
        "municipalityId" => details.MunicipalityId.ToString(),
        "streetAddress" => string.Join(", ", new[] { details.StreetAddress, string.Join(' ', new[] { details.PostalCode, details.PostOffice }.Where(s => s is not null)) }
            .Where(s => !string.IsNullOrEmpty(s))),
        "coordinates" => details.Latitude is null ? null : string.Create(CultureInfo.InvariantCulture, $"{details.Latitude:0.######}, {details.Longitude:0.######}"),
        "openingHours" => string.Join("; ", details.OpeningHours.OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.Opens).Select(h => $"{h.Day} {h.Opens:HH\\:mm}–{h.Closes:HH\\:mm}")),
        "openingExceptions" => string.Join("; ", details.OpeningExceptions.OrderBy(e => e.From).Select(e =>
            $"{e.From:yyyy-MM-dd}–{e.To:yyyy-MM-dd} " + (e.Closed ? "closed" : $"{e.Opens:HH\\:mm}–{e.Closes:HH\\:mm}") + (e.Note is null ? "" : $" ({Describe(e.Note)})"))),
        "phone" => details.Phone,
        "email" => details.Email,
        "webUrl" => details.WebUrl,
        _ => null,
    };

    private static string Describe(LocalizedText text) =>
        string.Join(" / ", new[] { text.Fi, text.Sv, text.En }.Where(s => !string.IsNullOrEmpty(s)));

    private static string DisplayName(LocalizedText name, Guid id) => string.IsNullOrEmpty(name.Fi) ? name.Sv ?? name.En ?? IdText(id) : name.Fi;

    private static Guid? ServiceMunicipality(V11VmOpenApiService service, IReadOnlyDictionary<string, Guid> municipalities, Problems problems)
    {
        if (!string.Equals(service.AreaType, "LimitedType", StringComparison.OrdinalIgnoreCase)) return null;
        var codes = (service.Areas ?? []).Where(a => a is not null).SelectMany(a => string.Equals(a.Type, "Municipality", StringComparison.OrdinalIgnoreCase)
            ? [a.Code] : (a.Municipalities ?? []).Select(m => m?.Code)).Select(c => (Raw: c, Code: MunicipalityCode(c))).ToList();
        foreach (var (raw, code) in codes.Where(c => c.Code is null || !municipalities.ContainsKey(c.Code)))
            problems.Add(PtvImportProblems.MunicipalityNotInRegion, "areas: " + (raw ?? "-"));
        var ids = codes.Where(c => c.Code is not null && municipalities.ContainsKey(c.Code)).Select(c => municipalities[c.Code!]).Distinct().ToList();
        // One municipality is that one's service; several, or a wider area, serve the whole region.
        return ids.Count == 1 ? ids[0] : null;
    }

    private static string? MunicipalityCode(string? code)
    {
        var text = code?.Trim();
        return text is { Length: >= 1 and <= 3 } && text.All(char.IsAsciiDigit) ? text.PadLeft(3, '0') : null;
    }

    private static DayOfWeek? Day(string? text) => Enum.TryParse<DayOfWeek>(text?.Trim(), ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(text, out _) ? day : null;

    /// <summary>PTV's "08:00:00" (or "08:00"); a closing time of midnight is the end of the day.</summary>
    private static TimeOnly? Time(string? text, bool closing = false)
    {
        if (!TimeOnly.TryParseExact(text?.Trim(), ["HH:mm:ss", "HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return text?.Trim() is "24:00" or "24:00:00" && closing ? new TimeOnly(23, 59) : null;
        return closing && time == TimeOnly.MinValue ? new TimeOnly(23, 59) : time;
    }

    /// <summary>PTV's day of an exception: its date in Finnish time (a UTC midnight of Finland is the evening before in UTC).</summary>
    private static DateOnly? Date(DateTime? value) => value is not { } v ? null
        : DateOnly.FromDateTime(v.Kind == DateTimeKind.Utc ? TimeZoneInfo.ConvertTimeFromUtc(v, HelsinkiTime.Zone) : v);

    /// <summary>An exception's note (PTV's additional information) in Finnish, Swedish and English; none when PTV gives no text.</summary>
    private static LocalizedText? Note(IReadOnlyList<VmOpenApiLanguageItem>? items)
    {
        string? In(string language) => items?.FirstOrDefault(i => i is not null && i.Language == language && !string.IsNullOrWhiteSpace(i.Value))?.Value?.Trim();
        return Finnish(items) is { } finnish ? new LocalizedText(finnish, In("sv"), In("en")) : null;
    }

    private static string? Finnish(IReadOnlyList<VmOpenApiLanguageItem>? items) => Preferred(items?.Where(i => i is not null).Select(i => (i.Language, i.Value)));

    private static string? Finnish(IReadOnlyList<VmOpenApiLocalizedListItem>? items, string type) =>
        Preferred(items?.Where(i => i is not null && string.Equals(i.Type, type, StringComparison.OrdinalIgnoreCase)).Select(i => (i.Language, i.Value)));

    private static string? Preferred(IEnumerable<(string? Language, string? Value)>? items)
    {
        var list = (items ?? []).Where(i => !string.IsNullOrWhiteSpace(i.Value)).ToList();
        return (list.FirstOrDefault(i => i.Language == "fi").Value ?? list.FirstOrDefault().Value)?.Trim();
    }

    private static string? Phone(IEnumerable<V4VmOpenApiPhone?> phones)
    {
        var list = phones.OfType<V4VmOpenApiPhone>().Where(p => !string.IsNullOrWhiteSpace(p.Number)).ToList();
        var phone = list.FirstOrDefault(p => p.Language == "fi") ?? list.FirstOrDefault();
        if (phone is null) return null;
        var number = phone.Number!.Trim();
        return string.IsNullOrWhiteSpace(phone.PrefixNumber) || number.StartsWith('+') ? number : phone.PrefixNumber.Trim() + " " + number;
    }

    private static string? Email(IEnumerable<V4VmOpenApiEmail?> emails) =>
        Preferred(emails.OfType<V4VmOpenApiEmail>().Select(e => (e.Language, e.Value)))?.ToLowerInvariant();

    private static string? Url(IEnumerable<V9VmOpenApiWebPage?> pages) => Preferred(pages.OfType<V9VmOpenApiWebPage>().Select(p => (p.Language, p.Url)));

    /// <summary>An entry's problems as they are found, each once.</summary>
    private sealed class Problems
    {
        public List<PtvProblem> List { get; } = [];
        public int Count => List.Count;

        public void Add(string code, string detail)
        {
            var problem = new PtvProblem(code, detail);
            if (!List.Contains(problem)) List.Add(problem);
        }

        public string? Limit(string field, string? value, int maxLength)
        {
            if (value is { } v && v.Length > maxLength) Add(PtvImportProblems.TextTooLong, $"{field} ({v.Length} > {maxLength})");
            return value;
        }

        /// <summary>A text in Finnish, Swedish and English from PTV's typed texts; other languages are not kept here.</summary>
        public LocalizedText Text(string field, IReadOnlyList<VmOpenApiLocalizedListItem>? items, string[] types, int maxLength, bool required = false)
        {
            string? In(string language)
            {
                foreach (var type in types)
                {
                    var value = (items ?? []).FirstOrDefault(i => i is not null && i.Language == language && !string.IsNullOrWhiteSpace(i.Value)
                        && (i.Type is null || string.Equals(i.Type, type, StringComparison.OrdinalIgnoreCase)))?.Value?.Trim();
                    if (value is not null) return Limit($"{field}.{language}", value, maxLength);
                }
                return null;
            }
            var fi = In("fi");
            if (required && fi is null) Add(PtvImportProblems.NoFinnishName, field + ".fi");
            return new LocalizedText(fi ?? "", In("sv"), In("en"));
        }

        public IReadOnlyList<string> Codes(string field, IReadOnlyList<V7VmOpenApiFintoItem>? items)
        {
            var codes = new List<string>();
            foreach (var item in (items ?? []).Where(i => i is not null))
            {
                var code = !string.IsNullOrWhiteSpace(item.Code) ? item.Code.Trim().ToUpperInvariant() : item.Uri is null ? null : PtvCodes.Normalise(item.Uri);
                if (code is null || !PtvCodes.IsKnown(code)) Add(PtvImportProblems.UnknownCode, $"{field}: {item.Code ?? item.Uri ?? "-"}");
                else codes.Add(code);
            }
            return codes.Distinct().ToList();
        }

        public IReadOnlyList<string> Languages(IReadOnlyList<string?>? languages)
        {
            var list = new List<string>();
            foreach (var language in languages ?? [])
            {
                var code = language?.Trim().ToLowerInvariant();
                if (code is null || !PtvCodes.IsLanguage(code)) Add(PtvImportProblems.UnknownLanguage, "languages: " + (language ?? "-"));
                else if (!list.Contains(code)) list.Add(code);
            }
            return list;
        }
    }
}
