using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>A municipality (kunta) of a region, with its official statistical code.</summary>
public sealed class Municipality
{
    private Municipality() { }
    public Municipality(Guid id, string slug, string code, LocalizedText name, Guid regionId)
    { Id = id; Slug = slug; Code = code; Name = name; RegionId = regionId; }

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    /// <summary>Statistics Finland's three-digit municipality code.</summary>
    public string Code { get; private set; } = "";
    public LocalizedText Name { get; private set; } = new("");
    public Guid RegionId { get; private set; }
}

/// <summary>One of the wellbeing county's family centres (perhekeskus), each serving an area of municipalities.</summary>
public sealed class FamilyCentre
{
    private FamilyCentre() { }
    public FamilyCentre(Guid id, string slug, LocalizedText name, Guid municipalityId, Guid organisationId)
    { Id = id; Slug = slug; Name = name; MunicipalityId = municipalityId; OrganisationId = organisationId; }

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    public LocalizedText Name { get; private set; } = new("");
    /// <summary>Where the centre is.</summary>
    public Guid MunicipalityId { get; private set; }
    /// <summary>Who runs it (the wellbeing county).</summary>
    public Guid OrganisationId { get; private set; }
}
