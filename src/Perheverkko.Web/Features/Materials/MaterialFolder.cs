using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Materials;

/// <summary>
/// A theme of the region's material bank (guides, templates, the action plan, minutes the groups share). The coordinator
/// keeps the folders; the parties' staff file their materials in them.
/// </summary>
public sealed class MaterialFolder : IRegionOwned
{
    public const int NameMaxLength = 200;

    private MaterialFolder() { }

    public MaterialFolder(Guid id, Guid regionId, LocalizedText name, int position, DateTime now)
    {
        Id = id; RegionId = regionId; CreatedAt = now;
        Change(name, position, now);
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public LocalizedText Name { get; private set; } = null!;
    /// <summary>Folders are listed by position, then by name.</summary>
    public int Position { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public void Change(LocalizedText name, int position, DateTime now)
    {
        Name = name; Position = position; UpdatedAt = now;
    }
}
