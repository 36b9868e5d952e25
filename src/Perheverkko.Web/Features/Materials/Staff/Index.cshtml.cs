using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Materials.Staff;

/// <summary>The material bank: the folders with the materials the reader may see, and a search (a GET form, so it works without JavaScript).</summary>
public sealed class IndexModel(MaterialsQueries queries) : PerheverkkoPage
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    public MaterialBankView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await queries.BankAsync(Actor, Q, cancellationToken);
}
