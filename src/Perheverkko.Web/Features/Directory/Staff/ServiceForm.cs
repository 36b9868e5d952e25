using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Directory.Staff;

public sealed class ServiceForm
{
    public int? Version { get; set; }
    public Guid? OrganisationId { get; set; }
    public LocalizedTextInput Name { get; set; } = new(null, null, null);
    public LocalizedTextInput Description { get; set; } = new(null, null, null);
    public ServiceLevel? Level { get; set; }
    public Guid? MunicipalityId { get; set; }
    public int? AgeMin { get; set; }
    public int? AgeMax { get; set; }
    public List<Audience> Audiences { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
    public string? Languages { get; set; }
    public List<Guid> MeetingPlaceIds { get; set; } = [];
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? WebUrl { get; set; }
    public string? EServiceUrl { get; set; }
    public string? BookingUrl { get; set; }
    public Cost? Cost { get; set; }
    public string? FeeNote { get; set; }

    public ServiceRequest ToRequest() => new(Version, OrganisationId, Name, Description, Level, MunicipalityId, AgeMin, AgeMax, Audiences, Topics,
        DirectoryInput.SplitList(Languages), MeetingPlaceIds, Phone, Email, WebUrl, EServiceUrl, Cost, FeeNote, BookingUrl);

    /// <summary>Takes PTV's fields (<see cref="Service.PtvFieldsDifferingFrom"/>) from the entry as it is: kept in PTV, they are not edited here.</summary>
    public void KeepPtvOwned(ServiceForm current)
    {
        Name = current.Name; Description = current.Description; MunicipalityId = current.MunicipalityId; Audiences = current.Audiences; Topics = current.Topics;
        Languages = current.Languages; MeetingPlaceIds = current.MeetingPlaceIds; Phone = current.Phone; Email = current.Email; WebUrl = current.WebUrl;
        EServiceUrl = current.EServiceUrl; Cost = current.Cost; FeeNote = current.FeeNote;
    }

    public static ServiceForm From(ServiceStaffView v)
    {
        var s = v.Service;
        return new ServiceForm
        {
            Version = v.Version, OrganisationId = s.Organisation.Id, Name = LocalizedTextInput.From(s.Name), Description = LocalizedTextInput.From(s.Description),
            Level = s.Level, MunicipalityId = s.Municipality?.Id, AgeMin = s.AgeMin, AgeMax = s.AgeMax, Audiences = s.Audiences.ToList(), Topics = s.Topics.ToList(),
            Languages = string.Join(", ", s.Languages), MeetingPlaceIds = s.MeetingPlaces.Select(p => p.Id).ToList(), Phone = s.Phone, Email = s.Email,
            WebUrl = s.WebUrl, EServiceUrl = s.EServiceUrl, Cost = s.Cost, FeeNote = s.FeeNote, BookingUrl = s.BookingUrl,
        };
    }
}

public sealed class OpeningForm
{
    public DayOfWeek Day { get; set; }
    public string? Opens { get; set; }
    public string? Closes { get; set; }
}

public sealed class ExceptionForm
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Opens { get; set; }
    public string? Closes { get; set; }
    public LocalizedTextInput Note { get; set; } = new(null, null, null);
}

public sealed class PlaceForm
{
    public static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public int? Version { get; set; }
    public Guid? OrganisationId { get; set; }
    public string? Slug { get; set; }
    public LocalizedTextInput Name { get; set; } = new(null, null, null);
    public LocalizedTextInput Description { get; set; } = new(null, null, null);
    public MeetingPlaceKind? Kind { get; set; }
    public Guid? MunicipalityId { get; set; }
    public string? StreetAddress { get; set; }
    public string? PostalCode { get; set; }
    public string? PostOffice { get; set; }
    /// <summary>Typed as text: "61.688" and "61,688" both read the same whatever the page's language.</summary>
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public LocalizedTextInput Accessibility { get; set; } = new(null, null, null);
    public List<OpeningForm> OpeningHours { get; set; } = Week.Select(d => new OpeningForm { Day = d }).ToList();
    public List<ExceptionForm> OpeningExceptions { get; set; } = [new(), new()];
    public List<CentralOffer> Offers { get; set; } = [];
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? WebUrl { get; set; }
    public string? BookingUrl { get; set; }
    public bool IsAdviceHomeBase { get; set; }

    public MeetingPlaceRequest ToRequest() => new(Version, OrganisationId, Slug, Name, Description, Kind, MunicipalityId, StreetAddress, PostalCode, PostOffice,
        Number(Latitude), Number(Longitude), Accessibility,
        OpeningHours.Select(h => new WeeklyOpeningInput(h.Day, h.Opens, h.Closes)).ToList(),
        OpeningExceptions.Select(e => new OpeningExceptionInput(e.From, e.To, e.Opens, e.Closes, e.Note)).ToList(), Offers, Phone, Email, WebUrl, BookingUrl, IsAdviceHomeBase);

    /// <summary>Something that is not a number becomes NaN, which the use case names as a field error.</summary>
    private static double? Number(string? text) => string.IsNullOrWhiteSpace(text) ? null
        : double.TryParse(text.Trim().Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    /// <summary>Takes PTV's fields (<see cref="MeetingPlace.PtvFieldsDifferingFrom"/>) from the place as it is: kept in PTV, they are not edited here.</summary>
    public void KeepPtvOwned(PlaceForm current)
    {
        Name = current.Name; Description = current.Description; MunicipalityId = current.MunicipalityId; StreetAddress = current.StreetAddress;
        PostalCode = current.PostalCode; PostOffice = current.PostOffice; Latitude = current.Latitude; Longitude = current.Longitude;
        OpeningHours = current.OpeningHours; OpeningExceptions = current.OpeningExceptions; Phone = current.Phone; Email = current.Email; WebUrl = current.WebUrl;
    }

    public static PlaceForm From(MeetingPlaceStaffView v)
    {
        var p = v.MeetingPlace;
        return new PlaceForm
        {
            Version = v.Version, OrganisationId = p.Organisation.Id, Slug = p.Slug, Name = LocalizedTextInput.From(p.Name), Description = LocalizedTextInput.From(p.Description),
            Kind = p.Kind, MunicipalityId = p.Municipality.Id, StreetAddress = p.StreetAddress, PostalCode = p.PostalCode, PostOffice = p.PostOffice,
            Latitude = p.Latitude?.ToString(System.Globalization.CultureInfo.InvariantCulture), Longitude = p.Longitude?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Accessibility = LocalizedTextInput.From(p.Accessibility),
            OpeningHours = Week.Select(d => p.OpeningHours.FirstOrDefault(h => h.Day == d) is { } h
                ? new OpeningForm { Day = d, Opens = h.Opens.ToString("HH:mm"), Closes = h.Closes.ToString("HH:mm") } : new OpeningForm { Day = d }).ToList(),
            OpeningExceptions = p.OpeningExceptions.Select(e => new ExceptionForm
            {
                From = e.From.ToString("yyyy-MM-dd"), To = e.To.ToString("yyyy-MM-dd"), Opens = e.Opens?.ToString("HH:mm"), Closes = e.Closes?.ToString("HH:mm"),
                Note = e.Note is { } note ? LocalizedTextInput.From(note) : new(null, null, null),
            }).Concat([new(), new()]).ToList(),
            Offers = p.Offers.ToList(), Phone = p.Phone, Email = p.Email, WebUrl = p.WebUrl,
            BookingUrl = p.BookingUrl, IsAdviceHomeBase = p.IsAdviceHomeBase,
        };
    }
}
