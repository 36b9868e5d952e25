using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Governance;

public sealed class RevokeCalendarFeed(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var me = await access.RequireAsync(actor, StaffAction.ManageOwnTokens, cancellationToken: cancellationToken);
        await RevokeActiveAsync(db, me.UserId!.Value, clock.GetUtcNow().UtcDateTime, cancellationToken);
        audit.Record(actor, AuditEvent.CalendarFeedRevoked, "CalendarFeed");
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static async Task RevokeActiveAsync(PerheverkkoDb db, Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var feed in await db.CalendarFeeds.Where(f => f.StaffUserId == userId && f.RevokedAt == null).ToListAsync(cancellationToken)) feed.Revoke(now);
    }
}
