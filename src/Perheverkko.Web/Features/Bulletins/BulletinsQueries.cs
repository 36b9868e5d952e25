using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Notifications;

namespace Perheverkko.Web.Features.Bulletins;

/// <summary>How the outbox stands with a sent bulletin's messages: waiting (queued or retrying), sent, given up.</summary>
public sealed record DeliveryCounts(int Queued, int Sent, int Failed)
{
    public int Total => Queued + Sent + Failed;
}

public sealed record BulletinRow(Guid Id, LocalizedText Subject, BulletinState State, bool Optional, DateTime CreatedAt, DateTime? SentAt, DeliveryCounts Deliveries);

public sealed record BulletinListView(IReadOnlyList<BulletinRow> Rows, bool MaySend);

/// <summary>An audience with a name to show: the group's or the team's municipality's, where it has an id.</summary>
public sealed record AudienceView(BulletinAudienceKind Kind, Guid? Id, LocalizedText? Name);

/// <summary>The web copy of a bulletin for the region's staff, with its delivery counts and what the reader may do.</summary>
public sealed record BulletinView(Guid Id, LocalizedText Subject, LocalizedText Body, bool Optional, BulletinState State,
    IReadOnlyList<AudienceView> Audiences, DateTime CreatedAt, DateTime? SentAt, string? SentBy, DeliveryCounts Deliveries, int Version, bool MaySend);

public sealed record RecipientCountView(int Recipients, IReadOnlyList<AudienceCount> PerAudience);

public sealed record AudienceChoice(Guid Id, LocalizedText Name);

/// <summary>What the writer may address: the region's groups and Perheneuvo teams.</summary>
public sealed record BulletinEditorView(IReadOnlyList<AudienceChoice> Groups, IReadOnlyList<AudienceChoice> AdviceTeams);

public sealed record UnsubscribePageView(bool Valid, LocalizedText? Region, string? Email, bool AlreadyUnsubscribed);

