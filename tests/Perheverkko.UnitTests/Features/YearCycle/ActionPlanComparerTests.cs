using Perheverkko.Web.Features.ActionPlans;
using Perheverkko.Web.Features.YearClock;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.UnitTests.Features.YearCycle;

/// <summary>The comparison pairs goals by identity through the chain of copies; the year clock's calendar and strip are well formed.</summary>
public sealed class ActionPlanComparerTests
{
    private static GoalSnapshot Goal(Guid id, Guid? source, string title, string measures = "m") =>
        new(id, source, ActionPlanArea.GroupActivities, title, "d", "Mikkeli", measures, "", "i");

    [Fact]
    public void A_renamed_copy_is_changed_not_removed_and_added_and_plans_further_apart_pair_through_the_chain()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (a2, a3) = (Guid.NewGuid(), Guid.NewGuid());
        var older = new[] { Goal(a, null, "Isäryhmät"), Goal(b, null, "Poistuva") };
        var newer = new[] { Goal(a3, a2, "Isä- ja lapsiryhmät", "uusi"), Goal(c, null, "Uusi") };
        var lineage = new Dictionary<Guid, Guid?> { [a] = null, [b] = null, [a2] = a, [a3] = a2, [c] = null };

        var changes = ActionPlanComparer.Compare(older, newer, lineage);

        var changed = Assert.Single(changes, x => x.Kind == GoalChangeKind.Changed);
        Assert.Equal(["title", "measures"], changed.Fields.Select(f => f.Field));
        Assert.Equal(("Isäryhmät", "Isä- ja lapsiryhmät"), (changed.Fields[0].Before, changed.Fields[0].After));
        Assert.Equal("Uusi", Assert.Single(changes, x => x.Kind == GoalChangeKind.Added).Title);
        Assert.Equal("Poistuva", Assert.Single(changes, x => x.Kind == GoalChangeKind.Removed).Title);
        // Without the chain, the copy of a copy cannot be paired.
        Assert.DoesNotContain(ActionPlanComparer.Compare(older, newer), x => x.Kind == GoalChangeKind.Changed);
    }

    [Fact]
    public void The_calendar_has_a_yearly_all_day_event_per_task_and_the_strip_escapes_its_texts()
    {
        var tasks = new[]
        {
            new YearClockTaskRow(Guid.NewGuid(), new LocalizedText("Arviointi; keruu, <alku>"), 1, 2, null, null, null, 14),
            new YearClockTaskRow(Guid.NewGuid(), new LocalizedText("Irtisanomisen määräpäivä"), 6, 6, 30, null, "Koordinaattori Esimerkki", 30),
        };
        var ics = YearClockCalendar.Write(tasks, 2027, new DateTime(2027, 1, 1), "Vuosikello", "https://perheverkko.example/staff/year-clock");
        Assert.Contains("DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270301\r\n", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20270630\r\nDTEND;VALUE=DATE:20270701\r\n", ics);
        Assert.Equal(2, ics.Split("RRULE:FREQ=YEARLY").Length - 1);
        Assert.Contains(@"SUMMARY:Arviointi\; keruu\, <alku>", ics);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75));

        var view = new YearClockView(2027, tasks, [new YearClockLiveEntry(LiveEntryKind.Meeting, "Johtoryhmä", 3, new DateOnly(2027, 3, 9), "/staff/meetings/x")], false, []);
        var svg = YearClockStrip.Render(view, Enumerable.Range(1, 12).Select(m => $"kuu{m}").ToList(), "fi", "Vuosikello 2027", "Kuvaus");
        Assert.StartsWith("<svg", svg);
        Assert.Contains("role=\"img\"", svg);
        Assert.Contains("&lt;alku&gt;", svg);
        Assert.Equal(2, svg.Split("fill=\"#0b5cad\"").Length - 1);
        Assert.Contains("<circle", svg);
    }
}
