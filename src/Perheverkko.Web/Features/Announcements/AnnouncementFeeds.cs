using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Text;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Announcements;

/// <summary>
/// The announcements as RSS 2.0 and Atom 1.0 feeds, per region and per municipality (its own and the region-wide ones),
/// in the visitor's language with Finnish where a text has no translation, and with absolute links. Pages advertise
/// them with &lt;link rel="alternate"&gt; (<c>Public/_FeedLinks.cshtml</c>).
/// </summary>
public static class AnnouncementFeeds
{
    public const string RssType = "application/rss+xml";
    public const string AtomType = "application/atom+xml";

    public static void MapAnnouncementFeeds(this IEndpointRouteBuilder app)
    {
        foreach (var format in new[] { "rss", "atom" })
        {
            app.MapGet($"/announcements.{format}", (HttpContext http, AnnouncementsQueries q, Texts t, CancellationToken ct) => FeedAsync(http, q, t, null, null, format, ct))
                .AllowAnonymous().ExcludeFromDescription();
            app.MapGet($"/r/{{region}}/announcements.{format}", (string region, HttpContext http, AnnouncementsQueries q, Texts t, CancellationToken ct) =>
                FeedAsync(http, q, t, region, null, format, ct)).AllowAnonymous().ExcludeFromDescription();
            app.MapGet($"/directory/municipalities/{{slug}}/announcements.{format}", (string slug, HttpContext http, AnnouncementsQueries q, Texts t, CancellationToken ct) =>
                FeedAsync(http, q, t, null, slug, format, ct)).AllowAnonymous().ExcludeFromDescription();
            app.MapGet($"/r/{{region}}/directory/municipalities/{{slug}}/announcements.{format}",
                (string region, string slug, HttpContext http, AnnouncementsQueries q, Texts t, CancellationToken ct) =>
                    FeedAsync(http, q, t, region, slug, format, ct)).AllowAnonymous().ExcludeFromDescription();
        }
    }

    /// <summary>The feed addresses of a page: the region's (<paramref name="prefix"/>) or a municipality's.</summary>
    public static string FeedPath(string prefix, string? municipalitySlug, string format) =>
        municipalitySlug is null ? $"{prefix}/announcements.{format}" : $"{prefix}/directory/municipalities/{municipalitySlug}/announcements.{format}";

    private static async Task<IResult> FeedAsync(HttpContext http, AnnouncementsQueries queries, Texts texts, string? region, string? municipality, string format,
        CancellationToken ct)
    {
        PublicAnnouncementList list;
        try
        {
            list = await queries.CurrentAsync(region, municipality, 50, ct);
        }
        catch (NotFoundException)
        {
            return Results.NotFound();
        }
        var language = Texts.CurrentLanguage;
        var root = http.RequestServices.GetRequiredService<PublicAddress>().Root;
        var prefix = region is null ? "" : list.Region.Root;
        var place = list.Municipality?.Name.In(language) ?? list.Region.Name.In(language);
        var page = list.Municipality is { } m ? $"{root}{prefix}/directory/municipalities/{m.Slug}" : $"{root}{prefix}/announcements";
        var self = root + FeedPath(prefix, list.Municipality?.Slug, format);
        var feed = new SyndicationFeed(texts["announcements.feed_title", place], texts["announcements.feed_description", place], new Uri(page))
        {
            Id = self,
            Language = language,
            LastUpdatedTime = list.Items.Count > 0 ? list.Items.Max(i => i.UpdatedAt) : DateTime.UnixEpoch,
        };
        feed.Links.Add(new SyndicationLink(new Uri(self), "self", null, format == "rss" ? RssType : AtomType, 0));
        // Atom asks for an author; RSS would want an e-mail address there, and the network publishes none.
        if (format == "atom") feed.Authors.Add(new SyndicationPerson { Name = "Perheverkko" });
        feed.Items = list.Items.Select(i =>
        {
            var link = new Uri(root + i.Path);
            var html = SyndicationContent.CreateHtmlContent(SafeMarkdown.ToSafeHtml(i.Body.In(language)));
            var item = new SyndicationItem(i.Title.In(language), (SyndicationContent?)null, link, link.ToString(), new DateTimeOffset(DateTime.SpecifyKind(i.UpdatedAt, DateTimeKind.Utc)))
            {
                PublishDate = new DateTimeOffset(DateTime.SpecifyKind(i.PublishedAt, DateTimeKind.Utc)),
            };
            // RSS carries the text in its description; Atom as content, with a plain summary beside it.
            if (format == "rss") item.Summary = html;
            else (item.Content, item.Summary) = (html, SyndicationContent.CreatePlaintextContent(Summary(i.Body.In(language))));
            if (i.Municipality is { } mun) item.Categories.Add(new SyndicationCategory(mun.In(language)));
            return item;
        }).ToList();

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            if (format == "rss") new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer);
            else new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return Results.Bytes(stream.ToArray(), (format == "rss" ? RssType : AtomType) + "; charset=utf-8");
    }

    /// <summary>The first 300 characters of the plain text, cut at a word.</summary>
    public static string Summary(string markdown)
    {
        var text = SafeMarkdown.ToPlainText(markdown).ReplaceLineEndings(" ");
        if (text.Length <= 300) return text;
        var cut = text.LastIndexOf(' ', 300);
        return text[..(cut > 200 ? cut : 300)] + "…";
    }
}
