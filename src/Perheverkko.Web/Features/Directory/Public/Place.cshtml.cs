using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>
/// A published meeting place: address, opening hours and exceptions, accessibility, offers, what happens there this week
/// and after. Its short name is unique within its region: /r/{region}/directory/places/{key}, the default region's also
/// at /directory/places/{key} (decision 0026).
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Name)]
public sealed class PlaceModel(DirectoryQueries queries, RegionAddressQueries regions, FamilyAdvice.AdviceChannelQueries advice) : PerheverkkoPage
{
    public MeetingPlaceView Place { get; private set; } = null!;
    public IReadOnlyList<WeekItem> ThisWeek { get; private set; } = [];
    public IReadOnlyList<DirectoryHit> Activities { get; private set; } = [];
    public IReadOnlyList<DirectoryHit> Services { get; private set; } = [];
    /// <summary>The region's Perheneuvo phone and hours, shown when the place is a home base.</summary>
    public AdviceChannelContact? AdviceChannel { get; private set; }

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task OnGetAsync(string? region, string key, CancellationToken cancellationToken)
    {
        var address = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : address.Root;
        Place = await queries.GetPublishedMeetingPlaceAsync(address.Id, key, cancellationToken);
        // A place has a few activities and services: its page lists them all.
        var (activities, week) = await queries.ActivitiesAndWeekAsync(null, Place.Id, int.MaxValue, cancellationToken);
        (Activities, ThisWeek) = (activities.Items, week.Items);
        Services = (await queries.ServiceHitsAsync(null, [Place.Id], int.MaxValue, cancellationToken)).Items;
        if (Place.IsAdviceHomeBase)
        {
            var channel = await advice.PublicChannelAsync(address.Id, cancellationToken);
            AdviceChannel = new AdviceChannelContact(channel.Phone, channel.PhoneHours);
        }
    }
}
