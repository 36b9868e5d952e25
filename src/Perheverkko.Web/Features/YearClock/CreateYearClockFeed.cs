using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.YearClock;

/// <summary>Makes the reader's secret year-clock calendar address (revoking an earlier one); the token is returned once.</summary>
public sealed class CreateYearClockFeed(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <returns>The path of the feed: <c>/year-clock/{token}.ics</c>.</returns>
    public async Task<string> HandleAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var allowed = await access.RequireAsync(actor, StaffAction.ViewYearCycle, YearClockAccess.Region(actor?.RegionId), cancellationToken);
        if (allowed.UserId is not { } userId || allowed.RegionId is not { } region) throw new NotFoundException(YearClockRules.NotFound);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var old in await db.YearClockFeeds.Where(f => f.StaffUserId == userId && f.RevokedAt == null).ToListAsync(cancellationToken)) old.Revoke(now);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var feed = new YearClockFeed(Guid.CreateVersion7(), region, userId, YearClockFeed.Hash(token), now);
        db.YearClockFeeds.Add(feed);
        audit.Record(allowed, AuditEvent.YearClockChanged, nameof(YearClockFeed), feed.Id, "calendar address made", region);
        await db.SaveChangesAsync(cancellationToken);
        return $"/year-clock/{token}.ics";
    }
}
