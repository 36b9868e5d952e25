using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Directory;

public enum Cost
{
    Free,
    Fee,
}

/// <summary>What an editor gives for a service; the provider is chosen when it is created.</summary>
public sealed record ServiceDetails(
    LocalizedText Name, LocalizedText Description, ServiceLevel Level, Guid? MunicipalityId,
    int? AgeMin, int? AgeMax, IReadOnlyList<Audience> Audiences, IReadOnlyList<Topic> Topics, IReadOnlyList<string> Languages,
    IReadOnlyList<Guid> MeetingPlaceIds, string? Phone, string? Email, string? WebUrl, string? EServiceUrl,
    Cost Cost, string? FeeNote, string? BookingUrl = null);

/// <summary>
/// A service of the network (003 §3): who provides it, at what level, for whom, on what topics, in which languages,
/// and how to reach it (places, phone, web, e-service). It is kept here or in the national service catalogue PTV
/// (<see cref="PtvSyncedEntry"/>).
/// </summary>
public sealed class Service : PtvSyncedEntry
{
    private Service() { }

    public ServiceLevel Level { get; private set; }
    /// <summary>The municipality it serves; null when it serves the whole region.</summary>
    public Guid? MunicipalityId { get; private set; }
    public int? AgeMin { get; private set; }
    public int? AgeMax { get; private set; }
    public string Audiences { get; private set; } = "";
    public string Topics { get; private set; } = "";
    /// <summary>ISO 639-1 codes as <see cref="Tags"/>: ",fi,sv,".</summary>
    public string Languages { get; private set; } = "";
    /// <summary>Where it is offered in person.</summary>
    public IReadOnlyList<Guid> MeetingPlaceIds { get; private set; } = [];
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? WebUrl { get; private set; }
    public string? EServiceUrl { get; private set; }
    /// <summary>Where to book a time (an appointment booking page), when the service takes bookings.</summary>
    public string? BookingUrl { get; private set; }
    public Cost Cost { get; private set; }
    public string? FeeNote { get; private set; }

    public static Service Create(Guid id, Guid regionId, Guid organisationId, ServiceDetails details, DateTime now, bool demo = false)
    {
        CheckAges(details.AgeMin, details.AgeMax);
        var service = new Service { OrganisationId = organisationId };
        service.Begin(id, regionId, now, demo);
        service.Apply(details);
        return service;
    }

    /// <summary>A service read from PTV: kept there, published, with its PTV id.</summary>
    public static Service ImportFromPtv(Guid id, Guid regionId, Guid organisationId, string ptvId, ServiceDetails details, DateTime now)
    {
        var service = Create(id, regionId, organisationId, details, now);
        service.BeginFromPtv(ptvId, now);
        return service;
    }

    public void Update(int expectedVersion, ServiceDetails details, DateTime now)
    {
        BeginChange(expectedVersion);
        CheckAges(details.AgeMin, details.AgeMax);
        CheckEditableHere(details);
        Apply(details);
        Changed(now);
    }

    /// <summary>An import: PTV's values of the PTV-owned fields, what PTV has no field for as it was here.</summary>
    public void ApplyFromPtv(ServiceDetails fromPtv, DateTime now)
    {
        var current = Details();
        Apply(fromPtv with { Level = current.Level, AgeMin = current.AgeMin, AgeMax = current.AgeMax, BookingUrl = current.BookingUrl });
        ChangedFromPtv(now);
    }

    /// <summary>The service as an editor would give it.</summary>
    public ServiceDetails Details() => new(Name, Description, Level, MunicipalityId, AgeMin, AgeMax,
        Tags.SplitEnum<Audience>(Audiences), Tags.SplitEnum<Topic>(Topics), Tags.Split(Languages), MeetingPlaceIds,
        Phone, Email, WebUrl, EServiceUrl, Cost, FeeNote, BookingUrl);

    /// <summary>PTV has no field for the service level, the age range or a booking page; everything else is PTV's.</summary>
    public override IReadOnlyList<string> PtvFieldsDifferingFrom(object other)
    {
        var d = (ServiceDetails)other;
        var here = Details();
        var changed = new List<string>();
        void Compare(string field, bool same) { if (!same) changed.Add(field); }
        Compare("name", here.Name == d.Name);
        Compare("description", here.Description == d.Description);
        Compare("municipalityId", here.MunicipalityId == d.MunicipalityId);
        Compare("audiences", here.Audiences.Order().SequenceEqual(d.Audiences.Order()));
        Compare("topics", here.Topics.Order().SequenceEqual(d.Topics.Order()));
        Compare("languages", here.Languages.SequenceEqual(d.Languages));
        Compare("meetingPlaceIds", here.MeetingPlaceIds.Order().SequenceEqual(d.MeetingPlaceIds.Distinct().Order()));
        Compare("phone", here.Phone == d.Phone);
        Compare("email", here.Email == d.Email);
        Compare("webUrl", here.WebUrl == d.WebUrl);
        Compare("eServiceUrl", here.EServiceUrl == d.EServiceUrl);
        Compare("cost", here.Cost == d.Cost);
        Compare("feeNote", here.FeeNote == d.FeeNote);
        return changed;
    }

    private void Apply(ServiceDetails d)
    {
        Name = d.Name; Description = d.Description; Level = d.Level; MunicipalityId = d.MunicipalityId;
        AgeMin = d.AgeMin; AgeMax = d.AgeMax; Audiences = Tags.Join(d.Audiences.Order()); Topics = Tags.Join(d.Topics.Order());
        Languages = Tags.Join(d.Languages); MeetingPlaceIds = d.MeetingPlaceIds.Distinct().ToList();
        Phone = d.Phone; Email = d.Email; WebUrl = d.WebUrl; EServiceUrl = d.EServiceUrl; Cost = d.Cost; FeeNote = d.FeeNote;
        BookingUrl = d.BookingUrl;
    }
}
