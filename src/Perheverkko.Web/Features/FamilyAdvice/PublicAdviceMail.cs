using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Tenancy;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// The notices the families' side sends to staff: "a new contact in your queue" and "the family wrote again". They go
/// to the members of the contact's team, or for the regional queue to the region's coordinators, and carry ONLY the
/// link to the contact and the due day: never the family's words, name or details (mail is not encrypted at rest on
/// its way, and staff mailboxes are not the register).
/// </summary>
internal static class PublicAdviceMail
{
    public static async Task NotifyStaffAsync(PerheverkkoDb db, Outbox outbox, Texts texts, PublicAddress links,
        FamilyContact contact, bool wroteAgain, CancellationToken cancellationToken)
    {
        // A team without members (yet) must not leave a family unnoticed: then the coordinators are told.
        var recipients = contact.TeamId is { } teamId ? await AdviceStaffMail.TeamAsync(db, teamId, cancellationToken) : [];
        if (recipients.Count == 0) recipients = await AdviceStaffMail.CoordinatorsAsync(db, contact.RegionId, cancellationToken);
        var queueName = contact.TeamId is { } id
            ? await db.AdviceTeams.AsNoTracking().AcrossRegions().Where(t => t.Id == id)
                .Join(db.Municipalities.AsNoTracking(), t => t.MunicipalityId, m => m.Id, (t, m) => m.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var link = links.Absolute($"/staff/perheneuvo/{contact.Id}");
        foreach (var group in recipients.DistinctBy(r => r.Email.ToUpperInvariant()).GroupBy(r => Texts.Known(r.Language)))
        {
            var language = group.Key;
            var queue = queueName is null ? texts.In(language, "advice.public.mail.staff.regional_queue") : texts.In(language, "advice.public.mail.staff.team_queue", queueName.In(language));
            var body = string.Join("\n",
                texts.In(language, wroteAgain ? "advice.public.mail.staff.wrote_again" : "advice.public.mail.staff.new", queue), "",
                texts.In(language, "advice.public.mail.staff.due", contact.DueOn.ToString("d.M.yyyy")), "",
                link, "",
                texts.In(language, "advice.public.mail.staff.no_words"));
            outbox.Enqueue(new EmailMessage(group.Select(r => r.Email).Order(StringComparer.Ordinal).ToList(),
                texts.In(language, wroteAgain ? "advice.public.mail.staff.wrote_again_subject" : "advice.public.mail.staff.new_subject"), body), contact.RegionId);
        }
    }
}
