using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// The names of the organisations, municipalities and meeting places that index documents mention: those of some
/// items, or all of them (a few hundred organisations and municipalities, some thousands of places nationally).
/// </summary>
public sealed record DirectoryNames(
    IReadOnlyDictionary<Guid, LocalizedText> Organisations,
    IReadOnlyDictionary<Guid, LocalizedText> Municipalities,
    IReadOnlyDictionary<Guid, LocalizedText> MeetingPlaces)
{
    /// <param name="entries">The items whose references are read; null for every row.</param>
    public static async Task<DirectoryNames> LoadAsync(PerheverkkoDb db, IReadOnlyCollection<DirectoryEntry>? entries, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        var municipalities = db.Municipalities.AsNoTracking();
        // Only published places lend their names: a place back in draft is not to be found through the activities at it.
        var places = db.MeetingPlaces.AsNoTracking().Where(p => p.State == PublicationState.Published);
        if (entries is not null)
        {
            var organisationIds = entries.SelectMany(e => e is Activity a ? [e.OrganisationId, .. a.CoOrganiserIds] : new[] { e.OrganisationId }).Distinct().ToList();
            var municipalityIds = entries.Select(e => e switch { Activity a => a.MunicipalityId, Service s => s.MunicipalityId, MeetingPlace p => p.MunicipalityId, _ => null })
                .OfType<Guid>().Distinct().ToList();
            var placeIds = entries.OfType<Activity>().Select(a => a.MeetingPlaceId).OfType<Guid>().Distinct().ToList();
            organisations = organisations.Where(o => organisationIds.Contains(o.Id));
            municipalities = municipalities.Where(m => municipalityIds.Contains(m.Id));
            places = places.Where(p => placeIds.Contains(p.Id));
        }
        return new DirectoryNames(
            await organisations.ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken),
            await municipalities.ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken),
            await places.ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken));
    }
}