/// <summary>The reads of bulletins: the region's list and web copies for all its staff; the editor and the recipient count for those who send.</summary>
public sealed class BulletinsQueries(PerheverkkoDb db, AccessControl access, IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>Whether the staff front page links to the bulletins.</summary>
    public static bool MayView(Actor? actor) => AccessControl.PermittedByRole(actor, BulletinsAccess.OfRegion(actor), StaffAction.ViewBulletins).Count > 0;

    public async Task<BulletinListView> ListAsync(Actor? actor, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewBulletins, BulletinsAccess.OfRegion(actor), cancellationToken);
        var maySend = await access.PermitsAsync(actor, StaffAction.SendBulletins, BulletinsAccess.OfRegion(actor), cancellationToken);
        // A draft is the writers' work in progress: the rest of the staff see what was sent.
        var bulletins = await db.Bulletins.AsNoTracking().Where(b => maySend || b.State == BulletinState.Sent)
            .OrderByDescending(b => b.CreatedAt).Take(200).ToListAsync(cancellationToken);
        var counts = await CountsAsync(bulletins.Select(b => b.Id).ToList(), cancellationToken);
        return new BulletinListView(bulletins.Select(b => new BulletinRow(b.Id, b.Subject, b.State, b.Optional, b.CreatedAt, b.SentAt,
            counts.GetValueOrDefault(b.Id, new DeliveryCounts(0, 0, 0)))).ToList(), maySend);
    }

    public async Task<BulletinView> BulletinAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var bulletin = await BulletinsAccess.LoadAsync(db, actor, id, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewBulletins, BulletinsAccess.Of(bulletin), cancellationToken);
        var audiences = bulletin.Audiences;
        var ids = audiences.Where(a => a.Id is not null).Select(a => a.Id!.Value).ToList();
        var groups = await db.Groups.AsNoTracking().Where(g => ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var teams = await TeamNamesAsync(bulletin.RegionId, cancellationToken);
        var sentBy = bulletin.SentBy is { } by ? await db.Users.AsNoTracking().Where(u => u.Id == by).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) : null;
        var counts = await CountsAsync([bulletin.Id], cancellationToken);
        var maySend = bulletin.State == BulletinState.Draft
            && await access.PermitsAsync(actor, StaffAction.SendBulletins, BulletinsAccess.Of(bulletin), cancellationToken);
        // Someone who may not send does not see a draft (it reads as not found, like another region's).
        if (bulletin.State == BulletinState.Draft && !maySend) throw new Platform.Rules.NotFoundException(BulletinsRules.NotFound);
        return new BulletinView(bulletin.Id, bulletin.Subject, bulletin.Body, bulletin.Optional, bulletin.State,
            audiences.Select(a => new AudienceView(a.Kind, a.Id, a.Id is { } i ? groups.GetValueOrDefault(i) ?? teams.GetValueOrDefault(i) : null)).ToList(),
            bulletin.CreatedAt, bulletin.SentAt, sentBy, counts.GetValueOrDefault(bulletin.Id, new DeliveryCounts(0, 0, 0)), bulletin.Version, maySend);
    }

    /// <summary>How many people the bulletin would reach now (after de-duplication and, if optional, opt-outs).</summary>
    public async Task<RecipientCountView> RecipientCountAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var bulletin = await BulletinsAccess.LoadAsync(db, actor, id, cancellationToken);
        await access.RequireAsync(actor, StaffAction.SendBulletins, BulletinsAccess.Of(bulletin), cancellationToken);
        var recipients = await BulletinRecipients.OfAsync(db, bulletin.RegionId, bulletin.Audiences, bulletin.Optional, HelsinkiTime.Today(clock), cancellationToken);
        return new RecipientCountView(recipients.Count, BulletinRecipients.CountByAudience(bulletin.Audiences, recipients));
    }

    public async Task<BulletinEditorView> EditorAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var allowed = await access.RequireAsync(actor, StaffAction.SendBulletins, BulletinsAccess.OfRegion(actor), cancellationToken);
        var groups = await db.Groups.AsNoTracking().Where(g => allowed.RegionId == null || g.RegionId == allowed.RegionId)
            .Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken);
        var teams = allowed.RegionId is { } region ? await TeamNamesAsync(region, cancellationToken) : [];
        return new BulletinEditorView(
            groups.Select(g => new AudienceChoice(g.Id, g.Name)).OrderBy(g => g.Name.Fi, StringComparer.CurrentCulture).ToList(),
            teams.Select(t => new AudienceChoice(t.Key, t.Value)).OrderBy(t => t.Name.Fi, StringComparer.CurrentCulture).ToList());
    }

    /// <summary>The public unsubscribe page: whether the link is good, and for which region and address.</summary>
    public async Task<UnsubscribePageView> UnsubscribePageAsync(string? token, CancellationToken cancellationToken)
    {
        if (BulletinUnsubscribeTokens.Read(protection, token) is not var (regionId, email)) return new UnsubscribePageView(false, null, null, false);
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == regionId).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken);
        if (region is null) return new UnsubscribePageView(false, null, null, false);
        var already = await db.BulletinOptOuts.AsNoTracking().AnyAsync(o => o.RegionId == regionId && o.Email == email, cancellationToken);
        return new UnsubscribePageView(true, region, email, already);
    }

    private async Task<Dictionary<Guid, LocalizedText>> TeamNamesAsync(Guid regionId, CancellationToken cancellationToken) =>
        (await db.AdviceTeams.AsNoTracking().Where(t => t.RegionId == regionId)
            .Join(db.Municipalities.AsNoTracking(), t => t.MunicipalityId, m => m.Id, (t, m) => new { t.Id, m.Name }).ToListAsync(cancellationToken))
        .ToDictionary(t => t.Id, t => t.Name);

    private async Task<Dictionary<Guid, DeliveryCounts>> CountsAsync(IReadOnlyList<Guid> bulletinIds, CancellationToken cancellationToken)
    {
        var rows = await db.BulletinDeliveries.AsNoTracking().Where(d => bulletinIds.Contains(d.BulletinId))
            .Join(db.OutboxMessages.AsNoTracking(), d => d.OutboxMessageId, m => m.Id, (d, m) => new { d.BulletinId, m.SentAt, m.FailedAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.BulletinId).ToDictionary(g => g.Key, g => new DeliveryCounts(
            g.Count(r => r.SentAt == null && r.FailedAt == null), g.Count(r => r.SentAt != null), g.Count(r => r.SentAt == null && r.FailedAt != null)));
    }
}
