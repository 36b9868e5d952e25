using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Statistics;

namespace Perheverkko.IntegrationTests.FamilyAdvice;

/// <summary>
/// Perheneuvo's statistics without people (issue 15 item 6): counts, the median time to the first answer and the share
/// answered in time across a weekend and Easter; the small-cell rule on the page and in both downloads; a team member
/// sees their own municipality in full; contacts whose content was deleted still count.
/// </summary>
public sealed class AdviceStatisticsTests
{
    private static readonly Guid Region = NetworkSeeder.SouthSavo;
    private static readonly Guid Juva = NetworkSeeder.MunicipalityId("juva");
    private static readonly Guid Mikkeli = NetworkSeeder.MunicipalityId("mikkeli");
    private static Guid Topic(int i) => SeedIds.For("advice-topic", $"{Region:N}-{i}");

    /// <summary>A Helsinki wall-clock time in 2025 as UTC.</summary>
    private static DateTime At(int month, int day, int hour) => HelsinkiTime.ToUtc(new DateOnly(2025, month, day), new TimeOnly(hour, 0));

    /// <summary>
    /// 20 contacts in 2025. Juva: 3 (topic 0, electronic, received Friday 7.3., answered Mon, Tue, Wed: due Tuesday;
    /// closed with guidance, then their content deleted). Mikkeli: 6 by phone (topic 1, Monday 3.3., answered within 3
    /// hours, referred to a service) and 6 electronic (topic 0, Monday 3.3.: 2 answered on Tuesday and not reached, 4
    /// never answered and still open). Unknown municipality: 5 (topic 1, electronic, Maundy Thursday 17.4.; due the
    /// Wednesday after Easter; answered Tue, Wed, Thu, Fri after Easter and one never; closed as other).
    /// </summary>
    private static async Task SeedAsync(TestApp app)
    {
        var staff = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Coordinator).Select(u => u.Id).SingleAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerheverkkoDb>();
        var settings = await db.AdviceSettings.AsNoTracking().SingleAsync(s => s.RegionId == Region);
        var n = 0;
        void Add(Guid? municipality, int topic, ContactChannel channel, DateTime received, DateTime? answered, ContactOutcome? outcome)
        {
            var contact = new FamilyContact(Guid.CreateVersion7(), Region, $"PN-TEST-{++n:0000}", channel, municipality, Topic(topic), AnswerBy.AnswerPage,
                "fi", SealedContactDetails.None, null, AdviceCalendar.DueOn(settings, received), received);
            contact.Open("sealed", received);
            if (answered is { } a) contact.Reply(contact.Version, "sealed", staff, a);
            if (outcome is { } o) contact.Close(contact.Version, o, staff, (answered ?? received).AddHours(1));
            db.FamilyContacts.Add(contact);
        }
        foreach (var day in new[] { 10, 11, 12 }) Add(Juva, 0, ContactChannel.Electronic, At(3, 7, 10), At(3, day, 10), ContactOutcome.GuidanceGiven);
        for (var i = 0; i < 6; i++) Add(Mikkeli, 1, ContactChannel.Phone, At(3, 3, 9), At(3, 3, 12), ContactOutcome.ReferredToService);
        for (var i = 0; i < 2; i++) Add(Mikkeli, 0, ContactChannel.Electronic, At(3, 3, 9), At(3, 4, 9), ContactOutcome.NotReached);
        for (var i = 0; i < 4; i++) Add(Mikkeli, 0, ContactChannel.Electronic, At(3, 3, 9), null, null);
        foreach (var day in new[] { 22, 23, 24, 25 }) Add(null, 1, ContactChannel.Electronic, At(4, 17, 9), At(4, day, 9), ContactOutcome.Other);
        Add(null, 1, ContactChannel.Electronic, At(4, 17, 9), null, ContactOutcome.Other);
        await db.SaveChangesAsync();

