using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing.Staff;

/// <summary>The annex of contact persons and signatories (001 §23), for staff of the parties; the read is audited.</summary>
public sealed class AnnexModel(SigningQueries queries) : PerheverkkoPage
{
    public SigningVersionView Version { get; private set; } = null!;
    public IReadOnlyList<AnnexRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(string period, CancellationToken cancellationToken) =>
        (Version, Rows) = await queries.AnnexAsync(Actor, await queries.VersionIdAsync(period, cancellationToken), cancellationToken);
}
