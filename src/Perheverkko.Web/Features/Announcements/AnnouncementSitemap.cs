using Perheverkko.Web.Features.Directory;

namespace Perheverkko.Web.Features.Announcements;

/// <summary>The announcements' public pages in /sitemap.xml: each region's list and every published announcement.</summary>
public sealed class AnnouncementSitemap(AnnouncementsQueries queries) : ISitemapSource
{
    public Task<IReadOnlyList<(string Path, DateTime? Modified)>> SitemapAsync(CancellationToken cancellationToken) => queries.SitemapAsync(cancellationToken);
}
