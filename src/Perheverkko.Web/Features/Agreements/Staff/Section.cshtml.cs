using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Staff;

/// <summary>The coordinator writes one section of a draft: a new one (no number in the address) or an existing one.</summary>
public sealed class SectionModel(AgreementTextQueries queries, AddAgreementSection add, ChangeAgreementSection change, RemoveAgreementSection remove) : PerheverkkoPage
{
    public sealed class SectionInput
    {
        public int? Number { get; set; }
        public string? Title { get; set; }
        public string? Body { get; set; }
        public string? TitleSv { get; set; }
        public string? BodySv { get; set; }
    }

    public AgreementVersionSummary Version { get; private set; } = null!;
    public int? Existing { get; private set; }
    [BindProperty] public SectionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string period, int? number, CancellationToken cancellationToken)
    {
        var view = await LoadAsync(period, number, cancellationToken);
        if (view is null) return NotFound();
        if (number is { } n)
        {
            var section = view.Sections.SingleOrDefault(s => s.Number == n);
            if (section is null) return NotFound();
            Input = new SectionInput { Number = n, Title = section.Title, Body = section.Body, TitleSv = section.TitleSv, BodySv = section.BodySv };
        }
        else Input = new SectionInput { Number = view.Sections.Count == 0 ? 1 : view.Sections.Max(s => s.Number) + 1 };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string period, int? number, CancellationToken cancellationToken)
    {
        var request = new AgreementSectionInput(Input.Number, Input.Title, Input.Body, Input.TitleSv, Input.BodySv);
        var saved = await TryAsync(() => number is { } n
            ? change.HandleAsync(Actor, period, n, request, cancellationToken)
            : add.HandleAsync(Actor, period, request, cancellationToken));
        if (saved) return Redirect($"/staff/agreement/{period}?saved=section#section-{Input.Number}");
        return await LoadAsync(period, number, cancellationToken) is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string period, int number, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => remove.HandleAsync(Actor, period, number, cancellationToken)))
            return Redirect($"/staff/agreement/{period}?saved=removed");
        return await LoadAsync(period, number, cancellationToken) is null ? NotFound() : Page();
    }

    private async Task<AgreementVersionView?> LoadAsync(string period, int? number, CancellationToken cancellationToken)
    {
        try
        {
            // Only the coordinator writes the text: others are refused here as they would be on saving.
            var view = await queries.VersionToDraftAsync(Actor, period, cancellationToken);
            Version = view.Version;
            Existing = number;
            return view;
        }
        catch (NotFoundException) { return null; }
    }
}
