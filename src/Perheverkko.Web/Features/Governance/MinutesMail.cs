using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// What the minutes record beside the meeting itself: the organisation each member and deputy represents (by
/// membership) and the documents of each agenda item (by item), in the order they were added.
/// </summary>
public sealed record MinutesFacts(IReadOnlyDictionary<Guid, LocalizedText> OrganisationOf, ILookup<Guid, string> DocumentsOf)
{
    public static async Task<MinutesFacts> LoadAsync(PerheverkkoDb db, Group group, Meeting meeting, CancellationToken cancellationToken)
    {
        var organisationIds = group.Memberships.Select(m => m.OrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).Select(o => new { o.Id, o.Name })
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var documents = await db.AgendaAttachments.AsNoTracking().Where(a => a.MeetingId == meeting.Id).OrderBy(a => a.UploadedAt)
            .Select(a => new { a.AgendaItemId, a.FileName }).ToListAsync(cancellationToken);
        return new MinutesFacts(group.Memberships.Where(m => names.ContainsKey(m.OrganisationId)).ToDictionary(m => m.Id, m => names[m.OrganisationId]),
            documents.ToLookup(d => d.AgendaItemId, d => d.FileName));
    }
}

/// <summary>
/// The approved minutes by e-mail, each recipient in their own language (<see cref="MailLanguages"/>), as plain text
/// and HTML, with the minutes PDF attached (the archived record, <see cref="MinutesPdf"/>) and a link to the meeting
/// page. The leadership group's minutes go to members and deputies (001 §13), other groups' to their members. One
/// message per person, as with invitations, so no one sees the others' addresses.
/// </summary>
public static class MinutesMail
{
    /// <summary>Queues the minutes to the group; <paramref name="version"/> above 1 is a correction, sent with its reason.</summary>
    /// <returns>The number of recipients and the minutes' text in Finnish, to be kept as the version's record.</returns>
    public static (int Recipients, string Text) Enqueue(Outbox outbox, Texts texts, MailLanguages languages, PublicAddress links, Group group,
        Meeting meeting, MinutesFacts facts, DateTime now, int version = 1, string? reason = null)
    {
        var recipients = Recipients(group, HelsinkiTime.DateOf(now)).Select(p => (Email: p.Email.ToLowerInvariant(), Language: languages.Of(p))).ToList();
        var url = links.Absolute(MeetingLinks.Page(meeting.Id));
        var fileName = MinutesPdf.FileName(group, meeting);
        var mails = new Dictionary<string, (string Subject, string Text, string Html)>();
        (string Subject, string Text, string Html) In(string language)
        {
            if (mails.TryGetValue(language, out var mail)) return mail;
            var sections = Sections(texts, language, group, meeting, facts, url, version, reason);
            var subject = version == 1
                ? texts.In(language, "mail.minutes.subject", group.Name.In(language), InvitationMail.When(meeting, texts, language))
                : texts.In(language, "mail.minutes.subject_corrected", group.Name.In(language), InvitationMail.When(meeting, texts, language), version);
            var attached = texts.In(language, "mail.minutes.pdf_attached", fileName);
            return mails[language] = (subject, Text(sections) + attached + Environment.NewLine, Html(language, subject, sections, attached));
        }
        var pdf = recipients.Count == 0 ? null : new EmailAttachment(fileName, "application/pdf",
            Convert.ToBase64String(MinutesPdf.Write(texts, group, meeting, facts, version, reason)));
        foreach (var (email, language) in recipients)
        {
            var (subject, text, html) = In(language);
            outbox.Enqueue(new EmailMessage([email], subject, text, html, [pdf!]), group.RegionId);
        }
        return (recipients.Count, Text(Sections(texts, Texts.DefaultLanguage, group, meeting, facts, url, version, reason)));
    }

