using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Announcements;

/// <summary>Withdraws an announcement: it leaves the public pages and feeds at once and cannot be changed afterwards.</summary>
public sealed class WithdrawAnnouncement(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Version);

    public async Task HandleAsync(Actor? actor, Guid announcementId, Request request, CancellationToken cancellationToken)
    {
        var announcement = await db.Announcements.SingleOrDefaultAsync(a => a.Id == announcementId, cancellationToken);
        if (announcement is null || (actor is { IsNational: false } && announcement.RegionId != actor.RegionId)) throw new NotFoundException(AnnouncementsRules.NotFound);
        var allowed = await access.RequireAsync(actor, StaffAction.WriteAnnouncements, AnnouncementAccess.Of(announcement), cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required").ThrowIfInvalid();
        announcement.Withdraw(request.Version!.Value, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.AnnouncementWithdrawn, nameof(Announcement), announcement.Id, "withdrawn", announcement.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
