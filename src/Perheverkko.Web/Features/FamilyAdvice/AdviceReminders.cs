using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// Overdue first answers (issue #15 item 5): when a contact has no answer after its due day, its team's members get one
/// e-mail; one Finnish working day later, if it still has none, the region's coordinators get one. A contact in the
/// regional queue (or in a team with no members) goes to the coordinators at the first step. Each step is marked on the
/// contact, so the hourly job sends it once. The e-mails carry only a link.
/// </summary>
public sealed class AdviceReminders(PerheverkkoDb db, Outbox outbox, Texts texts, PublicAddress links, TimeProvider clock)
    : IScheduledJob
{
    public string Name => "perheneuvo-reminders";
    public TimeSpan Interval => TimeSpan.FromHours(1);

    public Task RunAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <returns>How many e-mails were queued.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = HelsinkiTime.DateOf(now);
        var sent = 0;
        foreach (var settings in await db.AdviceSettings.AsNoTracking().ToListAsync(cancellationToken))
        {
            var workingDays = AdviceCalendar.WorkingDaysOf(settings);
            var contacts = await db.FamilyContacts
                .Where(c => c.RegionId == settings.RegionId && c.FirstAnsweredAt == null && c.State != ContactState.Closed && c.ContentDeletedAt == null
                            && c.CoordinatorRemindedAt == null && c.DueOn < today)
                .ToListAsync(cancellationToken);
            foreach (var contact in contacts)
            {
                var team = contact.TeamId is { } teamId ? await AdviceStaffMail.TeamAsync(db, teamId, cancellationToken) : [];
                if (contact.TeamRemindedAt is null)
                {
                    contact.RemindedTeam(now);
                    if (team.Count > 0) sent += AdviceStaffMail.Enqueue(outbox, texts, links, team, contact, "overdue_team");
                    else
                    {
                        // No team to remind: the coordinators are the team of the regional queue.
                        contact.RemindedCoordinator(now);
                        sent += AdviceStaffMail.Enqueue(outbox, texts, links,
                            await AdviceStaffMail.CoordinatorsAsync(db, contact.RegionId, cancellationToken), contact, "overdue_coordinator");
                    }
                }
                else if (today >= workingDays.AddWorkingDays(contact.DueOn, 2))
                {
                    contact.RemindedCoordinator(now);
                    sent += AdviceStaffMail.Enqueue(outbox, texts, links,
                        await AdviceStaffMail.CoordinatorsAsync(db, contact.RegionId, cancellationToken), contact, "overdue_coordinator");
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}
