using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Tenancy;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>
/// Reminds the municipalities that have not submitted the year's evaluation (issue 17 item 3: missing submissions are
/// reminded): the representatives of the municipality's own organisation get an e-mail
/// <see cref="EvaluationSettings.ReminderDays"/> before the due date, and once more after it, while it is not submitted.
/// Only rounds the coordinator opened (saved settings for) are reminded. Each step goes once: the
/// <see cref="EvaluationReminder"/> row and the e-mails are saved together and its unique index turns a second
/// instance's attempt into nothing.
/// </summary>
public sealed class EvaluationReminders(PerheverkkoDb db, EvaluationsQueries queries, Outbox outbox, Texts texts, PublicAddress links, TimeProvider clock)
    : IScheduledJob
{
    public string Name => "evaluation-reminders";
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public Task RunAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <returns>How many e-mails were queued.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var today = HelsinkiTime.Today(clock);
        // Rounds whose first reminder day has come, and that are not long past (a year after the due date they rest).
        var rounds = (await db.EvaluationSettings.AsNoTracking().AcrossRegions().ToListAsync(cancellationToken))
            .Where(s => today >= s.DueOn.AddDays(-s.ReminderDays) && today <= s.DueOn.AddYears(1)).ToList();
        var sent = 0;
        foreach (var round in rounds)
        {
            var step = today > round.DueOn ? EvaluationReminderStep.AfterDue : EvaluationReminderStep.BeforeDue;
            var submitted = await db.MunicipalEvaluations.AsNoTracking().AcrossRegions()
                .Where(e => e.RegionId == round.RegionId && e.Year == round.Year && e.State == EvaluationState.Submitted)
                .Select(e => e.MunicipalityId).ToListAsync(cancellationToken);
            var told = await db.EvaluationReminders.AsNoTracking().AcrossRegions()
                .Where(r => r.RegionId == round.RegionId && r.Year == round.Year && r.Step == step).Select(r => r.MunicipalityId).ToListAsync(cancellationToken);
            foreach (var municipality in await queries.MunicipalitiesAsync(round.RegionId, cancellationToken))
            {
                if (submitted.Contains(municipality.MunicipalityId) || told.Contains(municipality.MunicipalityId)) continue;
                var recipients = await db.Users.AsNoTracking()
                    .Where(u => u.OrganisationId == municipality.OrganisationId && u.Role == StaffRole.Representative && u.Email != null)
                    .Select(u => new { u.Email, u.Language }).ToListAsync(cancellationToken);
                // Nobody to tell yet: nothing is marked told, so a representative named later hears of it.
                if (recipients.Count == 0) continue;
                db.EvaluationReminders.Add(new EvaluationReminder(Guid.CreateVersion7(), round.RegionId, round.Year, municipality.MunicipalityId, step,
                    clock.GetUtcNow().UtcDateTime));
                var link = links.Absolute($"/staff/evaluations/{round.Year}/{municipality.MunicipalityId}");
                var queued = 0;
                foreach (var recipient in recipients.DistinctBy(r => r.Email!.ToUpperInvariant()))
                {
                    var language = Texts.Known(recipient.Language);
                    var key = step == EvaluationReminderStep.BeforeDue ? "evaluation.mail.before" : "evaluation.mail.after";
                    outbox.Enqueue(new EmailMessage([recipient.Email!], texts.In(language, "evaluation.mail.subject", round.Year, municipality.Name.In(language)),
                        texts.In(language, key, round.Year, municipality.Name.In(language), round.DueOn.ToString("d.M.yyyy"), link)), round.RegionId);
                    queued++;
                }
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    sent += queued;
                }
                catch (DbUpdateException)
                {
                    // Another instance sent this step first (the reminder's unique index): its e-mails went, ours are dropped.
                    db.ChangeTracker.Clear();
                }
            }
        }
        return sent;
    }
}
