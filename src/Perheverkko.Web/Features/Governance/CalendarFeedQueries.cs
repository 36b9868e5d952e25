using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance;

public sealed record CalendarFeedView(bool Active, DateTime? CreatedAt);

/// <summary>The feed itself: anyone with the address reads it, so it says no more than an invitation does.</summary>
public sealed class CalendarFeedQueries(PerheverkkoDb db, AccessControl access, TimeProvider clock, PublicAddress links)
{
    /// <summary>Whether the caller has a working calendar address (never the address itself).</summary>
    public async Task<CalendarFeedView> StatusAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var me = await access.RequireAsync(actor, StaffAction.ManageOwnTokens, cancellationToken: cancellationToken);
        var active = await db.CalendarFeeds.AsNoTracking().Where(f => f.StaffUserId == me.UserId && f.RevokedAt == null)
            .Select(f => (DateTime?)f.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return new CalendarFeedView(active is not null, active);
    }

    /// <returns>The iCalendar text, or null for an unknown or revoked address.</returns>
    public async Task<string?> WriteAsync(string token, CancellationToken cancellationToken)
    {
        var hash = CalendarFeed.Hash(token);
        var owner = await (from f in db.CalendarFeeds.AsNoTracking()
                           join u in db.Users on f.StaffUserId equals u.Id
                           where f.TokenHash == hash && f.RevokedAt == null
                           select new Actor(u.Id, u.DisplayName, u.Role, u.OrganisationId, u.RegionId)).SingleOrDefaultAsync(cancellationToken);
        if (owner is null) return null;
        // The feed is read without signing in, so no region confines the context: the owner's region does, explicitly.
        // Of its groups, the owner's own (member, deputy, chair, vice chair or secretary) that the owner may see.
        var regionGroups = await db.Groups.AsNoTracking().Where(g => owner.RegionId == null || g.RegionId == owner.RegionId).ToListAsync(cancellationToken);
        var objects = regionGroups.Select(GroupRelationships.ObjectOf).ToList();
        var mine = await new GroupRelationships(db, clock).HeldOnAsync(Relationship.GroupMember, owner, objects, cancellationToken);
        var visible = await access.PermittedAsync(owner, objects.Where(o => mine.Contains(o.Id!.Value)).ToList(), [StaffAction.ViewGroup], cancellationToken);
        var names = regionGroups.Where(g => visible.Has(g.Id, StaffAction.ViewGroup)).ToDictionary(g => g.Id, g => g.Name.Fi);
        var groupIds = names.Keys.ToList();
        // The agenda is the preparers' until it is sent, so planned meetings are left out; cancelled ones are kept, marked so.
        var since = clock.GetUtcNow().UtcDateTime.AddYears(-1);
        var meetings = await db.Meetings.AsNoTracking().Where(m => groupIds.Contains(m.GroupId) && m.Status != MeetingStatus.Planned && m.StartsAt >= since)
            .OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var ics = new StringBuilder();
        foreach (var line in new[] { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Perheverkko//Governance//FI", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + ICalendarText.Text("Perheverkko: kokoukset") })
            ICalendarText.Fold(ics, line);
        foreach (var m in meetings)
        {
            var lines = new List<string>
            {
                "BEGIN:VEVENT", "UID:" + MeetingCalendar.Uid(m.Id), "SEQUENCE:" + m.Sequence.ToString(CultureInfo.InvariantCulture),
                "DTSTAMP:" + ICalendarText.Utc(now), "DTSTART:" + ICalendarText.Utc(m.StartsAt), "DTEND:" + ICalendarText.Utc(m.EndsAt),
                "SUMMARY:" + ICalendarText.Text(names[m.GroupId]),
                "STATUS:" + (m.Status == MeetingStatus.Cancelled ? "CANCELLED" : "CONFIRMED"),
            };
            var location = string.Join(", ", new[] { m.Place, m.VideoLink }.Where(s => !string.IsNullOrWhiteSpace(s)));
            if (location.Length > 0) lines.Add("LOCATION:" + ICalendarText.Text(location));
            lines.Add("URL:" + links.Absolute(MeetingLinks.Page(m.Id)));
            lines.Add("END:VEVENT");
            foreach (var line in lines) ICalendarText.Fold(ics, line);
        }
        ICalendarText.Fold(ics, "END:VCALENDAR");
        return ics.ToString();
    }
}
