using System.Text;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance;

/// <summary>The message to a deputy whose member cannot come, or after all can, in the deputy's language.</summary>
public static class DeputyMail
{
    public static EmailMessage For(Texts texts, string language, PublicAddress links, Group group, Meeting meeting, Membership member,
        Membership deputy, bool expected)
    {
        var when = InvitationMail.When(meeting, texts, language);
        var name = group.Name.In(language);
        var url = links.Absolute(MeetingLinks.Page(meeting.Id));
        var subject = texts.In(language, expected ? "mail.deputy.subject_expected" : "mail.deputy.subject_not_needed", name, when);
        var text = new StringBuilder();
        text.AppendLine(texts.In(language, expected ? "mail.deputy.expected" : "mail.deputy.not_needed", member.Person.Name, name));
        text.AppendLine().AppendLine(texts.In(language, "mail.time", when));
        if (!string.IsNullOrWhiteSpace(meeting.Place)) text.AppendLine(texts.In(language, "mail.place", meeting.Place));
        if (!string.IsNullOrWhiteSpace(meeting.VideoLink)) text.AppendLine(texts.In(language, "mail.video", meeting.VideoLink));
        text.AppendLine().AppendLine(texts.In(language, "mail.meeting_page", url));
        return new EmailMessage([deputy.Person.Email], subject, text.ToString());
    }
}
