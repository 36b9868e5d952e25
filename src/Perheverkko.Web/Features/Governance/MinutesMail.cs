using System.Globalization;
using System.Net;
using System.Text;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// The approved minutes by e-mail, each recipient in their own language (<see cref="MailLanguages"/>), as plain text
/// and HTML. The leadership group's minutes go to members and deputies (001 §13), other groups' to their members. One
/// message per person, as with invitations, so no one sees the others' addresses.
/// </summary>
public static class MinutesMail
{
    /// <summary>Queues the minutes to the group; <paramref name="version"/> above 1 is a correction, sent with its reason.</summary>
    /// <returns>The number of recipients and the minutes' text in Finnish, to be kept as the version's record.</returns>
    public static (int Recipients, string Text) Enqueue(Outbox outbox, Texts texts, MailLanguages languages, string? publicUrl, Group group,
        Meeting meeting, DateTime now, int version = 1, string? reason = null)
    {
        var today = HelsinkiTime.DateOf(now);
        var recipients = group.CurrentMemberships(today)
            .Where(m => group.Kind == GroupKind.Leadership || m.Role == MembershipRole.Member)
            .GroupBy(m => m.Person.Email.ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Email: g.Key, Language: languages.Of(g.First().Person))).ToList();
        var url = string.IsNullOrWhiteSpace(publicUrl) ? null : $"{publicUrl.TrimEnd('/')}/staff/meetings/{meeting.Id}";
        var mails = new Dictionary<string, (string Subject, string Text, string Html)>();
        (string Subject, string Text, string Html) In(string language)
        {
            if (mails.TryGetValue(language, out var mail)) return mail;
            var sections = Sections(texts, language, group, meeting, url, version, reason);
            var subject = version == 1
                ? texts.In(language, "mail.minutes.subject", group.Name.In(language), InvitationMail.When(meeting, texts, language))
                : texts.In(language, "mail.minutes.subject_corrected", group.Name.In(language), InvitationMail.When(meeting, texts, language), version);
            return mails[language] = (subject, Text(sections), Html(language, subject, sections));
        }
        foreach (var (email, language) in recipients)
        {
            var (subject, text, html) = In(language);
            outbox.Enqueue(new EmailMessage([email], subject, text, html), group.RegionId);
        }
        return (recipients.Count, In(Texts.DefaultLanguage).Text);
    }

    /// <summary>The minutes as headed sections of lines, written once and rendered as text and as HTML.</summary>
    public static IReadOnlyList<(string Heading, IReadOnlyList<string> Lines)> Sections(Texts texts, string language, Group group, Meeting meeting,
        string? url, int version = 1, string? reason = null)
    {
        string T(string key, params object[] args) => texts.In(language, key, args);
        var culture = CultureInfo.GetCultureInfo(Texts.Known(language));
        var sections = new List<(string, IReadOnlyList<string>)>();
        var approved = meeting.MinutesApprovedAt is { } at ? HelsinkiTime.ToLocal(at).ToString("d.M.yyyy", culture) : "";
        sections.Add((T("mail.minutes.meeting"), [
            $"{group.Name.In(language)}, {InvitationMail.When(meeting, texts, language)}",
            .. string.IsNullOrWhiteSpace(meeting.Place) ? Array.Empty<string>() : [T("mail.place", meeting.Place)],
            T("mail.minutes.approved", approved, meeting.MinutesApprovedBy ?? ""),
        ]));
        if (version > 1) sections.Add((T("mail.minutes.correction", version), [reason ?? ""]));

        var attendance = meeting.Attendance;
        string Line(Attendance a) => a.Kind == AttendanceKind.DeputyAttending ? T("mail.minutes.deputy_attending", a.DeputyName ?? "", a.Name) : a.Name;
        sections.Add((T("mail.minutes.present"), attendance.Where(a => a.Kind is AttendanceKind.Present or AttendanceKind.DeputyAttending).Select(Line).ToList()));
        sections.Add((T("mail.minutes.absent"), attendance.Where(a => a.Kind == AttendanceKind.Absent).Select(a => a.Name).ToList()));
        var guests = attendance.Where(a => a.Kind == AttendanceKind.Guest).Select(a => a.Name).ToList();
        if (guests.Count > 0) sections.Add((T("mail.minutes.guests"), guests));
        var quorum = MeetingQuorum.Of(group, meeting);
        sections.Add((T("mail.minutes.quorum"), [
            T("mail.minutes.quorum_line", T(quorum.Present ? "mail.minutes.quorum_yes" : "mail.minutes.quorum_no"), quorum.Attending, quorum.Members, quorum.Required),
        ]));

        foreach (var item in meeting.AgendaItems.OrderBy(i => i.Position))
        {
            var lines = new List<string>();
            if (meeting.DecisionLabel(item.Id) is { } label) lines.Add(label);
            if (item.Proposal is not null) lines.Add(T("mail.minutes.proposal", item.Proposal));
            if (item.Discussion is not null) lines.Add(T("mail.minutes.discussion", item.Discussion));
            if (item.Decision is not null) lines.Add(T("mail.minutes.decision", item.Decision));
            sections.Add(($"{item.Position}. {item.Title}", lines));
        }
        if (url is not null) sections.Add((T("mail.minutes.meeting_page"), [url]));
        return sections;
    }

    private static string Text(IReadOnlyList<(string Heading, IReadOnlyList<string> Lines)> sections)
    {
        var text = new StringBuilder();
        foreach (var (heading, lines) in sections)
        {
            text.AppendLine(heading);
            foreach (var line in lines) text.AppendLine(line);
            if (lines.Count == 0) text.AppendLine("–");
            text.AppendLine();
        }
        return text.ToString();
    }

    /// <summary>Every text is encoded: decisions and names are typed by people and must not become markup in a mail client.</summary>
    private static string Html(string language, string title, IReadOnlyList<(string Heading, IReadOnlyList<string> Lines)> sections)
    {
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body>");
        html.Append($"<h1>{WebUtility.HtmlEncode(title)}</h1>");
        foreach (var (heading, lines) in sections)
        {
            html.Append($"<h2>{WebUtility.HtmlEncode(heading)}</h2>");
            html.Append(lines.Count == 0 ? "<p>–</p>" : string.Concat(lines.Select(l => $"<p>{WebUtility.HtmlEncode(l).ReplaceLineEndings("<br>")}</p>")));
        }
        return html.Append("</body></html>").ToString();
    }
}
