using System.Text;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// Tells the chair that drafted minutes wait for their approval (a group that approves by the chair,
/// <see cref="MinutesApproval.ByChair"/>), in the chair's language, with the absolute link to the meeting page where
/// they read and approve them: without it the minutes would wait until someone remembered to ask.
/// </summary>
public static class MinutesApprovalMail
{
    /// <returns>How many chairs were told (the chair named for the agreement period in force; none when no one is named).</returns>
    public static async Task<int> EnqueueAsync(PerheverkkoDb db, Outbox outbox, Texts texts, PublicAddress links, Group group, Meeting meeting,
        DateTime now, CancellationToken cancellationToken)
    {
        var year = HelsinkiTime.DateOf(now).Year;
        var groupId = group.Id;
        var chairs = (await (from r in db.GroupRoles
                             join v in db.AgreementVersions on r.AgreementVersionId equals v.Id
                             where r.GroupId == groupId && r.Kind == GroupRoleKind.Chair && v.StartYear <= year && v.EndYear >= year
                             select new { r.Person.StaffUserId, r.Person.Name, r.Person.Email }).ToListAsync(cancellationToken))
            .Select(c => new PersonRef(c.StaffUserId, c.Name, c.Email)).DistinctBy(c => c.Email.ToUpperInvariant()).ToList();
        var languages = await MailLanguages.LoadAsync(db, chairs, cancellationToken);
        var url = links.Absolute(MeetingLinks.Page(meeting.Id));
        foreach (var chair in chairs)
        {
            var language = languages.Of(chair);
            var name = group.Name.In(language);
            var when = InvitationMail.When(meeting, texts, language);
            var text = new StringBuilder()
                .AppendLine(texts.In(language, "mail.minutes_awaiting.lead", name, when)).AppendLine()
                .AppendLine(texts.In(language, "mail.minutes_awaiting.approve")).AppendLine(url).AppendLine()
                .AppendLine(texts.In(language, "mail.minutes_awaiting.after"));
            outbox.Enqueue(new EmailMessage([chair.Email], texts.In(language, "mail.minutes_awaiting.subject", name, when), text.ToString()), group.RegionId);
        }
        return chairs.Count;
    }
}
