using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

public enum MeetingPlaceKind
{
    CentralMeetingPlace,
    MeetingPlace,
    YouthGuidanceCentre,
    YouthSpace,
    Other,
}

/// <summary>What an editor gives for a meeting place; the maintaining organisation is chosen when it is created.</summary>
public sealed record MeetingPlaceDetails(
    LocalizedText Name, LocalizedText Description, MeetingPlaceKind Kind, Guid MunicipalityId,
    string? StreetAddress, string? PostalCode, string? PostOffice, double? Latitude, double? Longitude,
    LocalizedText Accessibility, IReadOnlyList<WeeklyOpening> OpeningHours, IReadOnlyList<OpeningException> OpeningExceptions,
    IReadOnlyList<CentralOffer> Offers, string? Phone, string? Email, string? WebUrl, Guid? FamilyCentreId,
    string? BookingUrl = null, bool IsAdviceHomeBase = false);

/// <summary>
/// A meeting place (kohtaamispaikka, 003 §2.2): where families and young people meet and find open activity,
/// peer support, early support, the Perheneuvo network and services. Opening hours are a weekly pattern plus
/// exceptions and closures, in Finnish time. In PTV a meeting place is a service-location channel
/// (<see cref="PtvSyncedEntry"/>).
/// </summary>
public sealed class MeetingPlace : PtvSyncedEntry
{
    private MeetingPlace() { }

    /// <summary>A known place as the network seed names it (the youth guidance centres): published, nothing else known yet.</summary>
    public MeetingPlace(Guid id, Guid regionId, string slug, LocalizedText name, MeetingPlaceKind kind, Guid municipalityId, Guid organisationId)
    {
        Begin(id, regionId, DateTime.UnixEpoch, demo: false);
        Slug = slug; Name = name; Kind = kind; MunicipalityId = municipalityId; OrganisationId = organisationId;
        State = PublicationState.Published;
    }

    public string Slug { get; private set; } = "";
    public MeetingPlaceKind Kind { get; private set; }
    public Guid MunicipalityId { get; private set; }
    /// <summary>When the place is a family centre's own premises.</summary>
    public Guid? FamilyCentreId { get; private set; }
    public string? StreetAddress { get; private set; }
    public string? PostalCode { get; private set; }
    public string? PostOffice { get; private set; }
    /// <summary>WGS84, within Finland.</summary>
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public LocalizedText Accessibility { get; private set; } = new("");
    public IReadOnlyList<WeeklyOpening> OpeningHours { get; private set; } = [];
    public IReadOnlyList<OpeningException> OpeningExceptions { get; private set; } = [];
    /// <summary>The offers of 003 §2.2 as <see cref="Tags"/>.</summary>
    public string Offers { get; private set; } = "";
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? WebUrl { get; private set; }
    /// <summary>Where to book a visit or a time, when the place takes bookings.</summary>
    public string? BookingUrl { get; private set; }
    /// <summary>
    /// A Perheneuvo home base (003 §3.4: "perheneuvoverkoston kotipesä"): the place shows the region's Perheneuvo number
    /// and hours and leads to the contact form.
    /// </summary>
    public bool IsAdviceHomeBase { get; private set; }

    public IReadOnlyList<CentralOffer> OfferList => Tags.SplitEnum<CentralOffer>(Offers);

    public static MeetingPlace Create(Guid id, Guid regionId, string slug, Guid organisationId, MeetingPlaceDetails details, DateTime now, bool demo = false)
    {
        Check(details);
        var place = new MeetingPlace { Slug = slug, OrganisationId = organisationId };
        place.Begin(id, regionId, now, demo);
        place.Apply(details);
        return place;
    }

    /// <summary>A service-location channel read from PTV: kept there, published, with its PTV id.</summary>
    public static MeetingPlace ImportFromPtv(Guid id, Guid regionId, string slug, Guid organisationId, string ptvId, MeetingPlaceDetails details, DateTime now)
    {
        var place = Create(id, regionId, slug, organisationId, details, now);
        place.BeginFromPtv(ptvId, now);
        return place;
    }

    public void Update(int expectedVersion, MeetingPlaceDetails details, DateTime now)
    {
        BeginChange(expectedVersion);
        Check(details);
        CheckEditableHere(details);
        Apply(details);
        Changed(now);
    }

