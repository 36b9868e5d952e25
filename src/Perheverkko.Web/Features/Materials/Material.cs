using System.Security.Cryptography;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Materials;

public enum MaterialKind { File, Link }

/// <summary>Who may see a material (issue #18 item 3).</summary>
public enum MaterialVisibility
{
    /// <summary>Anyone, also on the public pages.</summary>
    Public,
    /// <summary>Every signed-in staff member of the region's parties.</summary>
    PartiesStaff,
    /// <summary>The coordinator and admin, the staff of the owner organisation, and the members of one group.</summary>
    Group,
}

/// <summary>
/// A shared document or link of the material bank, owned by one organisation of the region whose staff keep it. A
/// file's every version is kept: a new version never overwrites an old one (<see cref="MaterialVersion"/>).
/// </summary>
public sealed class Material : IRegionOwned
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 4000;
    public const int UrlMaxLength = 2000;
    public const int MaxTags = 10;
    public const int TagMaxLength = 40;
    public const int TagsMaxLength = MaxTags * (TagMaxLength + 2);

    private Material() { }

    private Material(Guid id, Guid regionId, Guid organisationId, MaterialKind kind, DateTime now)
    {
        Id = id; RegionId = regionId; OrganisationId = organisationId; Kind = kind; CreatedAt = now; UpdatedAt = now;
    }

    public static Material Link(Guid id, Guid regionId, Guid organisationId, MaterialDetails details, string url, DateTime now)
    {
        var material = new Material(id, regionId, organisationId, MaterialKind.Link, now);
        material.Url = CheckedUrl(url);
        material.Apply(details);
        return material;
    }

    /// <summary>A file material with its first version.</summary>
    public static (Material Material, MaterialVersion First) File(Guid id, Guid regionId, Guid organisationId, MaterialDetails details,
        MaterialFile file, string addedBy, DateTime now)
    {
        var material = new Material(id, regionId, organisationId, MaterialKind.File, now);
        material.Apply(details);
        return (material, material.AddVersion(file, addedBy, null, now));
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid FolderId { get; private set; }
    /// <summary>The organisation whose staff keep the material.</summary>
    public Guid OrganisationId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    /// <summary>The keywords, comma separated (as <see cref="TagList"/>).</summary>
    public string Tags { get; private set; } = "";
    public MaterialKind Kind { get; private set; }
    /// <summary>A link's absolute http(s) address; null for a file.</summary>
    public string? Url { get; private set; }
    public MaterialVisibility Visibility { get; private set; }
    /// <summary>The group whose members may see a <see cref="MaterialVisibility.Group"/> material.</summary>
    public Guid? GroupId { get; private set; }
    /// <summary>The number of the current (latest) version of a file; 0 for a link.</summary>
    public int LatestVersion { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Grows with every change, so a change made on an old copy is refused (<see cref="MaterialsRules.Stale"/>).</summary>
    public int Version { get; private set; }

    public IReadOnlyList<string> TagList => SplitTags(Tags);

    public void Change(MaterialDetails details, string? url, int expectedVersion, DateTime now)
    {
        RuleCheck.That(expectedVersion == Version, MaterialsRules.Stale);
        if (Kind == MaterialKind.Link) Url = CheckedUrl(url);
        Apply(details);
        UpdatedAt = now; Version++;
    }

    public MaterialVersion AddVersion(MaterialFile file, string addedBy, string? note, DateTime now)
    {
        RuleCheck.That(Kind == MaterialKind.File, MaterialsRules.NotAFile);
        LatestVersion++;
        if (LatestVersion > 1) { UpdatedAt = now; Version++; }
        return new MaterialVersion(Guid.CreateVersion7(), Id, LatestVersion, file, addedBy, note, now);
    }

    private void Apply(MaterialDetails details)
    {
        RuleCheck.That(details.Visibility != MaterialVisibility.Group || details.GroupId is not null, MaterialsRules.GroupRequired);
        FolderId = details.FolderId; Title = details.Title; Description = details.Description;
        Tags = string.Join(", ", NormalisedTags(details.Tags));
        Visibility = details.Visibility;
        GroupId = details.Visibility == MaterialVisibility.Group ? details.GroupId : null;
    }

    /// <summary>Keywords as typed: separated by commas, trimmed, each once; too many or too long ones break a rule.</summary>
    public static IReadOnlyList<string> NormalisedTags(string? tags)
    {
        var list = SplitTags(tags).DistinctBy(t => t.ToLowerInvariant()).ToList();
        RuleCheck.That(list.Count <= MaxTags && list.All(t => t.Length <= TagMaxLength), MaterialsRules.TagsInvalid);
        return list;
    }

    private static List<string> SplitTags(string? tags) =>
        (tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string CheckedUrl(string? url)
    {
        var trimmed = url?.Trim() ?? "";
        RuleCheck.That(trimmed.Length <= UrlMaxLength && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0, MaterialsRules.UrlInvalid);
        return trimmed;
    }
}

/// <summary>What a person gives of a material, checked for input already; the entity checks the rules.</summary>
public sealed record MaterialDetails(Guid FolderId, string Title, string? Description, string? Tags, MaterialVisibility Visibility, Guid? GroupId);

/// <summary>A file whose content was recognised as an allowed type (<see cref="AttachmentFiles.Recognise"/>).</summary>
public sealed record MaterialFile(string FileName, AttachmentType Type, byte[] Content);

/// <summary>
/// One version of a file material. The bytes live in the database with the row (decision 0018), as agenda documents
/// do; versions are numbered 1..n and never changed.
/// </summary>
public sealed class MaterialVersion
{
    public const int NoteMaxLength = 500;

    private MaterialVersion() { }

    internal MaterialVersion(Guid id, Guid materialId, int number, MaterialFile file, string addedBy, string? note, DateTime now)
    {
        Id = id; MaterialId = materialId; Number = number; FileName = file.FileName; MediaType = file.Type.MediaType;
        Size = file.Content.LongLength; Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)); Content = file.Content;
        AddedBy = addedBy; Note = note; AddedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid MaterialId { get; private set; }
    public int Number { get; private set; }
    public string FileName { get; private set; } = "";
    public string MediaType { get; private set; } = "";
    public long Size { get; private set; }
    /// <summary>SHA-256 of the content, lower-case hex: shown with the file so a copy can be checked against it.</summary>
    public string Sha256 { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public DateTime AddedAt { get; private set; }
    /// <summary>The name of the staff member who added the version.</summary>
    public string AddedBy { get; private set; } = "";
    public string? Note { get; private set; }
}
