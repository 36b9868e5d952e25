using System.Security.Cryptography;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Makes the caller's calendar address, replacing any earlier one.</summary>
public sealed class CreateCalendarFeed(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public const string Prefix = "cal_";

    /// <returns>The new token; it is not stored and cannot be shown again.</returns>
    public async Task<string> HandleAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var me = await access.RequireAsync(actor, StaffAction.ManageOwnTokens, cancellationToken: cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await RevokeCalendarFeed.RevokeActiveAsync(db, me.UserId!.Value, now, cancellationToken);
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var feed = new CalendarFeed(Guid.CreateVersion7(), me.UserId!.Value, CalendarFeed.Hash(token), now);
        db.CalendarFeeds.Add(feed);
        audit.Record(actor, AuditEvent.CalendarFeedCreated, "CalendarFeed", feed.Id);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }
}
