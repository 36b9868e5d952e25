using Perheverkko.Web.Platform.Calendar;
using System.Globalization;
using System.Net;
using System.Text;
using Perheverkko.Web.Platform.Notifications;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// The approved minutes by e-mail, in Finnish (the network's working language, as the invitations), as plain text and
/// HTML. The leadership group's minutes go to members and deputies (001 §13), other groups' to their members. One
/// message per person, as with invitations, so no one sees the others' addresses.
/// </summary>
public static class MinutesMail
{
    /// <summary>Queues the minutes to the group; <paramref name="version"/> above 1 is a correction, sent with its reason.</summary>
    /// <returns>The number of recipients and the text that was sent, to be kept as the version's record.</returns>
    public static (int Recipients, string Text) Enqueue(Outbox outbox, string? publicUrl, Group group, Meeting meeting, DateTime now,
        int version = 1, string? reason = null)
    {
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now));
        var recipients = group.CurrentMemberships(today)
            .Where(m => group.Kind == GroupKind.Leadership || m.Role == MembershipRole.Member)
            .Select(m => m.Person.Email.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        var url = string.IsNullOrWhiteSpace(publicUrl) ? null : $"{publicUrl.TrimEnd('/')}/staff/meetings/{meeting.Id}";
        var sections = Sections(group, meeting, url, version, reason);
        var subject = (version == 1 ? "Pöytäkirja" : $"Korjattu pöytäkirja (versio {version})") + $": {group.Name.Fi}, {InvitationMail.When(meeting)}";
        var text = Text(sections);
        var html = Html(subject, sections);
        foreach (var recipient in recipients) outbox.Enqueue(new EmailMessage([recipient], subject, text, html));
        return (recipients.Count, text);
    }

    /// <summary>The minutes as headed sections of lines, written once and rendered as text and as HTML.</summary>
    public static IReadOnlyList<(string Heading, IReadOnlyList<string> Lines)> Sections(Group group, Meeting meeting, string? url,
        int version = 1, string? reason = null)
    {
        var fi = CultureInfo.GetCultureInfo("fi");
        var sections = new List<(string, IReadOnlyList<string>)>();
        var approved = meeting.MinutesApprovedAt is { } at ? HelsinkiTime.ToLocal(at).ToString("d.M.yyyy", fi) : "";
        sections.Add(("Kokous", [
            $"{group.Name.Fi}, {InvitationMail.When(meeting)}",
            .. string.IsNullOrWhiteSpace(meeting.Place) ? Array.Empty<string>() : [$"Paikka: {meeting.Place}"],
            $"Pöytäkirja hyväksytty {approved} ({meeting.MinutesApprovedBy}).",
        ]));
        if (version > 1) sections.Add(($"Korjaus, versio {version}", [reason ?? ""]));

        var attendance = meeting.Attendance;
        string Line(Attendance a) => a.Kind == AttendanceKind.DeputyAttending ? $"{a.DeputyName} (varajäsen, {a.Name} poissa)" : a.Name;
        sections.Add(("Läsnä", attendance.Where(a => a.Kind is AttendanceKind.Present or AttendanceKind.DeputyAttending).Select(Line).ToList()));
        sections.Add(("Poissa", attendance.Where(a => a.Kind == AttendanceKind.Absent).Select(a => a.Name).ToList()));
        var guests = attendance.Where(a => a.Kind == AttendanceKind.Guest).Select(a => a.Name).ToList();
        if (guests.Count > 0) sections.Add(("Muut läsnäolijat", guests));
        var quorum = MeetingQuorum.Of(group, meeting);
        sections.Add(("Päätösvaltaisuus", [
            $"{(quorum.Present ? "Kokous oli päätösvaltainen" : "Kokous ei ollut päätösvaltainen")}: {quorum.Attending}/{quorum.Members} jäsentä tai varajäsentä, vaaditaan {quorum.Required}.",
        ]));

        foreach (var item in meeting.AgendaItems.OrderBy(i => i.Position))
        {
            var lines = new List<string>();
            if (meeting.DecisionLabel(item.Id) is { } label) lines.Add(label);
            if (item.Proposal is not null) lines.Add($"Ehdotus: {item.Proposal}");
            if (item.Discussion is not null) lines.Add($"Keskustelu: {item.Discussion}");
            if (item.Decision is not null) lines.Add($"Päätös: {item.Decision}");
            sections.Add(($"{item.Position}. {item.Title}", lines));
        }
        if (url is not null) sections.Add(("Kokouksen sivu", [url]));
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
    private static string Html(string title, IReadOnlyList<(string Heading, IReadOnlyList<string> Lines)> sections)
    {
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body>");
        html.Append($"<h1>{WebUtility.HtmlEncode(title)}</h1>");
        foreach (var (heading, lines) in sections)
        {
            html.Append($"<h2>{WebUtility.HtmlEncode(heading)}</h2>");
            html.Append(lines.Count == 0 ? "<p>–</p>" : string.Concat(lines.Select(l => $"<p>{WebUtility.HtmlEncode(l).ReplaceLineEndings("<br>")}</p>")));
        }
        return html.Append("</body></html>").ToString();
    }
}
