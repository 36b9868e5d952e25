using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>
/// Reminds named signatories who have neither signed nor rejected, once per their region's
/// <see cref="Regions.RegionTerms.SigningReminderDays"/>: each reminder moves the signatory's last-notified time, so a second
/// pass in the same interval sends nothing. The job runs unconfined, over every region's versions, each by its own terms.
/// </summary>
public sealed class SigningReminders(PerheverkkoDb db, Outbox outbox, AuditLog audit, PublicAddress links, TimeProvider clock) : IScheduledJob
{
    public string Name => "agreement-signing-reminders";
    public TimeSpan Interval => TimeSpan.FromHours(1);

    public Task RunAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <returns>How many reminders were queued.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var versions = await db.AgreementVersions.Include(v => v.Parties).ThenInclude(p => p.Signatories)
            .Where(v => v.Status == AgreementStatus.OutForSigning || v.Status == AgreementStatus.InForce)
            .ToListAsync(cancellationToken);
        var regionIds = versions.Select(v => v.RegionId).Distinct().ToList();
        var reminderDays = (await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToListAsync(cancellationToken))
            .ToDictionary(r => r.Id, r => r.Terms.SigningReminderDays);
        var sent = 0;
        foreach (var version in versions)
        {
            var dueBefore = now - TimeSpan.FromDays(Math.Max(1, reminderDays[version.RegionId]));
            var answered = await db.SigningEvents.Where(e => e.AgreementVersionId == version.Id && e.SignatoryUserId != null)
                .Select(e => new { e.PartyId, e.SignatoryUserId }).ToListAsync(cancellationToken);
            var waiting = version.Parties.Where(p => p.EndReason is null && (version.Status == AgreementStatus.OutForSigning || p.JoinedOn is null));
            foreach (var party in waiting)
            foreach (var s in party.Signatories.Where(s => s.LastNotifiedAt is { } last && last <= dueBefore
                         && !answered.Any(a => a.PartyId == party.Id && a.SignatoryUserId == s.StaffUserId)))
            {
                SigningMail.Enqueue(outbox, links, version, s, party.ListedName, SigningMailKind.Reminder, now);
                sent++;
            }
        }
        if (sent > 0)
        {
            audit.Record(Actor.System, AuditEvent.SigningRemindersSent, detail: $"{sent} reminders");
            await db.SaveChangesAsync(cancellationToken);
        }
        return sent;
    }
}
