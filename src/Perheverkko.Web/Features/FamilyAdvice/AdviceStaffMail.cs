using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// Notices to Perheneuvo's staff: to a team's members or to the region's coordinators, each in their own language, with
/// only the link to the contact — never the family's words, details or even the topic (issue #15 item 5).
/// </summary>
internal static class AdviceStaffMail
{
    public sealed record Recipient(string Email, string Language);

    public static Task<List<Recipient>> TeamAsync(PerheverkkoDb db, Guid teamId, CancellationToken cancellationToken) =>
        db.AdviceTeamMembers.Where(m => m.TeamId == teamId).Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, u.Language })
            .Where(u => u.Email != null).Select(u => new Recipient(u.Email!, u.Language)).ToListAsync(cancellationToken);

    public static Task<List<Recipient>> CoordinatorsAsync(PerheverkkoDb db, Guid regionId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.RegionId == regionId && u.Role == StaffRole.Coordinator && u.Email != null)
            .Select(u => new Recipient(u.Email!, u.Language)).ToListAsync(cancellationToken);

    /// <param name="kind">transferred, overdue_team, overdue_coordinator: the key of the subject and body under <c>advice.staff.mail.</c>.</param>
    public static int Enqueue(Outbox outbox, Texts texts, PublicAddress links, IEnumerable<Recipient> recipients,
        FamilyContact contact, string kind)
    {
        var link = links.Absolute($"/staff/perheneuvo/{contact.Id}");
        var sent = 0;
        foreach (var recipient in recipients.DistinctBy(r => r.Email.ToUpperInvariant()))
        {
            var language = Texts.Known(recipient.Language);
            outbox.Enqueue(new EmailMessage([recipient.Email], texts.In(language, $"advice.staff.mail.{kind}.subject"),
                texts.In(language, $"advice.staff.mail.{kind}.body", link)), contact.RegionId);
            sent++;
        }
        return sent;
    }
}
