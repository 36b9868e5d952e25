using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>
/// An indicator the region follows (issue #17 item 5; 001 §18): THL Sotkanet's indicator id and the region's own name
/// for it. Values are imported for the region's municipalities only.
/// </summary>
public sealed class Indicator : IRegionOwned
{
    public const int NameMaxLength = 200;

    private Indicator() { }

    public Indicator(Guid id, Guid regionId, int sotkanetId, LocalizedText name, DateTime now)
    {
        Id = id; RegionId = regionId; SotkanetId = sotkanetId; Title = name; CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    /// <summary>The indicator's id in Sotkanet (e.g. 127).</summary>
    public int SotkanetId { get; private set; }
    public LocalizedText Title { get; private set; } = new("");
    public DateTime CreatedAt { get; private set; }

    public void Rename(LocalizedText name) => Title = name;
}

/// <summary>One imported value: an indicator in a municipality in a year (gender "total"); null when Sotkanet has none.</summary>
public sealed class IndicatorValue : IRegionOwned
{
    private IndicatorValue() { }

    public IndicatorValue(Guid id, Guid regionId, Guid indicatorId, Guid municipalityId, int year, double? value, DateTime now)
    {
        Id = id; RegionId = regionId; IndicatorId = indicatorId; MunicipalityId = municipalityId; Year = year; Value = value; ImportedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid IndicatorId { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public int Year { get; private set; }
    public double? Value { get; private set; }
    public DateTime ImportedAt { get; private set; }

    public void Replace(double? value, DateTime now) { Value = value; ImportedAt = now; }
}

/// <summary>
/// Sotkanet's own region id of one of the region's municipalities, learnt from Sotkanet's regions list (category KUNTA,
/// <c>code</c> = the official municipality code), so a data row's region becomes a municipality.
/// </summary>
public sealed class SotkanetMunicipality : IRegionOwned
{
    private SotkanetMunicipality() { }

    public SotkanetMunicipality(Guid regionId, int sotkanetRegionId, Guid municipalityId)
    {
        RegionId = regionId; SotkanetRegionId = sotkanetRegionId; MunicipalityId = municipalityId;
    }

    public Guid RegionId { get; private set; }
    public int SotkanetRegionId { get; private set; }
    public Guid MunicipalityId { get; private set; }
}
