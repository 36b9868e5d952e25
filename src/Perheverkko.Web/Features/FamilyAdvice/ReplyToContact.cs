using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Protection;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// An answer to the family. It always waits on their private page; when they asked to be answered by e-mail it goes by
/// e-mail too, sealed in the outbox, in their language, with a fresh link to the page (only its hash is kept, so the link of
/// an earlier e-mail cannot be repeated). A revoked link is not renewed: the e-mail then carries the answer alone.
/// </summary>
public sealed class ReplyToContact(PerheverkkoDb db, AccessControl access, AuditLog audit, ContentProtector protector, Outbox outbox, Texts texts,
    PublicAddress links, TimeProvider clock)
{
    public const int TextMaxLength = 8000;

    public sealed record Request(int? Version, string? Text);

    /// <returns>Whether an e-mail went to the family.</returns>
    public async Task<bool> HandleAsync(Actor? actor, Guid contactId, Request request, CancellationToken cancellationToken)
    {
        var (contact, allowed) = await db.LoadForHandlingAsync(access, actor, contactId, withEntries: false, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required")
            .Required("text", request.Text, TextMaxLength).ThrowIfInvalid();
        var now = clock.GetUtcNow().UtcDateTime;
        var text = request.Text!.Trim();
        contact.Reply(request.Version!.Value, protector.Seal(text)!, allowed.UserId ?? Guid.Empty, now);
        var email = contact.AnswerBy == AnswerBy.Email ? protector.Open(contact.Details.Email) : null;
        if (email is { Length: > 0 })
        {
            var language = Texts.Known(contact.Language);
            string? link = null;
            if (contact.AnswerLinkRevokedAt is null)
            {
                var (secret, hash) = AnswerSecrets.New();
                contact.IssueAnswerLink(hash, now);
                link = links.Absolute($"/perheneuvo/vastaus/{secret}");
            }
            var body = texts.In(language, "advice.staff.mail.reply.body", contact.Reference, text)
                       + (link is null ? "" : "\n\n" + texts.In(language, "advice.staff.mail.reply.link", link));
            outbox.EnqueueSealed(new EmailMessage([email], texts.In(language, "advice.staff.mail.reply.subject", contact.Reference), body), contact.RegionId);
        }
        audit.Record(allowed, AuditEvent.FamilyContactReplied, FamilyAdviceRelationships.ContactType, contact.Id,
            email is { Length: > 0 } ? "by e-mail and on the answer page" : "on the answer page", contact.RegionId);
        await db.SaveChangesAsync(cancellationToken);
        return email is { Length: > 0 };
    }
}
