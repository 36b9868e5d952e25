using System.Globalization;
using System.Text;
using MimeKit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance;

public enum InvitationKind { Invitation, Update, Cancellation }

/// <summary>
/// The e-mails about a meeting: one message per current member and deputy (001 §13), each with the meeting as an
/// iCalendar attachment, the absolute link to the meeting page, the agenda with each item's documents (their download
/// links) and how to tell that one cannot come. One message per person, not one with everyone in To, so no one sees
/// the others' addresses and a calendar sees only its own attendee.
/// </summary>
public static class InvitationMail
{
    public static int Enqueue(Outbox outbox, MailOptions mail, Texts texts, MailLanguages languages, PublicAddress links, Group group, Meeting meeting,
        ILookup<Guid, MeetingDocument> documents, InvitationKind kind, DateTime now)
    {
        var today = HelsinkiTime.DateOf(now);
        var current = group.CurrentMemberships(today).ToList();
        var members = current.ToDictionary(m => m.Id);
        var recipients = current.GroupBy(m => m.Person.Email, StringComparer.OrdinalIgnoreCase).Select(g => g.OrderBy(m => m.Role).First()).ToList();
        var organizer = MailboxAddress.Parse(mail.From);
        var url = links.Absolute(MeetingLinks.Page(meeting.Id));
        // The calendar entry is the same for everyone (a calendar shows it beside entries in any language).
        var summary = $"{group.Name.Fi}, {When(meeting)}";
        var method = kind == InvitationKind.Cancellation ? CalendarMethod.Cancel : CalendarMethod.Request;
        var agenda = string.Join("\n", meeting.AgendaItems.OrderBy(i => i.Position).Select(i => $"{i.Position}. {i.Title}"));
        var agendaWithDocuments = string.Join("\n", meeting.AgendaItems.OrderBy(i => i.Position).SelectMany(i =>
            documents[i.Id].Select(d => $"   {d.FileName}: {links.Absolute(MeetingLinks.Document(d.Id))}").Prepend($"{i.Position}. {i.Title}")));

        foreach (var recipient in recipients)
        {
            var language = languages.Of(recipient.Person);
            var when = When(meeting, texts, language);
            var subject = texts.In(language, $"mail.invitation.subject.{kind}", $"{group.Name.In(language)}, {when}");
            var deputyFor = recipient.DeputyForId is { } id && members.TryGetValue(id, out var member) ? member.Person.Name : null;
            // Only a member with a staff account can say so on the page (ReportAbsence); others tell the group's preparers.
            var absence = recipient.Role != MembershipRole.Member ? null
                : recipient.Person.StaffUserId is not null ? "mail.invitation.absence_on_page" : "mail.invitation.absence_tell";
            var body = Body(texts, language, group, meeting, kind, when, agendaWithDocuments, url, deputyFor, absence);
            var ics = MeetingCalendar.Write(method, meeting, summary, agenda, url, organizer.Name is { Length: > 0 } n ? n : organizer.Address,
                organizer.Address, [new CalendarAttendee(recipient.Person.Name, recipient.Person.Email, recipient.Role == MembershipRole.Deputy)], now);
            outbox.Enqueue(new EmailMessage([recipient.Person.Email], subject, body, null,
                [new EmailAttachment(method == CalendarMethod.Cancel ? "peruutus.ics" : "kutsu.ics",
                    method == CalendarMethod.Cancel ? MeetingCalendar.ContentTypeCancel : MeetingCalendar.ContentTypeRequest,
                    Convert.ToBase64String(Encoding.UTF8.GetBytes(ics)))]), group.RegionId);
        }
        return recipients.Count;
    }

    /// <summary>The meeting's time in Finnish, as in the calendar entry and the minutes' record.</summary>
    public static string When(Meeting meeting)
    {
        var fi = CultureInfo.GetCultureInfo("fi");
        var start = HelsinkiTime.ToLocal(meeting.StartsAt);
        var end = HelsinkiTime.ToLocal(meeting.EndsAt);
        return $"{start.ToString("ddd d.M.yyyy", fi)} klo {start:H.mm}–{end:H.mm}";
    }

    /// <summary>The meeting's time (Helsinki time) in a recipient's language.</summary>
    public static string When(Meeting meeting, Texts texts, string language)
    {
        var culture = CultureInfo.GetCultureInfo(Texts.Known(language));
        var start = HelsinkiTime.ToLocal(meeting.StartsAt);
        var end = HelsinkiTime.ToLocal(meeting.EndsAt);
        return texts.In(language, "mail.when", start.ToString("ddd d.M.yyyy", culture), start.ToString("H.mm", culture), end.ToString("H.mm", culture));
    }

    private static string Body(Texts texts, string language, Group group, Meeting meeting, InvitationKind kind, string when, string agenda, string url,
        string? deputyFor, string? absenceKey)
    {
        var text = new StringBuilder();
        text.AppendLine(texts.In(language, $"mail.invitation.lead.{kind}", group.Name.In(language)));
        text.AppendLine().AppendLine(texts.In(language, "mail.time", when));
        text.AppendLine(texts.In(language, "mail.mode", texts.In(language, $"mail.mode.{meeting.Mode}")));
        if (!string.IsNullOrWhiteSpace(meeting.Place)) text.AppendLine(texts.In(language, "mail.place", meeting.Place));
        if (!string.IsNullOrWhiteSpace(meeting.VideoLink)) text.AppendLine(texts.In(language, "mail.video", meeting.VideoLink));
        if (kind != InvitationKind.Cancellation && agenda.Length > 0) text.AppendLine().AppendLine(texts.In(language, "mail.agenda")).AppendLine(agenda);
        text.AppendLine().AppendLine(texts.In(language, "mail.meeting_page", url));
        if (kind != InvitationKind.Cancellation && absenceKey is not null) text.AppendLine(texts.In(language, absenceKey));
        if (deputyFor is not null) text.AppendLine().AppendLine(texts.In(language, "mail.invitation.as_deputy", deputyFor));
        return text.ToString();
    }
}
