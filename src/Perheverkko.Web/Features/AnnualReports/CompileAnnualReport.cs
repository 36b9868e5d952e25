using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>
/// Compiles (or compiles again) the region's report of a year from the registered sections and stores them, with the
/// coordinator's narrative, per language. A completed report is not compiled again.
/// </summary>
public sealed class CompileAnnualReport(PerheverkkoDb db, AccessControl access, AuditLog audit, AnnualReportCompiler compiler,
    RegionAddressQueries regions, TimeProvider clock)
{
    public const int FirstYear = 2000;

    /// <param name="Narrative">The coordinator's sections (Markdown), Finnish required.</param>
    public sealed record Request(LocalizedTextInput? Narrative);

    public async Task<Guid> HandleAsync(Actor? actor, int year, Request request, CancellationToken cancellationToken)
    {
        var regionId = await regions.IdForAsync(actor, cancellationToken);
        var report = await db.AnnualReports.SingleOrDefaultAsync(r => r.RegionId == regionId && r.Year == year, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.CompileAnnualReport, AnnualReportAccess.Of(regionId, report?.Id), cancellationToken);
        CheckYear(year, clock);
        var check = new InputCheck();
        (request.Narrative ?? new LocalizedTextInput(null, null, null)).Check(check, "narrative", AnnualReport.NarrativeMaxLength);
        check.ThrowIfInvalid();
        RuleCheck.That(report?.CompletedAt is null, AnnualReportsRules.Finished);

        var fi = StoredSections.Write(await compiler.SectionsAsync(regionId, year, "fi", cancellationToken));
        var sv = StoredSections.Write(await compiler.SectionsAsync(regionId, year, "sv", cancellationToken));
        var en = StoredSections.Write(await compiler.SectionsAsync(regionId, year, "en", cancellationToken));
        if (report is null)
        {
            report = new AnnualReport(Guid.CreateVersion7(), regionId, year);
            db.AnnualReports.Add(report);
        }
        report.Compile(request.Narrative!.ToText(), fi, sv, en, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.AnnualReportCompiled, nameof(AnnualReport), report.Id, $"{year} compiled (draft {report.Version})", regionId);
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }

    internal static void CheckYear(int year, TimeProvider clock) =>
        RuleCheck.That(year >= FirstYear && year <= HelsinkiTime.Today(clock).Year + 1, AnnualReportsRules.YearOutOfRange);
}
