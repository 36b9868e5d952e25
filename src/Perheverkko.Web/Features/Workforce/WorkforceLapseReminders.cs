using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// Tells an organisation's representatives when a requirement of its people in published activities lapses (issue #16
/// item 5): a re-check falling due or a volunteer's insurance policy ending, within the organisation's
/// <see cref="WorkforceSettings.ReminderDays"/>, or already past. Each (person, requirement, day) is told once — the
/// <see cref="LapseNotice"/> row and the e-mails are saved together, and the row's unique index turns a second
/// instance's attempt into nothing. The activity stays published; the staff marks show it. The e-mail carries only
/// counts and a link: the names are read on the organisation's own page.
/// </summary>
public sealed class WorkforceLapseReminders(PerheverkkoDb db, ActivityStandingQueries standings, Outbox outbox, Texts texts, AuditLog audit,
    PublicAddress links, TimeProvider clock) : IScheduledJob
{
    public string Name => "workforce-lapse-reminders";
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public Task RunAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    private sealed record Due(Guid WorkerId, Requirement Requirement, DateOnly On);

    /// <returns>How many e-mails were queued.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var today = HelsinkiTime.Today(clock);
        var published = await db.Activities.AsNoTracking().Where(a => a.State == PublicationState.Published && db.ActivityTasks.Any(t => t.ActivityId == a.Id))
            .Select(a => a.Id).ToListAsync(cancellationToken);
        var judged = await standings.OfActivitiesAsync(published, today, cancellationToken);
        var tasks = judged.Values.SelectMany(a => a.Tasks).ToList();
        var organisationIds = tasks.Select(t => t.OrganisationId).Distinct().ToList();
        var stored = await db.WorkforceSettings.AsNoTracking().Where(s => organisationIds.Contains(s.OrganisationId)).ToDictionaryAsync(s => s.OrganisationId, cancellationToken);

        var sent = 0;
        foreach (var organisation in tasks.GroupBy(t => t.OrganisationId))
        {
            var regionId = organisation.First().RegionId;
            var settings = stored.GetValueOrDefault(organisation.Key) ?? WorkforceSettings.Defaults(regionId, organisation.Key);
            // The dated lapses to tell: those within the reminder days, and those already past (a re-check due, a policy ended).
            var due = organisation.SelectMany(t => t.Lapses.Where(l => l.On <= today.AddDays(settings.ReminderDays)).Concat(t.Lapsed)
                .Select(l => new Due(t.WorkerId, l.Requirement, l.On))).Distinct().ToList();
            if (due.Count == 0) continue;
            var dueWorkers = due.Select(d => d.WorkerId).Distinct().ToList();
            var told = (await db.LapseNotices.AsNoTracking().Where(n => dueWorkers.Contains(n.WorkerId)).Select(n => new { n.WorkerId, n.Requirement, n.LapsesOn })
                .ToListAsync(cancellationToken)).Select(n => new Due(n.WorkerId, n.Requirement, n.LapsesOn)).ToHashSet();
            var untold = due.Where(d => !told.Contains(d)).ToList();
            if (untold.Count == 0) continue;
            var recipients = await db.Users.AsNoTracking()
                .Where(u => u.OrganisationId == organisation.Key && u.Role == StaffRole.Representative && u.Email != null)
                .Select(u => new { u.Email, u.Language }).ToListAsync(cancellationToken);
            // Nobody to tell yet: nothing is marked told, so a representative named later hears of it.
            if (recipients.Count == 0) continue;

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var d in untold) db.LapseNotices.Add(new LapseNotice(Guid.CreateVersion7(), regionId, organisation.Key, d.WorkerId, d.Requirement, d.On, now));
            var lapsed = untold.Count(d => d.On <= today);
            var soon = untold.Count - lapsed;
            var link = links.Absolute("/staff/people");
            var queued = 0;
            foreach (var recipient in recipients.DistinctBy(r => r.Email!.ToUpperInvariant()))
            {
                var language = Texts.Known(recipient.Language);
                outbox.Enqueue(new EmailMessage([recipient.Email!], texts.In(language, "workforce.guideline.mail_subject"),
                    texts.In(language, "workforce.guideline.mail_body", soon, lapsed, settings.ReminderDays, link)), regionId);
                queued++;
            }
            audit.Record(Actor.System, AuditEvent.WorkforceLapsesNotified, "Organisation", organisation.Key,
                $"{soon} lapsing within {settings.ReminderDays} days, {lapsed} lapsed; {queued} representatives told", regionId);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                sent += queued;
            }
            catch (DbUpdateException)
            {
                // Another instance told these first (the notice's unique index): its e-mails went, ours are dropped.
                db.ChangeTracker.Clear();
            }
        }
        return sent;
    }
}
