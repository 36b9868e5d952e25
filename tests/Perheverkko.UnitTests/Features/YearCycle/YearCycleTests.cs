using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Features.Indicators;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.YearCycle;

/// <summary>Sotkanet's formats, the report's stored sections and its hand-drawn charts, and the report's states.</summary>
public sealed class YearCycleTests
{
    [Fact]
    public void Sotkanet_json_and_csv_read_to_the_same_rows_and_a_bad_row_is_named()
    {
        var json = SotkanetFormat.ReadData("""[{"indicator":127,"region":833,"year":2022,"gender":"total","value":12.3,"absValue":123},{"indicator":127,"region":833,"year":2023,"gender":"total"}]""");
        var csv = SotkanetFormat.ReadData("\uFEFFindicator;region;year;gender;value;absValue\r\n127;833;2022;total;12,3;123\r\n127;833;2023;total;;\r\n");
        Assert.Equal(json, csv);
        Assert.Equal(new SotkanetRow(1, 127, 833, 2022, "total", 12.3), json[0]);
        Assert.Null(json[1].Value);
        Assert.Equal(2, Assert.Throws<IndicatorRowRefused>(() => SotkanetFormat.ReadData("indicator,region,year,gender,value\n127,833,2022,total,1\n127,x,2022,total,1\n")).Row);
        Assert.Equal("indicator.malformed_file", Assert.Throws<DomainRuleViolation>(() => SotkanetFormat.ReadData("[{")).Rule.Code);
        var regions = SotkanetFormat.ReadRegions("""[{"id":833,"code":"491","category":"KUNTA","title":{"fi":"Mikkeli"}},{"id":658,"code":1,"category":"MAA"}]""");
        Assert.Equal([new SotkanetRegion(833, "KUNTA", "491"), new SotkanetRegion(658, "MAA", "1")], regions);
    }

    [Fact]
    public async Task Without_an_address_the_client_refuses_before_any_request()
    {
        var client = new SotkanetClient(new HttpClient(), new IndicatorOptions());
        Assert.False(client.IsConfigured);
        Assert.Equal("indicator.source_not_configured", (await Assert.ThrowsAsync<DomainRuleViolation>(() => client.RegionsAsync(CancellationToken.None))).Rule.Code);
    }

    [Fact]
    public void Stored_sections_read_back_as_written_and_charts_draw_as_svg_and_pdf()
    {
        var chart = new ReportChart("Ilmoitukset", ReportChartKind.Line, "Arvo", ["2022", "2023", "2024"],
            [new ReportSeries("Mikkeli <&>", [1.5, null, 3]), new ReportSeries("Juva", [2, 2.5, 2.25])]);
        var bars = chart with { Kind = ReportChartKind.Bar };
        var section = new AnnualReportSection("indicators", "Indikaattorit", ["Lähde: THL."],
            [new ExportTable("Taulukko", ["Kunta", "2024"], [[TableCell.Of("Mikkeli"), TableCell.Of(3.5m)], [TableCell.Of("Juva"), TableCell.Count(null)]]) { Notes = ["huom"] }],
            [chart, bars]);
        var read = Assert.Single(StoredSections.Read(StoredSections.Write([section])));
        Assert.Equal((section.Key, section.Title), (read.Key, read.Title));
        Assert.Equal(section.Paragraphs, read.Paragraphs);
        Assert.Equal(section.Tables[0].Rows.SelectMany(r => r), read.Tables[0].Rows.SelectMany(r => r));
        Assert.Equal(["huom"], read.Tables[0].Notes);
        Assert.Equal(chart.Series[0].Values, read.Charts[0].Series[0].Values);

        var svg = ReportCharts.Svg(chart, "c1");
        Assert.Contains("<title id=\"c1-title\">Ilmoitukset</title>", svg);
        Assert.Contains("Mikkeli &lt;&amp;&gt;", svg);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(svg, "<path "));
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(ReportCharts.Svg(bars, "c2"), "<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height") - 2);
        var pdf = AnnualReportQueries.Pdf("Vuosiraportti 2025", new LocalizedText("Kertomus"), [read], "fi");
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }

    [Fact]
    public void The_report_moves_draft_completed_approved_published_and_the_policy_says_when_deletion_is_due()
    {
        var now = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);
        var report = new AnnualReport(Guid.NewGuid(), Guid.NewGuid(), 2025);
        report.Compile(new LocalizedText("K"), "[]", "[]", "[]", now);
        Assert.Equal(AnnualReportState.Draft, report.State);
        Assert.False(report.DeletionDue(YearEndRetention.AfterCompleted));
        Assert.Equal(AnnualReportsRules.NotApproved, Assert.Throws<DomainRuleViolation>(() => report.Publish(approvalRequired: true, now)).Rule);
        report.Complete(now);
        Assert.True(report.DeletionDue(YearEndRetention.AfterCompleted));
        Assert.False(report.DeletionDue(YearEndRetention.AfterPublished));
        Assert.False(report.DeletionDue(YearEndRetention.ByHand));
        report.RequestDeletion(now);
        Assert.True(report.DeletionDue(YearEndRetention.ByHand));
        report.Approve(null, now);
        Assert.Equal(AnnualReportState.Approved, report.State);
        report.Publish(approvalRequired: true, now);
        Assert.Equal(AnnualReportState.Published, report.State);
        Assert.True(report.DeletionDue(YearEndRetention.AfterPublished));
        report.MarkDeleted(now);
        Assert.False(report.DeletionDue(YearEndRetention.AfterPublished));

        // Publishing a draft completes it too, when no approval is required.
        var direct = new AnnualReport(Guid.NewGuid(), Guid.NewGuid(), 2025);
        direct.Compile(new LocalizedText("K"), "[]", "[]", "[]", now);
        direct.Publish(approvalRequired: false, now);
        Assert.Equal((AnnualReportState.Published, now), (direct.State, direct.CompletedAt!.Value));
    }
}
