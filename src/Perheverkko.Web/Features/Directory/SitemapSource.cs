namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// Public pages of another feature that /sitemap.xml lists beside the directory's (announcements, …): the sitemap asks
/// every registered source, so the directory knows none of them.
/// </summary>
public interface ISitemapSource
{
    /// <returns>Paths from the site's root (the default region's short ones, the others' under /r/{region}) and when each last changed.</returns>
    Task<IReadOnlyList<(string Path, DateTime? Modified)>> SitemapAsync(CancellationToken cancellationToken);
}
