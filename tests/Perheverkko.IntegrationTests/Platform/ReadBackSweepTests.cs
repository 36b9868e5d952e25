using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.IntegrationTests.FamilyDirectory;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Features.Organisations;
using Xunit.Abstractions;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// Issue #12 item 8's read-back sweep: text with the characters that are allowed but tricky (tab, line feed, the
/// right-to-left marks, emoji, markup, quotes, spreadsheet formula starts) is stored through the normal writes, then
/// every read that can show it — the API, HSDS, the feeds, the public and staff pages, the PDFs and spreadsheets — is
/// fetched: no 5xx, no raw control character in a feed, no markup let through into a page, no formula in a spreadsheet.
/// </summary>
public sealed partial class ReadBackSweepTests(ITestOutputHelper output)
{
    private const string Markup = "<script>alert(1)</script>";
    private static readonly string TrickyName = $"=HYPERLINK(\"http://evil.example\") \"Perhe\" 'kerho' \u200Eמרים\u200F 👪 {Markup}";
    private static readonly string TrickyText = $"Rivi 1\n\tRivi 2\r\n+1 -2 @SUM(A1) =cmd|' /C calc'!A0 \u200Fשלום\u200E \"lainaus\" 'heitto' {Markup}";

    [Theory, BothDatabases]
    public async Task What_was_stored_with_tricky_characters_breaks_no_page_feed_pdf_or_spreadsheet(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync(DemoUsers.Admin);
        var browser = app.Anonymous();
        await Forms.SignInAsync(browser, DemoUsers.Admin);
        var anonymous = app.Anonymous();

        // Stored through the normal writes.
        var mikkeli = NetworkSeeder.OrganisationId("mikkeli");
        var person = await admin.PostAsJsonAsync($"/api/v1/organisations/{mikkeli}/contact-persons",
            new { name = $"Kalle \"Kokko\" 'Testaaja' \u200Eמרים\u200F 👪", email = "kalle.kokko@perheverkko.example", role = "Signatory", title = "=cmd|' /C calc'!A0" });
        Assert.True(person.IsSuccessStatusCode, await person.Content.ReadAsStringAsync());
        var activity = await DirectoryTestData.PublishedAsync(app, admin, DirectoryTestData.Activity(TrickyName, DirectoryTestData.Mikkeli, DirectoryTestData.Kaisla,
            DirectoryTestData.Weekly("Monday", DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd")), description: TrickyText,
            organisation: DirectoryTestData.MikkeliCity, leaders: TrickyText, insurance: "-Vakuutus"));
        var group = Perheverkko.Web.Features.Governance.GovernanceSeeder.GroupId(Perheverkko.Web.Features.Governance.GovernanceSeeder.LeadershipGroup);
        var planned = await admin.PostAsJsonAsync($"/api/v1/groups/{group}/meetings", new
        {
            date = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(30).ToString("yyyy-MM-dd"), startTime = "09:00:00", endTime = "11:00:00",
            mode = "InPerson", place = TrickyName,
        });
        Assert.True(planned.StatusCode == HttpStatusCode.Created, await planned.Content.ReadAsStringAsync());
        var meeting = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var item = await admin.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items",
            new { title = TrickyName, kind = "Decision", preparer = "@Preparer", description = TrickyText, proposal = TrickyText });
        Assert.True(item.StatusCode == HttpStatusCode.Created, await item.Content.ReadAsStringAsync());

        // Every read that can show it, with the objects the text is in.
        var ids = new[] { mikkeli, activity, meeting, group, DirectoryTestData.Kaisla, DirectoryTestData.Mikkeli }.Select(g => g.ToString()).ToArray();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var reads = new SortedSet<(string Url, bool Staff)>();
        foreach (var endpoint in endpoints)
        {
            var raw = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            var page = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>();
            var isGet = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true || page is not null;
            if (!isGet || raw.Contains("{**", StringComparison.Ordinal) || raw.StartsWith("/bench", StringComparison.Ordinal) || raw.StartsWith("/sign", StringComparison.Ordinal)
                || page?.ViewEnginePath.StartsWith("/Accounts/", StringComparison.Ordinal) == true) continue;
            var staff = raw.StartsWith("/staff", StringComparison.Ordinal) || raw.StartsWith("/api", StringComparison.Ordinal) || raw.StartsWith("/hsds", StringComparison.Ordinal);
            foreach (var id in raw.Contains(":guid", StringComparison.Ordinal) ? ids : ids.Take(1))
                reads.Add((Regex.Replace(raw, @"\{(\w+)(:[^}]*)?\??\}", m =>
                    m.Groups[2].Value.Contains("guid", StringComparison.Ordinal) ? id
                    : m.Groups[2].Value.Contains("int", StringComparison.Ordinal) ? "1"
                    : m.Groups[1].Value == "period" ? "2026-2029"
                    : m.Groups[1].Value == "region" ? "etela-savo"
                    : m.Groups[1].Value == "handler" ? ""
                    : "mikkeli").TrimEnd('/') is { Length: > 0 } url ? url : "/", staff));
        }

        var failures = new List<string>();
        int requests = 0, serverErrors = 0, feeds = 0, spreadsheets = 0, pdfs = 0, csvs = 0, pagesSeen = 0;
        foreach (var (url, staff) in reads)
        foreach (var client in staff ? new[] { url.StartsWith("/staff", StringComparison.Ordinal) ? browser : admin } : new[] { anonymous, browser })
        {
            requests++;
            using var response = await client.GetAsync(url);
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                serverErrors++;
                failures.Add($"GET {url}: {status}");
                continue;
            }
            if (status != 200) continue;
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var bytes = await response.Content.ReadAsByteArrayAsync();
            switch (type)
            {
                case "text/calendar":
                    feeds++;
                    var ics = Encoding.UTF8.GetString(bytes);
                    if (ics.Any(c => c < ' ' && c is not ('\r' or '\n' or '\t')) || Regex.IsMatch(ics, "(?<!\r)\n"))
                        failures.Add($"GET {url}: a raw control character or a bare line feed in the feed");
                    break;
                case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
                    spreadsheets++;
                    using (var stream = new MemoryStream(bytes))
                    using (var workbook = SpreadsheetDocument.Open(stream, false))
                        if (workbook.WorkbookPart!.WorksheetParts.Any(w => w.Worksheet.Descendants<CellFormula>().Any()))
                            failures.Add($"GET {url}: a formula in the spreadsheet");
                    break;
                case "text/csv":
                    csvs++;
                    foreach (var field in Encoding.UTF8.GetString(bytes).Split(["\r\n", ";"], StringSplitOptions.None).Select(f => f.Trim('"', '\uFEFF')))
                        if (field.Length > 0 && (field[0] is '=' or '+' or '@' || field[0] == '-' && !decimal.TryParse(field.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture, out _)))
                            failures.Add($"GET {url}: a formula-looking field {field[..Math.Min(20, field.Length)]}");
                    break;
                case "application/pdf":
                    pdfs++;
                    if (!Encoding.ASCII.GetString(bytes, 0, Math.Min(5, bytes.Length)).StartsWith("%PDF", StringComparison.Ordinal)) failures.Add($"GET {url}: not a PDF");
                    break;
                case "text/html":
                    pagesSeen++;
                    if (Encoding.UTF8.GetString(bytes).Contains(Markup, StringComparison.Ordinal)) failures.Add($"GET {url}: the stored markup is in the page unescaped");
                    break;
            }
        }
        output.WriteLine($"{provider}: {reads.Count} reads, {requests} requests ({pagesSeen} pages, {feeds} feeds, {spreadsheets} spreadsheets, {csvs} CSV files, {pdfs} PDFs), {serverErrors} answers 5xx.");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(50)));
        Assert.True(feeds > 0 && spreadsheets > 0 && pdfs > 0, $"Too little was read: {feeds} feeds, {spreadsheets} spreadsheets, {pdfs} PDFs.");
    }
}
