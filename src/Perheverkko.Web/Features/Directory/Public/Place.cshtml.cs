using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>A published meeting place: address, opening hours and exceptions, accessibility, offers, what happens there this week and after.</summary>
[AllowAnonymous]
public sealed class PlaceModel(DirectoryQueries queries) : PerheverkkoPage
{
    public MeetingPlaceView Place { get; private set; } = null!;
    public IReadOnlyList<WeekItem> ThisWeek { get; private set; } = [];
    public IReadOnlyList<DirectoryHit> Activities { get; private set; } = [];
    public IReadOnlyList<DirectoryHit> Services { get; private set; } = [];

    public async Task OnGetAsync(string key, CancellationToken cancellationToken)
    {
        Place = await queries.GetMeetingPlaceAsync(key, false, cancellationToken);
        ThisWeek = await queries.ThisWeekAsync(null, Place.Id, cancellationToken);
        Activities = await queries.ActivityHitsAsync(await queries.PublishedActivitiesAsync(null, Place.Id, cancellationToken), cancellationToken);
        Services = await queries.ServiceHitsAsync(null, [Place.Id], cancellationToken);
    }
}