    /// <summary>Who the minutes go to on <paramref name="today"/>: one person per address, in the order of their addresses.</summary>
    public static IReadOnlyList<PersonRef> Recipients(Group group, DateOnly today) =>
        group.CurrentMemberships(today)
            .Where(m => group.Kind == GroupKind.Leadership || m.Role == MembershipRole.Member)
            .GroupBy(m => m.Person.Email.ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Person).ToList();

    /// <summary>The minutes as headed sections of lines, written once and rendered as text and as HTML.</summary>
    public static IReadOnlyList<(string Heading, IReadOnlyList<string> Lines)> Sections(Texts texts, string language, Group group, Meeting meeting,
        MinutesFacts facts, string? url, int version = 1, string? reason = null)
    {
        string T(string key, params object[] args) => texts.In(language, key, args);
        var culture = CultureInfo.GetCultureInfo(Texts.Known(language));
        var sections = new List<(string, IReadOnlyList<string>)>();
        var approvedAt = meeting.MinutesApprovedAt is { } at ? HelsinkiTime.ToLocal(at) : (DateTime?)null;
        sections.Add((T("mail.minutes.meeting"), [
            $"{group.Name.In(language)}, {InvitationMail.When(meeting, texts, language)}",
            .. string.IsNullOrWhiteSpace(meeting.Place) ? Array.Empty<string>() : [T("mail.place", meeting.Place)],
            .. approvedAt is { } approved
                ? [T("mail.minutes.approved", T("mail.minutes.approved_at", approved.ToString("d.M.yyyy", culture), approved.ToString("H.mm", culture)), meeting.MinutesApprovedBy ?? "")]
                : Array.Empty<string>(),
        ]));
        if (version > 1) sections.Add((T("mail.minutes.correction", version), [reason ?? ""]));

        // Each person with the organisation they represent, as the member's line was recorded (a deputy under their own membership).
        string Of(string name, Guid? membershipId) =>
            membershipId is { } id && facts.OrganisationOf.TryGetValue(id, out var organisation) ? T("mail.minutes.with_organisation", name, organisation.In(language)) : name;
        var attendance = meeting.Attendance;
        sections.Add((T("mail.minutes.present"), attendance.Where(a => a.Kind == AttendanceKind.Present).Select(a => Of(a.Name, a.MembershipId)).ToList()));
        var deputies = attendance.Where(a => a.Kind == AttendanceKind.DeputyAttending).ToList();
        if (deputies.Count > 0)
            sections.Add((T("mail.minutes.deputising"), deputies.Select(a => Of(T("mail.minutes.deputy_attending", a.DeputyName ?? "", a.Name), a.DeputyMembershipId ?? a.MembershipId)).ToList()));
        sections.Add((T("mail.minutes.absent"), attendance.Where(a => a.Kind is AttendanceKind.Absent or AttendanceKind.DeputyAttending)
            .Select(a => Of(a.Name, a.MembershipId)).ToList()));
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
            if (facts.DocumentsOf[item.Id].ToList() is { Count: > 0 } documents) lines.Add(T("mail.minutes.documents", string.Join(", ", documents)));
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
    private static string Html(string language, string title, IReadOnlyList<(string Heading, IReadOnlyList<string> Lines)> sections, string note)
    {
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body>");
        html.Append($"<h1>{WebUtility.HtmlEncode(title)}</h1>");
        foreach (var (heading, lines) in sections)
        {
            html.Append($"<h2>{WebUtility.HtmlEncode(heading)}</h2>");
            html.Append(lines.Count == 0 ? "<p>–</p>" : string.Concat(lines.Select(Paragraph)));
        }
        return html.Append($"<p>{WebUtility.HtmlEncode(note)}</p></body></html>").ToString();
    }

    /// <summary>A line of its own that is an address (the meeting page) is a link; every other line is text.</summary>
    private static string Paragraph(string line) =>
        Uri.TryCreate(line, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? $"<p><a href=\"{WebUtility.HtmlEncode(line)}\">{WebUtility.HtmlEncode(line)}</a></p>"
            : $"<p>{WebUtility.HtmlEncode(line).ReplaceLineEndings("<br>")}</p>";
}
