using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Bulletins;

/// <summary>
/// Sends a draft bulletin, once: one message per recipient (each address once across all audiences) in their
/// language, queued in the outbox in the same save as the delivery rows and the Draft → Sent change. The version
/// (a concurrency token) and the unique (bulletin, address) index make a second send fail even on another instance.
/// The audit row counts recipients per audience; it never names an address.
/// </summary>
public sealed class SendBulletin(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, Texts texts,
    IDataProtectionProvider protection, PublicAddress links, TimeProvider clock)
{
    public sealed record Sent(Guid Id, int Recipients, IReadOnlyList<AudienceCount> PerAudience);

    public async Task<Sent> HandleAsync(Actor? actor, Guid bulletinId, CancellationToken cancellationToken)
    {
        var bulletin = await BulletinsAccess.LoadAsync(db, actor, bulletinId, cancellationToken, tracked: true);
        var allowed = await access.RequireAsync(actor, StaffAction.SendBulletins, BulletinsAccess.Of(bulletin), cancellationToken);
        RuleCheck.That(bulletin.State == BulletinState.Draft, BulletinsRules.AlreadySent);
        var audiences = bulletin.Audiences;
        var recipients = await BulletinRecipients.OfAsync(db, bulletin.RegionId, audiences, bulletin.Optional, HelsinkiTime.Today(clock), cancellationToken);
        RuleCheck.That(recipients.Count > 0, BulletinsRules.NoRecipients);

        var webCopy = links.Absolute($"/staff/bulletins/{bulletin.Id}");
        foreach (var recipient in recipients)
        {
            string? unsubscribe = null, oneClick = null;
            if (bulletin.Optional)
            {
                var token = BulletinUnsubscribeTokens.Protect(protection, bulletin.RegionId, recipient.Email);
                unsubscribe = links.Absolute(BulletinUnsubscribeTokens.PagePath(token));
                oneClick = links.Absolute(BulletinUnsubscribeTokens.OneClickPath(token));
            }
            var message = outbox.Enqueue(BulletinMail.Compose(texts, bulletin, recipient, webCopy, unsubscribe, oneClick), bulletin.RegionId);
            db.BulletinDeliveries.Add(new BulletinDelivery(Guid.CreateVersion7(), bulletin.Id, recipient.Email, recipient.Language, message.Id));
        }
        bulletin.MarkSent(allowed.UserId, clock.GetUtcNow().UtcDateTime);
        var perAudience = BulletinRecipients.CountByAudience(audiences, recipients);
        audit.Record(allowed, AuditEvent.BulletinSent, nameof(Bulletin), bulletin.Id,
            $"{recipients.Count} recipients{(bulletin.Optional ? " (optional)" : "")}: {string.Join(", ", perAudience.Select(a => $"{a.Audience} {a.Recipients}"))}",
            bulletin.RegionId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request (or instance) sent it first: its version moved on, or its delivery rows hold the addresses.
            throw new DomainRuleViolation(BulletinsRules.AlreadySent);
        }
        return new Sent(bulletin.Id, recipients.Count, perAudience);
    }
}
