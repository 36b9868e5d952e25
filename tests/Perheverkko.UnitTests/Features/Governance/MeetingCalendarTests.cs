using System.Text;
using Ical.Net;
using Perheverkko.Web.Features.Governance;

namespace Perheverkko.UnitTests.Features.Governance;

/// <summary>The invitations written by hand, read back by a real iCalendar parser (Ical.Net).</summary>
public sealed class MeetingCalendarTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private static Meeting Invited()
    {
        var meeting = Meeting.Plan(Guid.NewGuid(), Guid.NewGuid(), new DateTime(2027, 1, 12, 7, 0, 0, DateTimeKind.Utc),
            new DateTime(2027, 1, 12, 9, 0, 0, DateTimeKind.Utc), MeetingMode.Hybrid, "Mikkelin perhekeskus, neuvotteluhuone Kuikka; 2. krs",
            "https://video.example/lnp", Now);
        meeting.AddAgendaItem("Kokouksen avaus", AgendaItemKind.Information, null, null, null, Now);
        meeting.SendInvitation(1, Now);
        return meeting;
    }

    private static string Write(Meeting meeting, CalendarMethod method) => MeetingCalendar.Write(method, meeting,
        "Lasten, nuorten ja perheiden johtoryhmä (LNP-johtoryhmä), ti 12.1.2027 klo 9.00–11.00 — pitkä otsikko, jossa on ääkkösiä ja pilkkuja",
        "1. Kokouksen avaus\n2. Toimintasuunnitelma", "https://perheverkko.example/staff/meetings/x",
        "Perheverkko", "noreply@perheverkko.example", [new CalendarAttendee("Anna Esimerkki", "anna@perheverkko.example", false)], Now);

    [Fact]
    public void A_request_has_method_REQUEST_the_stable_UID_SEQUENCE_and_UTC_times()
    {
        var meeting = Invited();
        var ics = Write(meeting, CalendarMethod.Request);
        var calendar = Calendar.Load(ics)!;
        Assert.Equal("REQUEST", calendar.Method);
        var e = Assert.Single(calendar.Events);
        Assert.Equal(MeetingCalendar.Uid(meeting.Id), e.Uid);
        Assert.Equal(0, e.Sequence);
        Assert.Equal(new DateTime(2027, 1, 12, 7, 0, 0, DateTimeKind.Utc), e.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 1, 12, 9, 0, 0, DateTimeKind.Utc), e.DtEnd!.AsUtc);
        Assert.Contains("neuvotteluhuone Kuikka; 2. krs", e.Location);
        Assert.StartsWith("Lasten, nuorten ja perheiden johtoryhmä", e.Summary);
        Assert.Contains("2. Toimintasuunnitelma", e.Description);
        Assert.Equal("mailto:anna@perheverkko.example", Assert.Single(e.Attendees).Value?.ToString());
    }

    [Fact]
    public void An_update_keeps_the_UID_and_raises_SEQUENCE_and_a_cancellation_says_CANCEL()
    {
        var meeting = Invited();
        var first = Calendar.Load(Write(meeting, CalendarMethod.Request))!.Events.Single();
        meeting.Reschedule(meeting.StartsAt.AddDays(7), meeting.EndsAt.AddDays(7), meeting.Mode, meeting.Place, meeting.VideoLink, Now);
        var update = Calendar.Load(Write(meeting, CalendarMethod.Request))!.Events.Single();
        Assert.Equal(first.Uid, update.Uid);
        Assert.Equal(1, update.Sequence);

        meeting.Cancel(Now);
        var cancellation = Calendar.Load(Write(meeting, CalendarMethod.Cancel))!;
        Assert.Equal("CANCEL", cancellation.Method);
        Assert.Equal(first.Uid, cancellation.Events.Single().Uid);
        Assert.Equal(2, cancellation.Events.Single().Sequence);
        Assert.Equal("CANCELLED", cancellation.Events.Single().Status);
    }

    [Fact]
    public void Lines_are_CRLF_and_folded_at_75_octets_without_splitting_a_letter()
    {
        var ics = Write(Invited(), CalendarMethod.Request);
        Assert.EndsWith("\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains("\r\n ", ics); // the long summary was folded
    }

    [Fact]
    public void Text_values_escape_commas_semicolons_backslashes_and_newlines() =>
        Assert.Equal("a\\, b\\; c\\\\ d\\ne", Perheverkko.Web.Platform.Calendar.ICalendarText.Text("a, b; c\\ d\ne"));
}