    /// <summary>An import: PTV's values of the PTV-owned fields, what PTV has no field for as it was here.</summary>
    public void ApplyFromPtv(MeetingPlaceDetails fromPtv, DateTime now)
    {
        Check(fromPtv);
        var current = Details();
        Apply(fromPtv with
        {
            Kind = current.Kind, Accessibility = current.Accessibility, Offers = current.Offers, FamilyCentreId = current.FamilyCentreId,
            BookingUrl = current.BookingUrl, IsAdviceHomeBase = current.IsAdviceHomeBase,
        });
        ChangedFromPtv(now);
    }

    /// <summary>The place as an editor would give it.</summary>
    public MeetingPlaceDetails Details() => new(Name, Description, Kind, MunicipalityId, StreetAddress, PostalCode, PostOffice, Latitude, Longitude,
        Accessibility, OpeningHours, OpeningExceptions, OfferList, Phone, Email, WebUrl, FamilyCentreId, BookingUrl, IsAdviceHomeBase);

    /// <summary>
    /// PTV has no field for the kind of place, the offers of 003 §2.2, the family centre, a booking page, the Perheneuvo home
    /// base or a free accessibility text (PTV's accessibility comes from its own register); everything else is PTV's.
    /// </summary>
    public override IReadOnlyList<string> PtvFieldsDifferingFrom(object other)
    {
        var d = (MeetingPlaceDetails)other;
        var changed = new List<string>();
        void Compare(string field, bool same) { if (!same) changed.Add(field); }
        Compare("name", Name == d.Name);
        Compare("description", Description == d.Description);
        Compare("municipalityId", MunicipalityId == d.MunicipalityId);
        Compare("streetAddress", StreetAddress == d.StreetAddress && PostalCode == d.PostalCode && PostOffice == d.PostOffice);
        Compare("coordinates", Latitude == d.Latitude && Longitude == d.Longitude);
        Compare("openingHours", DirectoryJson.Write(OpeningHours) == DirectoryJson.Write(d.OpeningHours.OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.Opens).ToList()));
        Compare("openingExceptions", DirectoryJson.Write(OpeningExceptions) == DirectoryJson.Write(d.OpeningExceptions.OrderBy(e => e.From).ToList()));
        Compare("phone", Phone == d.Phone);
        Compare("email", Email == d.Email);
        Compare("webUrl", WebUrl == d.WebUrl);
        return changed;
    }

    private static void Check(MeetingPlaceDetails d)
    {
        RuleCheck.That(d.Latitude is null == d.Longitude is null, DirectoryRules.CoordinatesIncomplete);
        RuleCheck.That(d.Latitude is null || FinlandBounds.Contains(d.Latitude.Value, d.Longitude!.Value), DirectoryRules.CoordinatesOutsideFinland);
        RuleCheck.That(d.OpeningHours.All(h => h.Closes > h.Opens)
            && d.OpeningExceptions.All(e => e.To >= e.From && (e.Opens is null || (e.Closes is not null && e.Closes > e.Opens))),
            DirectoryRules.OpeningHoursInvalid);
    }

    private void Apply(MeetingPlaceDetails d)
    {
        Name = d.Name; Description = d.Description; Kind = d.Kind; MunicipalityId = d.MunicipalityId;
        StreetAddress = d.StreetAddress; PostalCode = d.PostalCode; PostOffice = d.PostOffice;
        Latitude = d.Latitude; Longitude = d.Longitude; Accessibility = d.Accessibility;
        OpeningHours = d.OpeningHours.OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.Opens).ToList();
        OpeningExceptions = d.OpeningExceptions.OrderBy(e => e.From).ToList();
        Offers = Tags.Join(d.Offers.Order());
        Phone = d.Phone; Email = d.Email; WebUrl = d.WebUrl; FamilyCentreId = d.FamilyCentreId;
        BookingUrl = d.BookingUrl; IsAdviceHomeBase = d.IsAdviceHomeBase;
    }

    /// <summary>The opening hours on a day: the exception that covers it, else the weekly pattern; empty when closed.</summary>
    public IReadOnlyList<(TimeOnly Opens, TimeOnly Closes)> HoursOn(DateOnly date)
    {
        var exception = OpeningExceptions.LastOrDefault(e => e.From <= date && date <= e.To);
        if (exception is not null) return exception.Closed ? [] : [(exception.Opens!.Value, exception.Closes!.Value)];
        return OpeningHours.Where(h => h.Day == date.DayOfWeek).Select(h => (h.Opens, h.Closes)).ToList();
    }
}
