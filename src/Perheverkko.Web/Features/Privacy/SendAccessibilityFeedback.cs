using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Privacy;

/// <summary>
/// Anyone reports an accessibility problem (law 306/2019 §15): the message goes by e-mail through the outbox to the
/// region's accessibility contact. Nothing else is stored. A filled honeypot is dropped silently: the sender sees the
/// same receipt, and a robot learns nothing.
/// </summary>
public sealed class SendAccessibilityFeedback(PerheverkkoDb db, Outbox outbox, PrivacyQueries queries, RegionAddressQueries regions, Texts texts,
    ILogger<SendAccessibilityFeedback> logger)
{
    public const int MaxMessage = 4000;

    public sealed record Request(string? Name, string? Email, string? Page, string? Message, string? Website);

    /// <returns>True when the message was queued; false when it was dropped (a honeypot) or nobody could receive it.</returns>
    public async Task<bool> HandleAsync(string? regionSlug, Request request, CancellationToken cancellationToken)
    {
        var region = await regions.BySlugAsync(regionSlug, cancellationToken);
        var check = new InputCheck()
            .Optional("name", request.Name, 200)
            .Optional("page", request.Page, 500)
            .Required("message", request.Message, MaxMessage);
        if (!string.IsNullOrWhiteSpace(request.Email)) check.Email("email", request.Email);
        check.ThrowIfInvalid();
        if (!string.IsNullOrWhiteSpace(request.Website)) return false;

        var recipients = await queries.FeedbackRecipientsAsync(region.Id, cancellationToken);
        if (recipients.Count == 0)
        {
            // A region without coordinators or administrators, and no address configured: the operator must hear of it.
            logger.LogWarning("Accessibility feedback for region {Region} has no recipient: set Accessibility:FeedbackAddress", region.Slug);
            return false;
        }
        foreach (var group in recipients.GroupBy(r => Texts.Known(r.Language)))
        {
            var language = group.Key;
            string Line(string key, string? value) => $"{texts.In(language, key)}: {(string.IsNullOrWhiteSpace(value) ? "–" : value.Trim())}";
            var body = string.Join("\n", texts.In(language, "accessibility.mail.lead", region.Name.In(language)), "",
                Line("accessibility.form.name", request.Name), Line("accessibility.form.email", request.Email),
                Line("accessibility.form.page", request.Page), "", request.Message!.Trim(), "",
                texts.In(language, "accessibility.mail.answer"));
            outbox.Enqueue(new EmailMessage(group.Select(r => r.Email).ToList(), texts.In(language, "accessibility.mail.subject"), body), region.Id);
        }
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
