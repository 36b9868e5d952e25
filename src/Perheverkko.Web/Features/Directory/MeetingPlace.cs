using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Directory;

public enum MeetingPlaceKind
{
    CentralMeetingPlace,
    MeetingPlace,
    YouthGuidanceCentre,
    YouthSpace,
    Other,
}

/// <summary>
/// A meeting place (kohtaamispaikka). The foundation holds only what identifies one; the directory
/// adds addresses, opening hours and offers.
/// </summary>
public sealed class MeetingPlace
{
    private MeetingPlace() { }
    public MeetingPlace(Guid id, string slug, LocalizedText name, MeetingPlaceKind kind, Guid municipalityId, Guid organisationId)
    { Id = id; Slug = slug; Name = name; Kind = kind; MunicipalityId = municipalityId; OrganisationId = organisationId; }

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    public LocalizedText Name { get; private set; } = new("");
    public MeetingPlaceKind Kind { get; private set; }
    public Guid MunicipalityId { get; private set; }
    /// <summary>The maintaining organisation.</summary>
    public Guid OrganisationId { get; private set; }
}
