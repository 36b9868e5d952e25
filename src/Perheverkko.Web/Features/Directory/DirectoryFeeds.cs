using System.Security;
using System.Text;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Text;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// The public feeds beside the pages: iCalendar for one activity, a meeting place's activities and a municipality's
/// activities, and sitemap.xml. Text is in the visitor's language (the same cookie as the pages).
/// </summary>
public static class DirectoryFeeds
{
    public static void MapDirectoryFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/directory/activities/{id:guid}/calendar.ics", ActivityCalendar).AllowAnonymous().AsOpenData().ExcludeFromDescription();
        app.MapGet("/directory/places/{key}/calendar.ics", MeetingPlaceCalendar).AllowAnonymous().AsOpenData().ExcludeFromDescription();
        app.MapGet("/directory/municipalities/{slug}/calendar.ics", MunicipalityCalendar).AllowAnonymous().AsOpenData().ExcludeFromDescription();
        // A place's short name is unique within its region (decision 0026): the short addresses above are the default region's.
        app.MapGet("/r/{region}/directory/places/{key}/calendar.ics", MeetingPlaceCalendar).AllowAnonymous().AsOpenData().ExcludeFromDescription();
        app.MapGet("/r/{region}/directory/municipalities/{slug}/calendar.ics", MunicipalityCalendar).AllowAnonymous().AsOpenData().ExcludeFromDescription();
        app.MapGet("/sitemap.xml", Sitemap).AllowAnonymous().ExcludeFromDescription();
    }

    private static Task<IResult> ActivityCalendar(Guid id, HttpContext http, DirectoryQueries queries, CancellationToken ct) =>
        Found(async () =>
        {
            var activity = await queries.PublishedActivityAsync(id, ct);
            return await CalendarAsync(http, queries, activity.Name.In(Texts.CurrentLanguage), [activity], $"activity-{id:N}.ics", ct);
        });

    private static Task<IResult> MeetingPlaceCalendar(string? region, string key, HttpContext http, DirectoryQueries queries, RegionAddressQueries regions,
        CancellationToken ct) =>
        Found(async () =>
        {
            var place = await queries.GetPublishedMeetingPlaceAsync((await regions.BySlugAsync(region, ct)).Id, key, ct);
            var activities = await queries.PublishedActivitiesAsync(null, place.Id, ct);
            return await CalendarAsync(http, queries, place.Name.In(Texts.CurrentLanguage), activities, $"{place.Slug}.ics", ct);
        });

    private static Task<IResult> MunicipalityCalendar(string? region, string slug, HttpContext http, DirectoryQueries queries, RegionAddressQueries regions,
        CancellationToken ct) =>
        Found(async () =>
        {
            var (municipality, _) = await queries.MunicipalityAsync((await regions.BySlugAsync(region, ct)).Id, slug, ct);
            var activities = await queries.PublishedActivitiesAsync(municipality.Id, null, ct);
            return await CalendarAsync(http, queries, municipality.Name.In(Texts.CurrentLanguage), activities, $"{municipality.Slug}.ics", ct);
        });

    private static async Task<IResult> Sitemap(HttpContext http, DirectoryQueries queries, IEnumerable<ISitemapSource> others, CancellationToken ct)
    {
        var root = http.RequestServices.GetRequiredService<PublicAddress>().Root;
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        var paths = new List<(string Path, DateTime? Modified)>(await queries.SitemapAsync(ct));
        foreach (var other in others) paths.AddRange(await other.SitemapAsync(ct));
        foreach (var (path, modified) in paths)
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(root + path)).Append("</loc>");
            if (modified is { } m) xml.Append("<lastmod>").Append(m.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</lastmod>");
            xml.Append("</url>\n");
        }
        xml.Append("</urlset>\n");
        return Results.Text(xml.ToString(), "application/xml; charset=utf-8");
    }

    private static async Task<IResult> Found(Func<Task<IResult>> feed)
    {
        try
        {
            return await feed();
        }
        catch (NotFoundException)
        {
            return Results.NotFound();
        }
    }

    private static async Task<IResult> CalendarAsync(HttpContext http, DirectoryQueries queries, string name, IReadOnlyList<Activity> activities,
        string fileName, CancellationToken ct)
    {
        var language = Texts.CurrentLanguage;
        var root = http.RequestServices.GetRequiredService<PublicAddress>().Root;
        var views = new List<DirectoryCalendar.Entry>();
        foreach (var activity in activities)
        {
            var view = await queries.ViewAsync(activity, ct);
            var location = view.MeetingPlace is { } p
                ? string.Join(", ", new[] { p.Name.In(language), view.RoomNote, p.StreetAddress, string.Join(' ', new[] { p.PostalCode, p.PostOffice }.Where(x => x is not null)) }
                    .Where(x => !string.IsNullOrWhiteSpace(x)))
                : null;
            views.Add(new DirectoryCalendar.Entry(activity, activity.Name.In(language), SafeMarkdown.ToPlainText(activity.Description.In(language)), location,
                $"{root}/directory/activities/{activity.Id}"));
        }
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return Results.Text(DirectoryCalendar.Write(name, views), DirectoryCalendar.ContentType);
    }
}
