using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Bulletins.Staff;

/// <summary>The web copy of a bulletin (the mail links here): the text in the reader's language, its audiences, when it was sent, and the delivery counts.</summary>
public sealed class BulletinModel(BulletinsQueries queries) : PerheverkkoPage
{
    public BulletinView View { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public bool Sent { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => View = await queries.BulletinAsync(Actor, id, cancellationToken);
}
