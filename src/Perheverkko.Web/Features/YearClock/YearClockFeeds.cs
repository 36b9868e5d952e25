using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.YearClock;

/// <summary>
/// Reads a secret year-clock address: the owner's region's tasks, while the address is not revoked and its owner may
/// still view the year cycle. A calendar app cannot sign in, so the token is the key (as with the meeting feed).
/// </summary>
public sealed class YearClockFeedQueries(PerheverkkoDb db, AccessControl access, YearClockQueries queries, PublicAddress links, TimeProvider clock)
{
    public async Task<string?> WriteAsync(string token, CancellationToken cancellationToken)
    {
        var hash = YearClockFeed.Hash(token);
        var owner = await (from f in db.YearClockFeeds.AsNoTracking()
                           join u in db.Users on f.StaffUserId equals u.Id
                           where f.TokenHash == hash && f.RevokedAt == null && u.RegionId == f.RegionId
                           select new Actor(u.Id, u.DisplayName, u.Role, u.OrganisationId, u.RegionId)).SingleOrDefaultAsync(cancellationToken);
        if (owner?.RegionId is not { } region) return null;
        if (!await access.PermitsAsync(owner, StaffAction.ViewYearCycle, YearClockAccess.Region(region), cancellationToken)) return null;
        var tasks = await queries.TasksAsync(region, cancellationToken);
        return YearClockCalendar.Write(tasks, HelsinkiTime.Today(clock).Year, clock.GetUtcNow().UtcDateTime, "Perheverkko: vuosikello",
            links.Absolute("/staff/year-clock"));
    }
}
