using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.YearCycle;

/// <summary>
/// The annual report (issue #17 items 6 and 7): compiled from the registered sections, completed, approved (the region's
/// setting on), published, downloaded as PDF and XLSX; each step asks to confirm on the page with the deletion's dry run;
/// publishing makes the year-end deletion due, and its job deletes and audits kinds and counts only.
/// </summary>
public sealed class AnnualReportTests
{
    /// <summary>A test-only "until the annual report" source: three rows of South Savo's 2025 until deleted.</summary>
    private sealed class TestDeletion : IYearEndDeletion
    {
        public int Rows = 3;
        public string Kind => "test.kind";
        public Task<int> CountAsync(Guid regionId, int year, CancellationToken cancellationToken) => Task.FromResult(year == 2025 ? Rows : 0);
        public Task<int> DeleteAsync(Guid regionId, int year, CancellationToken cancellationToken)
        {
            var deleted = year == 2025 ? Rows : 0;
            if (year == 2025) Rows = 0;
            return Task.FromResult(deleted);
        }
    }

    private static async Task<(HttpStatusCode, string)> RefusalAsync(HttpResponseMessage response) => (response.StatusCode, await CodeOfAsync(response));

    [Theory, BothDatabases]
    public async Task Compiled_approved_and_published_with_confirm_steps_and_publishing_deletes_the_year_end_data(DatabaseProvider provider)
    {
        var deletion = new TestDeletion();
        await using var app = await TestApp.StartAsync(provider, configureServices: s => s.AddSingleton<IYearEndDeletion>(deletion));
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var professional = await app.ClientForAsync(DemoUsers.Professional);
        const string api = "/api/v1/annual-reports/2025";
        object Narrative(string fi) => new { narrative = new { fi, sv = (string?)null, en = "The year in brief." } };

        // Who may: every staff member reads, only the coordinator (and admin) compiles; refusals save nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await representative.PostAsJsonAsync($"{api}/compilation", Narrative("Vuosi"))).StatusCode);
        var readable = await professional.GetFromJsonAsync<JsonElement>(api);
        Assert.False(readable.GetProperty("mayCompile").GetBoolean());
        Assert.Equal(JsonValueKind.Null, readable.GetProperty("state").ValueKind);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "validation.failed"), await RefusalAsync(await coordinator.PostAsJsonAsync($"{api}/compilation", Narrative("Nolla\u0000merkki"))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "annualreport.year_out_of_range"), await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/annual-reports/1999/compilation", Narrative("Vuosi"))));
        Assert.Equal((HttpStatusCode.NotFound, "annualreport.not_found"), await RefusalAsync(await coordinator.PostAsJsonAsync($"{api}/steps", new { step = "Complete" })));
        Assert.Equal(0, await app.WithDbAsync(db => db.AnnualReports.CountAsync()));

