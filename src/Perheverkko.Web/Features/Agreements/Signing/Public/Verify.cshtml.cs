using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing.Public;

/// <summary>
/// Anyone can check an agreement text or a signing certificate against the record, without signing in. A file that
/// starts with "{" is read as a certificate (JSON), anything else as the agreement text. Rate-limited like sign-in.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SigningApi.VerifyRateLimit)]
[RequestSizeLimit(6_000_000)]
public sealed class VerifyModel(VerifyAgreementEvidence verify) : PerheverkkoPage
{
    public VerificationResult? Result { get; private set; }
    [BindProperty] public string? Text { get; set; }
    /// <summary>The uploaded file (form field "File"; named Upload here so it does not hide <see cref="PageModel.File(byte[], string)"/>).</summary>
    [BindProperty(Name = "File")] public IFormFile? Upload { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var given = Text;
        if (Upload is { Length: > 0 })
        {
            using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8);
            given = await reader.ReadToEndAsync(cancellationToken);
        }
        var request = given?.TrimStart().StartsWith('{') == true
            ? new VerifyAgreementEvidence.Request(null, given)
            : new VerifyAgreementEvidence.Request(given, null);
        await TryAsync(async () => Result = await verify.HandleAsync(request, cancellationToken), "");
        return Page();
    }
}
