using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Tenancy;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.YearClock;

/// <summary>
/// Reminds each year-clock task's owner (none: the region's coordinators) by e-mail <see cref="YearClockTask.ReminderDays"/>
/// before the task starts or its day comes, through the outbox. Once per task and year: the <see cref="YearClockReminder"/>
/// row and the e-mails are saved together, and its unique index turns a second instance's attempt into nothing. A task
/// whose day has passed is not reminded late.
/// </summary>
public sealed class YearClockReminders(PerheverkkoDb db, Outbox outbox, Texts texts, PublicAddress links, TimeProvider clock) : IScheduledJob
{
    public string Name => "year-clock-reminders";
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public Task RunAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <returns>How many e-mails were queued.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var today = HelsinkiTime.Today(clock);
        var tasks = await db.YearClockTasks.AsNoTracking().AcrossRegions().Where(t => t.RemovedAt == null).ToListAsync(cancellationToken);
        var sentBefore = (await db.YearClockReminders.AsNoTracking().AcrossRegions().Where(r => r.Year >= today.Year).Select(r => new { r.TaskId, r.Year })
            .ToListAsync(cancellationToken)).Select(r => (r.TaskId, r.Year)).ToHashSet();
        var sent = 0;
        foreach (var task in tasks)
        {
            // This year's occurrence, or next year's when the lead time reaches over the new year.
            foreach (var year in new[] { today.Year, today.Year + 1 })
            {
                var due = task.DueIn(year);
                if (today < due.AddDays(-task.ReminderDays) || today > due || sentBefore.Contains((task.Id, year))) continue;
                var recipients = await db.Users.AsNoTracking()
                    .Where(u => u.RegionId == task.RegionId && u.Email != null && (task.OwnerUserId != null ? u.Id == task.OwnerUserId : u.Role == StaffRole.Coordinator))
                    .Select(u => new { u.Email, u.Language }).ToListAsync(cancellationToken);
                // Nobody to tell yet: nothing is marked sent, so a coordinator named later is still reminded.
                if (recipients.Count == 0) continue;
                db.YearClockReminders.Add(new YearClockReminder(Guid.CreateVersion7(), task.RegionId, task.Id, year, clock.GetUtcNow().UtcDateTime));
                var link = links.Absolute($"/staff/year-clock?year={year}");
                var queued = 0;
                foreach (var r in recipients.DistinctBy(r => r.Email!.ToUpperInvariant()))
                {
                    var language = Texts.Known(r.Language);
                    outbox.Enqueue(new EmailMessage([r.Email!], texts.In(language, "yearclock.mail_subject", task.Title.In(language)),
                        texts.In(language, "yearclock.mail_body", task.Title.In(language), due.ToString("d.M.yyyy"), link)), task.RegionId);
                    queued++;
                }
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    sent += queued;
                }
                catch (DbUpdateException)
                {
                    // Another instance reminded first (the unique index): its e-mails went, ours are dropped.
                    db.ChangeTracker.Clear();
                }
            }
        }
        return sent;
    }
}
