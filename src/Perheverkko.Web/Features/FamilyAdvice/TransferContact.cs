using Microsoft.EntityFrameworkCore;
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
/// Moves a contact to another municipality's team (or, with no municipality, to the regional queue) with a reason, which is
/// kept sealed in the contact. The receiving team — or the coordinators, for the regional queue or a municipality with no
/// team — get a notice with only the link. Whoever had the contact no longer reaches it unless they are in the new team.
/// </summary>
public sealed class TransferContact(PerheverkkoDb db, AccessControl access, AuditLog audit, ContentProtector protector, Outbox outbox, Texts texts,
    PublicAddress links, TimeProvider clock)
{
    public const int ReasonMaxLength = 1000;

    /// <param name="MunicipalityId">The municipality whose team takes it; null for the regional queue.</param>
    public sealed record Request(int? Version, Guid? MunicipalityId, string? Reason);

    public async Task HandleAsync(Actor? actor, Guid contactId, Request request, CancellationToken cancellationToken)
    {
        var (contact, allowed) = await db.LoadForHandlingAsync(access, actor, contactId, withEntries: false, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required")
            .Required("reason", request.Reason, ReasonMaxLength).ThrowIfInvalid();
        Guid? teamId = null;
        if (request.MunicipalityId is { } municipalityId)
        {
            RuleCheck.That(await db.Municipalities.AnyAsync(m => m.Id == municipalityId && m.RegionId == contact.RegionId, cancellationToken),
                FamilyAdviceRules.MunicipalityNotFound);
            teamId = await db.AdviceTeams.Where(t => t.MunicipalityId == municipalityId).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        }
        contact.Transfer(request.Version!.Value, teamId, request.MunicipalityId, protector.Seal(request.Reason!.Trim())!, allowed.UserId ?? Guid.Empty,
            clock.GetUtcNow().UtcDateTime);
        var recipients = teamId is { } team ? await AdviceStaffMail.TeamAsync(db, team, cancellationToken) : [];
        if (recipients.Count == 0) recipients = await AdviceStaffMail.CoordinatorsAsync(db, contact.RegionId, cancellationToken);
        var notified = AdviceStaffMail.Enqueue(outbox, texts, links, recipients, contact, "transferred");
        audit.Record(allowed, AuditEvent.FamilyContactTransferred, FamilyAdviceRelationships.ContactType, contact.Id,
            $"to {(teamId is null ? "the regional queue" : $"team {teamId}")}; {notified} notified", contact.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