        // Compiled from every registered section: the demo indicators (80) and the others that have something for 2025.
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsJsonAsync($"{api}/compilation", Narrative("Vuosi oli **vilkas**."))).StatusCode);
        var draft = await coordinator.GetFromJsonAsync<JsonElement>(api);
        Assert.Equal("Draft", draft.GetProperty("state").GetString());
        var keys = draft.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("key").GetString()).ToList();
        Assert.Contains("indicators", keys);
        Assert.Equal("indicators", keys.Last());
        Assert.Equal(3, draft.GetProperty("dryRun").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "test.kind").GetProperty("count").GetInt32());

        // Approval is refused while the region does not ask for it; then the coordinator turns it on, publishing after publishing only.
        Assert.Equal(HttpStatusCode.Forbidden, (await representative.PutAsJsonAsync("/api/v1/annual-reports/settings", new { approvalRequired = true, retention = "AfterPublished" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsJsonAsync("/api/v1/annual-reports/settings", new { approvalRequired = false, retention = "AfterPublished" })).StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "annualreport.approval_not_required"), await RefusalAsync(await coordinator.PostAsJsonAsync($"{api}/steps", new { step = "Approve" })));
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsJsonAsync("/api/v1/annual-reports/settings", new { approvalRequired = true, retention = "AfterPublished" })).StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "annualreport.not_completed"), await RefusalAsync(await coordinator.PostAsJsonAsync($"{api}/steps", new { step = "Approve" })));
        Assert.Equal((HttpStatusCode.Conflict, "annualreport.not_approved"), await RefusalAsync(await coordinator.PostAsJsonAsync($"{api}/steps", new { step = "Publish" })));

        // Completing on the page: the first post asks and shows the dry run, the second does it.
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(browser, DemoUsers.Coordinator)).StatusCode);
        var asking = await Forms.PostAsync(browser, "/staff/annual-reports/2025", new Dictionary<string, string> { ["Step"] = "Complete" }, "/staff/annual-reports/2025?handler=Step");
        var askingHtml = WebUtility.HtmlDecode(await asking.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, asking.StatusCode);
        Assert.Contains("Merkitäänkö raportti valmiiksi?", askingHtml);
        Assert.Contains("<td>3</td>", askingHtml);
        Assert.Equal("Draft", (await coordinator.GetFromJsonAsync<JsonElement>(api)).GetProperty("state").GetString());
        var confirmed = await Forms.PostAsync(browser, "/staff/annual-reports/2025", new Dictionary<string, string> { ["Step"] = "Complete", ["Confirm"] = "true" }, "/staff/annual-reports/2025?handler=Step");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("Completed", (await coordinator.GetFromJsonAsync<JsonElement>(api)).GetProperty("state").GetString());
        Assert.Equal((HttpStatusCode.Conflict, "annualreport.finished"), await RefusalAsync(await coordinator.PostAsJsonAsync($"{api}/compilation", Narrative("Uusi"))));
        // The policy waits for publishing: completing alone deletes nothing.
        Assert.Equal(0, await RunDeletionAsync(app));
        Assert.Equal(3, deletion.Rows);

        // The agenda of an upcoming leadership-group meeting gets the information item (001 §19), through governance's own use case.
        var meeting = await app.WithDbAsync(async db =>
        {
            var planned = Meeting.Plan(Guid.CreateVersion7(), GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup), app.Clock.GetUtcNow().UtcDateTime.AddDays(20),
                app.Clock.GetUtcNow().UtcDateTime.AddDays(20).AddHours(2), MeetingMode.Remote, null, "https://video.example/lnp", app.Clock.GetUtcNow().UtcDateTime);
            db.Meetings.Add(planned);
            await db.SaveChangesAsync();
            return planned.Id;
        });
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "annualreport.meeting_invalid"), await RefusalAsync(await coordinator.PostAsJsonAsync($"{api}/agenda-items", new { meetingId = Guid.NewGuid() })));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"{api}/agenda-items", new { meetingId = meeting })).StatusCode);
        Assert.Equal(AgendaItemKind.Information, await app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == meeting && i.Title == "Vuosiraportti 2025 tiedoksi").Select(i => i.Kind).SingleAsync()));

        // Approval, linked to a meeting of the leadership group (another id is refused), then publishing.
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "annualreport.meeting_invalid"), await RefusalAsync(await coordinator.PostAsJsonAsync($"{api}/steps", new { step = "Approve", meetingId = Guid.NewGuid() })));
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsJsonAsync($"{api}/steps", new { step = "Approve", meetingId = meeting })).StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "annualreport.already_approved"), await RefusalAsync(await coordinator.PostAsJsonAsync($"{api}/steps", new { step = "Approve" })));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/annual-report/2025")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(browser, "/staff/annual-reports/2025", new Dictionary<string, string> { ["Step"] = "Publish", ["Confirm"] = "true" },
            "/staff/annual-reports/2025?handler=Step")).StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "annualreport.already_published"), await RefusalAsync(await coordinator.PostAsJsonAsync($"{api}/steps", new { step = "Publish" })));

        // Publishing made the deletion due: the job runs every registered source once and audits kinds and counts only.
        Assert.Equal(1, await RunDeletionAsync(app));
        Assert.Equal(0, deletion.Rows);
        Assert.Equal(0, await RunDeletionAsync(app));
        var audit = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.YearEndDataDeleted).Select(a => a.Detail).SingleAsync());
        // Every registered kind with its count (the survey's and the evaluation's too), nothing else.
        Assert.Matches(@"^2025: [a-z_.]+=\d+(, [a-z_.]+=\d+)*$", audit);
        Assert.Contains("test.kind=3", audit);
        Assert.Contains("survey.free_text=", audit);
        Assert.Contains("evaluation.draft_narratives=", audit);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Event == AuditEvent.AnnualReportPublished)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Event == AuditEvent.AnnualReportApproved)));

        // The public pages, and the documents: the PDF read back by a real reader, the XLSX by OpenXML.
        var anonymous = app.Anonymous();
        var publicHtml = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/annual-report/2025"));
        Assert.Contains("Vuosi oli <strong>vilkas</strong>.", publicHtml);
        Assert.Contains("<svg", publicHtml);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/r/etela-savo/annual-report/2025")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/annual-report/2024")).StatusCode);
        var pdf = await (await coordinator.GetAsync($"{api}/pdf")).Content.ReadAsByteArrayAsync();
        var text = await PdfText.ExtractAsync(pdf);
        Assert.Contains("Vuosiraportti 2025", text);
        Assert.Contains("Vuosi oli vilkas", text);
        Assert.Contains("Lastensuojeluilmoitukset", text);
        Assert.Equal(pdf.Length > 0, (await (await anonymous.GetAsync("/annual-report/2025?handler=Pdf")).Content.ReadAsByteArrayAsync()).Length > 0);
        var xlsx = await (await anonymous.GetAsync("/annual-report/2025?handler=Xlsx")).Content.ReadAsByteArrayAsync();
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var cells = workbook.Workbook.Sheets!.Elements<Sheet>().SelectMany(sheet => ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>())
            .Select(cell => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "").ToList();
        Assert.Contains("Mikkeli", cells);
        Assert.Contains(cells, c => c.StartsWith("Lähde: THL, Sotkanet", StringComparison.Ordinal));
        // The year's hub links the parts and shows the report's state.
        var hub = WebUtility.HtmlDecode(await browser.GetStringAsync("/staff/year/2025"));
        Assert.Contains("href=\"/staff/annual-reports/2025\"", hub);
        Assert.Contains("Julkaistu", hub);
    }

    private static async Task<int> RunDeletionAsync(TestApp app)
    {
        var done = 0;
        await app.WithScopeAsync(async sp => done = await sp.GetRequiredService<YearEndDeletionJob>().RunDueAsync(CancellationToken.None));
        return done;
    }
}
