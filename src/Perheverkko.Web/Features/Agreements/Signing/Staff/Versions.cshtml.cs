using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing.Staff;

public sealed class VersionsModel(SigningQueries queries) : PerheverkkoPage
{
    public IReadOnlyList<SigningVersionView> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Versions = await queries.VersionsAsync(cancellationToken);
}
