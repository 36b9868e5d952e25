using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Protection;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// The family writes again on their private answer page. A closed contact opens again (so nothing the family writes
/// waits unseen in a closed case) and the page tells them so; the team (or the coordinator, for the regional queue)
/// gets a notice with only a link. A filled honeypot is dropped: the same answer, nothing stored.
/// </summary>
public sealed class WriteToContact(PerheverkkoDb db, Outbox outbox, AuditLog audit, ContentProtector protector, Texts texts,
    PublicAddress links, TimeProvider clock)
{
    public sealed record Request(string? Message, string? Website = null);

    /// <returns>True when the message opened a closed contact again.</returns>
    public async Task<bool> HandleAsync(string? secret, Request request, CancellationToken cancellationToken)
    {
        if (!AnswerSecrets.IsWellFormed(secret)) throw new NotFoundException(FamilyAdviceRules.NotFound);
        new InputCheck().Required("message", request.Message, FamilyContact.QuestionMaxLength).ThrowIfInvalid();
        var hash = AnswerSecrets.HashOf(secret!);
        var contact = await db.FamilyContacts.AcrossRegions().Include(c => c.AnswerLinks)
            .SingleOrDefaultAsync(c => c.AnswerLinks.Any(l => l.Hash == hash), cancellationToken)
            ?? throw new NotFoundException(FamilyAdviceRules.NotFound);
        RuleCheck.That(contact.IsAnswerLinkActive, FamilyAdviceRules.NotFound);
        if (!string.IsNullOrWhiteSpace(request.Website)) return contact.State == ContactState.Closed;

        var now = clock.GetUtcNow().UtcDateTime;
        var reopened = contact.State == ContactState.Closed;
        contact.FamilyWrites(protector.Seal(request.Message!.Trim())!, now);
        if (reopened) audit.Record(null, AuditEvent.FamilyContactReopened, FamilyAdviceRelationships.ContactType, contact.Id, regionId: contact.RegionId);
        await PublicAdviceMail.NotifyStaffAsync(db, outbox, texts, links, contact, wroteAgain: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return reopened;
    }
}
