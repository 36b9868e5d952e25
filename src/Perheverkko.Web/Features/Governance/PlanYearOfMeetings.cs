using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// Plans the year's meetings from the group's rhythm in one step: spread evenly over the year (monthly, every three
/// months, ...), each on the first given weekday of its month, at the same time and place. Days that have already
/// passed (planning the current year in its autumn) are left out: a meeting is never planned in the past.
/// </summary>
public sealed class PlanYearOfMeetings(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Year, DayOfWeek? Weekday, TimeOnly? StartTime, TimeOnly? EndTime, MeetingMode? Mode, string? Place, string? VideoLink);

    public async Task<IReadOnlyList<Guid>> HandleAsync(Actor? actor, Guid groupId, Request request, CancellationToken cancellationToken)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken) ?? throw new NotFoundException(GovernanceRules.GroupNotFound);
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        var check = new InputCheck()
            .That(request.Year is >= 2000 and <= 2100, "year", "validation.range", 2000, 2100)
            .Defined("weekday", request.Weekday);
        var first = new MeetingTimeInput(new DateOnly(2000, 1, 1), request.StartTime, request.EndTime, request.Mode, request.Place, request.VideoLink);
        first.Check(check);
        check.ThrowIfInvalid();

        var year = request.Year!.Value;
        var (from, to) = (HelsinkiTime.ToUtc(new DateOnly(year, 1, 1), TimeOnly.MinValue), HelsinkiTime.ToUtc(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue));
        RuleCheck.That(!await db.Meetings.AnyAsync(m => m.GroupId == groupId && m.StartsAt >= from && m.StartsAt < to, cancellationToken), GovernanceRules.YearPlanned);

        var now = clock.GetUtcNow().UtcDateTime;
        var coming = Days(year, group.MeetingsPerYear, request.Weekday!.Value).Select(day => first with { Date = day }).Where(input => input.StartUtc > now).ToList();
        RuleCheck.That(coming.Count > 0, GovernanceRules.YearPassed);
        var ids = new List<Guid>();
        foreach (var input in coming)
        {
            var meeting = Meeting.Plan(Guid.CreateVersion7(), groupId, input.StartUtc, input.EndUtc, input.Mode!.Value, input.PlaceOrNull, input.VideoLinkOrNull, now);
            db.Meetings.Add(meeting);
            ids.Add(meeting.Id);
        }
        audit.Record(actor, AuditEvent.MeetingPlanned, "Group", groupId, $"{ids.Count} meetings in {year}");
        await db.SaveChangesAsync(cancellationToken);
        return ids;
    }

    /// <summary>n meetings spread over the twelve months; each on the first <paramref name="weekday"/> of its month.</summary>
    public static IEnumerable<DateOnly> Days(int year, int meetingsPerYear, DayOfWeek weekday)
    {
        for (var i = 0; i < meetingsPerYear; i++)
        {
            var day = new DateOnly(year, 1 + i * 12 / meetingsPerYear, 1);
            while (day.DayOfWeek != weekday) day = day.AddDays(1);
            yield return day;
        }
    }
}
