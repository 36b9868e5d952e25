using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Bulletins;

/// <summary>
/// Writes a bulletin's draft (issue #18 item 2), or changes one (with an id and its version): subject and Markdown
/// body in Finnish (required), Swedish and English; optional or required; the audiences. A draft that would reach
/// nobody is refused (<c>bulletin.no_recipients</c>) and not saved.
/// </summary>
public sealed class SaveBulletin(PerheverkkoDb db, AccessControl access, TimeProvider clock)
{
    public sealed record Request(LocalizedTextInput? Subject, LocalizedTextInput? Body, bool Optional, IReadOnlyList<BulletinAudience>? Audiences, int? Version = null);

    public sealed record Saved(Guid Id, int Version, int Recipients);

    public async Task<Saved> HandleAsync(Actor? actor, Guid? bulletinId, Request request, CancellationToken cancellationToken)
    {
        Bulletin? bulletin = null;
        Actor allowed;
        if (bulletinId is { } id)
        {
            bulletin = await BulletinsAccess.LoadAsync(db, actor, id, cancellationToken, tracked: true);
            allowed = await access.RequireAsync(actor, StaffAction.SendBulletins, BulletinsAccess.Of(bulletin), cancellationToken);
        }
        else allowed = await access.RequireAsync(actor, StaffAction.SendBulletins, BulletinsAccess.OfRegion(actor), cancellationToken);
        // A national administrator has no region to write for: the bulletin is a region's.
        var regionId = bulletin?.RegionId ?? allowed.RegionId ?? throw new NotFoundException(BulletinsRules.NotFound);

        var check = new InputCheck();
        (request.Subject ?? new LocalizedTextInput(null, null, null)).Check(check, "subject", Bulletin.SubjectMaxLength);
        (request.Body ?? new LocalizedTextInput(null, null, null)).Check(check, "body", Bulletin.BodyMaxLength);
        check.ThrowIfInvalid();
        var audiences = (request.Audiences ?? []).Distinct().ToList();
        await BulletinRecipients.CheckAudiencesAsync(db, regionId, audiences, cancellationToken);
        RuleCheck.That(bulletin is null || bulletin.State == BulletinState.Draft, BulletinsRules.AlreadySent);
        var recipients = await BulletinRecipients.OfAsync(db, regionId, audiences, request.Optional, HelsinkiTime.Today(clock), cancellationToken);
        RuleCheck.That(recipients.Count > 0, BulletinsRules.NoRecipients);

        var now = clock.GetUtcNow().UtcDateTime;
        if (bulletin is null)
        {
            bulletin = new Bulletin(Guid.CreateVersion7(), regionId, request.Subject!.ToText(), request.Body!.ToText(), request.Optional, audiences, allowed.UserId, now);
            db.Bulletins.Add(bulletin);
        }
        else bulletin.Change(request.Version ?? bulletin.Version, request.Subject!.ToText(), request.Body!.ToText(), request.Optional, audiences, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleViolation(BulletinsRules.Stale);
        }
        return new Saved(bulletin.Id, bulletin.Version, recipients.Count);
    }
}
