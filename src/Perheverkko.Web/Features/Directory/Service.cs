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
    Cost Cost, string? FeeNote, string? PtvId, string? BookingUrl = null);

/// <summary>
/// A service of the network (003 §3): who provides it, at what level, for whom, on what topics, in which languages,
/// and how to reach it (places, phone, web, e-service). The PTV id, when known, links it to the national service
/// catalogue for a later synchronisation.
/// </summary>
public sealed class Service : DirectoryEntry
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
    /// <summary>The service's id in the national service catalogue (PTV), for later synchronisation.</summary>
    public string? PtvId { get; private set; }

    public static Service Create(Guid id, Guid regionId, Guid organisationId, ServiceDetails details, DateTime now, bool demo = false)
    {
        CheckAges(details.AgeMin, details.AgeMax);
        var service = new Service { OrganisationId = organisationId };
        service.Begin(id, regionId, now, demo);
        service.Apply(details);
        return service;
    }

    public void Update(int expectedVersion, ServiceDetails details, DateTime now)
    {
        BeginChange(expectedVersion);
        CheckAges(details.AgeMin, details.AgeMax);
        Apply(details);
        Changed(now);
    }

    private void Apply(ServiceDetails d)
    {
        Name = d.Name; Description = d.Description; Level = d.Level; MunicipalityId = d.MunicipalityId;
        AgeMin = d.AgeMin; AgeMax = d.AgeMax; Audiences = Tags.Join(d.Audiences.Order()); Topics = Tags.Join(d.Topics.Order());
        Languages = Tags.Join(d.Languages); MeetingPlaceIds = d.MeetingPlaceIds.Distinct().ToList();
        Phone = d.Phone; Email = d.Email; WebUrl = d.WebUrl; EServiceUrl = d.EServiceUrl; Cost = d.Cost; FeeNote = d.FeeNote; PtvId = d.PtvId;
        BookingUrl = d.BookingUrl;
    }
}
