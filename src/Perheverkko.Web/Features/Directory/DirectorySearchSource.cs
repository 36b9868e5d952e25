using Perheverkko.Web.Platform.Search;

namespace Perheverkko.Web.Features.Directory;

/// <summary>Every published item of one kind, as the index holds it (for <see cref="SearchReindex"/>).</summary>
public abstract class DirectorySearchSource<TEntry>(DirectorySearchDocuments documents, string kind) : ISearchSource where TEntry : DirectoryEntry
{
    public string Kind => kind;

    public IAsyncEnumerable<SearchDocument> DocumentsAsync(CancellationToken cancellationToken) => documents.PublishedAsync<TEntry>(cancellationToken);
}

public sealed class ActivitySearchSource(DirectorySearchDocuments documents) : DirectorySearchSource<Activity>(documents, DirectorySearchDocuments.ActivityKind);

public sealed class ServiceSearchSource(DirectorySearchDocuments documents) : DirectorySearchSource<Service>(documents, DirectorySearchDocuments.ServiceKind);

public sealed class MeetingPlaceSearchSource(DirectorySearchDocuments documents) : DirectorySearchSource<MeetingPlace>(documents, DirectorySearchDocuments.MeetingPlaceKind);
