using System.Security.Cryptography;
using System.Text;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.YearClock;

/// <summary>What a task says: its title, its months (a task may span months), an optional day, its owner and reminder lead time.</summary>
public sealed record YearClockTaskContent(LocalizedText Title, int StartMonth, int EndMonth, int? Day, Guid? OwnerUserId, int ReminderDays);

/// <summary>
/// A recurring task of the region's year (vuosikello, issue #17 item 2): e.g. the evaluation collection in
/// January–February, or the notice deadline of 30 June (001 §21). Its owner (none: the region's coordinators) is
/// reminded <see cref="ReminderDays"/> before it starts, or before its day. A removed task is kept as removed, so the
/// seeded defaults do not come back.
/// </summary>
public sealed class YearClockTask : IRegionOwned
{
    public const int TitleMaxLength = 200;
    public const int MaxReminderDays = 90;

    private YearClockTask() { }

    public YearClockTask(Guid id, Guid regionId, YearClockTaskContent content, DateTime now)
    { Id = id; RegionId = regionId; CreatedAt = now; Apply(content, now); }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public LocalizedText Title { get; private set; } = new("");
    public int StartMonth { get; private set; }
    public int EndMonth { get; private set; }
    /// <summary>A day of the start month (a deadline such as 30 June); none: the task runs through its months.</summary>
    public int? Day { get; private set; }
    /// <summary>A staff account of the region; none: the region's coordinators.</summary>
    public Guid? OwnerUserId { get; private set; }
    public int ReminderDays { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? RemovedAt { get; private set; }

    public void Change(YearClockTaskContent content, DateTime now)
    {
        RuleCheck.That(RemovedAt is null, YearClockRules.NotFound);
        Apply(content, now);
    }

    public void Remove(DateTime now) => RemovedAt ??= now;

    /// <summary>The day the task starts (or is due, with a day) in a year.</summary>
    public DateOnly DueIn(int year) => DueIn(year, StartMonth, Day);

    public static DateOnly DueIn(int year, int month, int? day) => new(year, month, Math.Min(day ?? 1, DateTime.DaysInMonth(year, month)));

    private void Apply(YearClockTaskContent content, DateTime now)
    {
        RuleCheck.That(content.EndMonth >= content.StartMonth, YearClockRules.EndsBeforeStart);
        RuleCheck.That(content.Day is null || content.Day <= DateTime.DaysInMonth(2024, content.StartMonth), YearClockRules.DayInvalid);
        Title = content.Title; StartMonth = content.StartMonth; EndMonth = content.EndMonth; Day = content.Day; OwnerUserId = content.OwnerUserId;
        ReminderDays = content.ReminderDays; UpdatedAt = now;
    }
}

/// <summary>That a task's reminder of a year was sent: once per task and year (the unique index holds it across instances).</summary>
public sealed class YearClockReminder : IRegionOwned
{
    private YearClockReminder() { }

    public YearClockReminder(Guid id, Guid regionId, Guid taskId, int year, DateTime now) { Id = id; RegionId = regionId; TaskId = taskId; Year = year; SentAt = now; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid TaskId { get; private set; }
    public int Year { get; private set; }
    public DateTime SentAt { get; private set; }
}

/// <summary>
/// A staff member's secret address of the year clock's calendar (<c>/year-clock/{token}.ics</c>), like the governance
/// meeting feed: only the SHA-256 of the token is stored, the address is shown once, a new one revokes the old.
/// </summary>
public sealed class YearClockFeed : IRegionOwned
{
    private YearClockFeed() { }

    public YearClockFeed(Guid id, Guid regionId, Guid staffUserId, string tokenHash, DateTime now)
    { Id = id; RegionId = regionId; StaffUserId = staffUserId; TokenHash = tokenHash; CreatedAt = now; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid StaffUserId { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public void Revoke(DateTime now) => RevokedAt ??= now;

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
