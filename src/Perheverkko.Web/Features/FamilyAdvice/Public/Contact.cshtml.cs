using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice.Public;

/// <summary>
/// The families' contact form (issue 15, item 1). The receipt is this POST's own response, not a redirect: the answer
/// page's secret is never in a Location header or an access log's address. Sending is rate-limited per client address
/// (reading is not); a refused send gets the friendly 429 page. On a validation error everything the family typed is
/// shown again.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicForms.RateLimit)]
public sealed class ContactModel(ContactFormQueries queries, SubmitContact submit, PublicAddress links) : PerheverkkoPage
{
    public ContactFormView View { get; private set; } = null!;
    public SubmitContact.Receipt? Receipt { get; private set; }
    /// <summary>The absolute address of the answer page, shown once on the receipt.</summary>
    public string? AnswerLink { get; private set; }

    [BindProperty] public ContactInput Input { get; set; } = new();

    /// <summary>The honeypot: hidden from people, filled in by simple robots.</summary>
    [BindProperty(Name = PublicForms.Honeypot)] public string? Website { get; set; }

    public sealed class ContactInput
    {
        public Guid? MunicipalityId { get; set; }
        public Guid? TopicId { get; set; }
        public string? Question { get; set; }
        public AnswerBy? AnswerBy { get; set; }
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Phone { get; set; }
        public string? CallWindow { get; set; }
    }

    public async Task OnGetAsync(string? region, CancellationToken cancellationToken) =>
        View = await queries.FormAsync(region, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? region, CancellationToken cancellationToken)
    {
        View = await queries.FormAsync(region, cancellationToken);
        // Model binding's own messages ("The value 'x' is not valid") are replaced by the use case's, in the user's language.
        foreach (var key in ModelState.Keys.Where(k => k != PublicForms.Honeypot).ToList()) ModelState[key]!.Errors.Clear();
        var request = new SubmitContact.Request(Input.MunicipalityId, Input.TopicId, Input.Question, Input.AnswerBy, Input.Name, Input.Email,
            Input.Phone, Input.CallWindow, Texts.CurrentLanguage, Website);
        SubmitContact.Receipt? receipt = null;
        if (await TryAsync(async () => receipt = await submit.HandleAsync(region, request, cancellationToken)))
        {
            Receipt = receipt;
            AnswerLink = links.Absolute(SubmitContact.AnswerPath(View.Region, receipt!.Secret));
            // The receipt holds the only copy of the key: no cache, no referrer.
            Response.Headers.CacheControl = "no-store";
            ModelState.Clear();
        }
        return Page();
    }
}
