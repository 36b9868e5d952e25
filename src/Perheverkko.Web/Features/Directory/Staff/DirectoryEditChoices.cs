using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>What the edit forms offer in their lists: owners the editor may choose, all organisations, municipalities, places.</summary>
public sealed record DirectoryEditChoices(IReadOnlyList<NamedRef> Owners, IReadOnlyList<NamedRef> Organisations, IReadOnlyList<NamedRef> Municipalities,
    IReadOnlyList<NamedRef> Places)
{
    public static async Task<DirectoryEditChoices> LoadAsync(DirectoryQueries queries, Actor? actor, CancellationToken cancellationToken) => new(
        await queries.OwnerChoicesAsync(actor, cancellationToken), await queries.OrganisationsAsync(cancellationToken),
        await queries.MunicipalitiesAsync(cancellationToken), await queries.PlaceChoicesAsync(cancellationToken));
}