        // The retention job's step on Juva's three: the words go, the statistics row stays.
        foreach (var contact in await db.FamilyContacts.Include(c => c.Entries).Where(c => c.MunicipalityId == Juva).ToListAsync())
            contact.DeleteContent(At(11, 1, 12));
        await db.SaveChangesAsync();
    }

    private static async Task<AdviceStatisticsView> AnnualAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AdviceStatisticsQueries>().AnnualFiguresAsync(Region, 2025);
    }

    [Theory, BothDatabases]
    public async Task Counts_median_and_in_time_share_cover_a_weekend_and_Easter_and_deleted_contacts(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SeedAsync(app);
        Assert.Equal(3, await app.WithDbAsync(db => db.FamilyContacts.CountAsync(c => c.ContentDeletedAt != null)));
        var view = await AnnualAsync(app);

        var (byMonth, byMunicipality, byOutcome) = (view.Tables[0], view.Tables[1], view.Tables[2]);
        // The same grand total in every table: the tables share it (decision 0028, linked tables).
        Assert.All(view.Tables, t => Assert.Equal(20, t.GrandTotal));
        Assert.Equal(12, byMonth.Cells.Count);
        Assert.Equal(15, byMonth.RowTotals[2]); // March: Juva's deleted three still count
        Assert.Equal(5, byMonth.RowTotals[3]);
        Assert.Equal(0, byMonth.RowTotals[0]);
        Assert.Equal(14, byMonth.ColumnTotals[(int)ContactChannel.Electronic]);
        Assert.Equal(6, byMonth.ColumnTotals[(int)ContactChannel.Phone]);
        Assert.Equal("Kunta ei tiedossa", byMunicipality.RowLabels[^1]);
        Assert.Equal(12, byMunicipality.RowTotals[byMunicipality.RowLabels.ToList().IndexOf("Mikkeli")]);
        // Outcomes: guidance 3 (hidden), service 6, activity 0, not reached 2 (hidden), other 5, open 4 (hidden).
        Assert.Equal(["Ohjausta annettu", "Ohjattu palveluun", "Ohjattu ryhmätoimintaan", "Ei tavoitettu", "Muu", "Avoinna"], byOutcome.RowLabels);
        Assert.Equal([null, 6, 0, null, 5, null], byOutcome.Cells.Select(c => c[0]));

        // Working days to the first answer: Mikkeli's phone 0 ×6, Tuesday after Monday 1 ×2; Juva Fri → Mon 1, Tue 2,
        // Wed 3; Maundy Thursday → Tue after Easter 1, Wed 2, Thu 3, Fri 4. Median of 15: 1. Hours: 3 ×6, 24 ×2, 72, …
        Assert.Equal(1m, view.Times.MedianWorkingDays);
        Assert.Equal(24m, view.Times.MedianHours);
        // In time: 6 + 2 (Mikkeli) + 2 (Juva: Mon, Tue) + 2 (after Easter: Tue, Wed) of the 20 due.
        Assert.Equal(60m, view.Times.InTimePercent);
        Assert.Null(view.Times.Answered); // outside the team the counts behind them are not given
        Assert.Empty(view.OwnTeams);
    }

    [Theory, BothDatabases]
    public async Task A_cell_of_three_is_hidden_with_every_cell_it_could_be_derived_from_on_the_page_and_in_both_downloads(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SeedAsync(app);
        var view = await AnnualAsync(app);
        var byMunicipality = view.Tables[1];
        var juva = byMunicipality.RowLabels.ToList().IndexOf("Juva");
        Assert.Null(byMunicipality.Cells[juva][0]);
        Assert.Null(byMunicipality.RowTotals[juva]);
        // No line of any table (with its totals) has exactly one hidden entry, so none is its total minus the rest.
        foreach (var table in view.Tables.Where(t => !t.IsList))
        {
            var lines = new List<IEnumerable<int?>>();
            for (var r = 0; r < table.RowLabels.Count; r++) lines.Add([.. table.Cells[r], table.RowTotals[r]]);
            for (var c = 0; c < table.ColumnLabels.Count; c++) lines.Add([.. table.Cells.Select(row => row[c]), table.ColumnTotals[c]]);
            lines.Add([.. table.ColumnTotals, table.GrandTotal]);
            lines.Add([.. table.RowTotals, table.GrandTotal]);
            Assert.DoesNotContain(lines, line => line.Count(v => v is null) == 1);
        }

        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var html = await coordinator.GetStringAsync("/staff/perheneuvo/tilastot?year=2025");
        Assert.Equal(["..", "0", "0", "0", "0", "0", "0", "0", ".."], RowOf(html, "Juva"));
        Assert.Contains("<caption id=\"stats-2\">Yhteydenotot kunnittain ja aiheittain</caption>", html);
        Assert.Contains("Merkintä .. tarkoittaa", html);
        Assert.DoesNotContain("Oma tiimisi", html);

        var csv = await coordinator.GetAsync("/staff/perheneuvo/tilastot?handler=Csv&year=2025");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("perheneuvon-tilastot-2025.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var csvText = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains("\r\nJuva;..;0;0;0;0;0;0;0;..\r\n", csvText);
        Assert.Contains("Yhteydenotot kunnittain ja aiheittain", csvText);
        Assert.DoesNotContain(";3;", csvText.Split("Yhteydenotot lopputuloksen mukaan")[0].Split("Yhteydenotot kunnittain")[1]);

        var xlsx = await coordinator.GetAsync("/staff/perheneuvo/tilastot?handler=Xlsx&year=2025");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var sheets = Sheets(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(3, sheets.Count);
        Assert.Contains(sheets[1], row => row.SequenceEqual(["Juva", "..", "0", "0", "0", "0", "0", "0", "0", ".."]));
    }

    [Theory, BothDatabases]
    public async Task A_team_member_sees_their_own_municipality_unsuppressed_and_the_region_still_suppressed(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SeedAsync(app);

        var juvaWorker = await app.ClientForAsync(DemoUsers.JuvaAdviceWorker);
        var html = await juvaWorker.GetStringAsync("/staff/perheneuvo/tilastot?year=2025");
        Assert.Contains("Oma tiimisi: Juva", html);
        Assert.Equal(["3", "0", "0", "3"], RowOf(html, "Maaliskuu 2025", occurrence: 1));
        Assert.Equal(["3", "0", "0", "0", "0", "0", "3"], RowOf(html, "Arki lapsen kanssa"));
        // The table of all municipalities stays suppressed for them too.
        Assert.Equal(["..", "0", "0", "0", "0", "0", "0", "0", ".."], RowOf(html, "Juva"));
        var csv = Encoding.UTF8.GetString(await juvaWorker.GetByteArrayAsync("/staff/perheneuvo/tilastot?handler=Csv&year=2025"));
        Assert.Contains("\r\nJuva;..;0;0;0;0;0;0;0;..\r\n", csv);
        Assert.Contains("\r\nArki lapsen kanssa;3;0;0;0;0;0;3\r\n", csv);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var actor = new Perheverkko.Web.Platform.Access.Actor(
                await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.JuvaAdviceWorker).Select(u => u.Id).SingleAsync()),
                "Juva", await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.JuvaAdviceWorker).Select(u => u.Role).SingleAsync()), null, Region);
            var view = await scope.ServiceProvider.GetRequiredService<AdviceStatisticsQueries>().StatisticsAsync(actor, StatisticsPeriod.Year(2025), "fi", default);
            var team = Assert.Single(view.OwnTeams);
            Assert.Equal(new ResponseTimes(3, 2m, 96m, 3, 2, 66.7m), team.Times);
        }

        // Mikkeli's worker sees Mikkeli's, never Juva's figures in full.
        var mikkeliHtml = await (await app.ClientForAsync(DemoUsers.MikkeliAdviceWorker)).GetStringAsync("/staff/perheneuvo/tilastot?year=2025");
        Assert.Contains("Oma tiimisi: Mikkeli", mikkeliHtml);
        Assert.DoesNotContain("Oma tiimisi: Juva", mikkeliHtml);
    }

    /// <summary>The cells of the table row headed by <paramref name="header"/> (the n-th such row on the page).</summary>
    private static List<string> RowOf(string html, string header, int occurrence = 0)
    {
        var rows = Regex.Matches(html, $"<th scope=\"row\">{Regex.Escape(header)}</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(rows.Count > occurrence, $"No row {header} #{occurrence}");
        return [.. Regex.Matches(rows[occurrence].Groups[1].Value, "<td>(.*?)</td>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
    }

    /// <summary>Each sheet's rows as text (numbers as written).</summary>
    private static List<List<string[]>> Sheets(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        return [.. workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
            ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
                .Select(row => row.Elements<Cell>().Select(cell => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "").ToArray()).ToList())];
    }
}
