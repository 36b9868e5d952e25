using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>When and how a meeting is held, as entered: a day and times in Finnish time.</summary>
public sealed record MeetingTimeInput(DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, MeetingMode? Mode, string? Place, string? VideoLink)
{
    public void Check(InputCheck check) => check
        .That(Date is not null, "date", "validation.required")
        .That(StartTime is not null, "startTime", "validation.required")
        .That(EndTime is not null, "endTime", "validation.required")
        .Defined("mode", Mode)
        .Optional("place", Place, GovernanceLimits.Place)
        .Optional("videoLink", VideoLink, GovernanceLimits.Link)
        .That(string.IsNullOrWhiteSpace(VideoLink) || IsWebAddress(VideoLink), "videoLink", "validation.url");

    public DateTime StartUtc => HelsinkiTime.ToUtc(Date!.Value, StartTime!.Value);
    public DateTime EndUtc => HelsinkiTime.ToUtc(Date!.Value, EndTime!.Value);
    public string? PlaceOrNull => Place.TrimmedOrNull();
    public string? VideoLinkOrNull => VideoLink.TrimmedOrNull();

    internal static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

/// <summary>Plans one meeting of a group.</summary>
public sealed class PlanMeeting(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Actor? actor, Guid groupId, MeetingTimeInput request, CancellationToken cancellationToken)
    {
        var exists = await db.Groups.AnyAsync(g => g.Id == groupId, cancellationToken);
        await GroupAccess.RequirePrepareAsync(access, db, actor, exists ? groupId : null, HelsinkiTime.Today(clock), cancellationToken);
        var check = new InputCheck();
        request.Check(check);
        check.ThrowIfInvalid();
        RuleCheck.That(exists, GovernanceRules.GroupNotFound);

        var meeting = Meeting.Plan(Guid.CreateVersion7(), groupId, request.StartUtc, request.EndUtc, request.Mode!.Value,
            request.PlaceOrNull, request.VideoLinkOrNull, clock.GetUtcNow().UtcDateTime);
        db.Meetings.Add(meeting);
        audit.Record(actor, AuditEvent.MeetingPlanned, "Meeting", meeting.Id, $"group {groupId}");
        await db.SaveChangesAsync(cancellationToken);
        return meeting.Id;
    }
}

/// <summary>
/// Plans the year's meetings from the group's rhythm in one step: spread evenly over the year (monthly, every three
/// months, ...), each on the first given weekday of its month, at the same time and place.
/// </summary>
public sealed class PlanYearOfMeetings(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Year, DayOfWeek? Weekday, TimeOnly? StartTime, TimeOnly? EndTime, MeetingMode? Mode, string? Place, string? VideoLink);

    public async Task<IReadOnlyList<Guid>> HandleAsync(Actor? actor, Guid groupId, Request request, CancellationToken cancellationToken)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        await GroupAccess.RequirePrepareAsync(access, db, actor, group?.Id, HelsinkiTime.Today(clock), cancellationToken);
        var check = new InputCheck()
            .That(request.Year is >= 2000 and <= 2100, "year", "validation.range", 2000, 2100)
            .Defined("weekday", request.Weekday);
        var first = new MeetingTimeInput(new DateOnly(2000, 1, 1), request.StartTime, request.EndTime, request.Mode, request.Place, request.VideoLink);
        first.Check(check);
        check.ThrowIfInvalid();
        if (group is null) throw new NotFoundException(GovernanceRules.GroupNotFound);

        var year = request.Year!.Value;
        var (from, to) = (HelsinkiTime.ToUtc(new DateOnly(year, 1, 1), TimeOnly.MinValue), HelsinkiTime.ToUtc(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue));
        RuleCheck.That(!await db.Meetings.AnyAsync(m => m.GroupId == groupId && m.StartsAt >= from && m.StartsAt < to, cancellationToken), GovernanceRules.YearPlanned);

        var now = clock.GetUtcNow().UtcDateTime;
        var ids = new List<Guid>();
        foreach (var day in Days(year, group.MeetingsPerYear, request.Weekday!.Value))
        {
            var input = first with { Date = day };
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

/// <summary>Changes when or where a meeting is held; if the invitation was sent, everyone gets an update (SEQUENCE + 1).</summary>
public sealed class RescheduleMeeting(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, MailOptions mail,
    Texts texts, IConfiguration configuration, TimeProvider clock)
{
    /// <returns>How many people were sent an update.</returns>
    public async Task<int> HandleAsync(Actor? actor, Guid meetingId, MeetingTimeInput request, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingAccess.LoadForPrepareAsync(db, access, actor, meetingId, clock, withMembers: true, cancellationToken);
        var check = new InputCheck();
        request.Check(check);
        check.ThrowIfInvalid();
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = 0;
        if (meeting.Reschedule(request.StartUtc, request.EndUtc, request.Mode!.Value, request.PlaceOrNull, request.VideoLinkOrNull, now))
            sent = InvitationMail.Enqueue(outbox, mail, texts,
                await MailLanguages.LoadAsync(db, group.Memberships.Select(m => m.Person), cancellationToken), configuration["PublicUrl"], group, meeting, InvitationKind.Update, now);
        audit.Record(actor, AuditEvent.MeetingRescheduled, "Meeting", meetingId, $"sequence {meeting.Sequence}, {sent} updates");
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}

/// <summary>Cancels a meeting; if the invitation was sent, everyone gets a cancellation (iCalendar METHOD:CANCEL).</summary>
public sealed class CancelMeeting(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, MailOptions mail,
    Texts texts, IConfiguration configuration, TimeProvider clock)
{
    public async Task<int> HandleAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingAccess.LoadForPrepareAsync(db, access, actor, meetingId, clock, withMembers: true, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = meeting.Cancel(now)
            ? InvitationMail.Enqueue(outbox, mail, texts, await MailLanguages.LoadAsync(db, group.Memberships.Select(m => m.Person), cancellationToken),
                configuration["PublicUrl"], group, meeting, InvitationKind.Cancellation, now)
            : 0;
        audit.Record(actor, AuditEvent.MeetingCancelled, "Meeting", meetingId, $"{sent} cancellations");
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}
