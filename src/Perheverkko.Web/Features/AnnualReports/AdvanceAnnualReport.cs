using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>The steps after compiling: complete, approve (when the region requires it), publish, and ask for the year-end deletion by hand.</summary>
public enum AnnualReportStep { Complete, Approve, Publish, DeleteYearEndData }

/// <summary>
/// Moves the region's report of a year one step on. Completing (000 §19 "compiled") or publishing (which completes too) may
/// make the year-end deletion due under the region's retention policy; the deletion job then runs it.
/// </summary>
public sealed class AdvanceAnnualReport(PerheverkkoDb db, AccessControl access, AuditLog audit, RegionAddressQueries regions, TimeProvider clock)
{
    /// <param name="MeetingId">On approval: the leadership group's meeting that approved it (optional).</param>
    public sealed record Request(AnnualReportStep? Step, Guid? MeetingId = null);

    public async Task HandleAsync(Actor? actor, int year, Request request, CancellationToken cancellationToken)
    {
        var regionId = await regions.IdForAsync(actor, cancellationToken);
        var report = await db.AnnualReports.SingleOrDefaultAsync(r => r.RegionId == regionId && r.Year == year, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.CompileAnnualReport, AnnualReportAccess.Of(regionId, report?.Id), cancellationToken);
        new Platform.Rules.InputCheck().Defined("step", request.Step).ThrowIfInvalid();
        if (report is null) throw new NotFoundException(AnnualReportsRules.NotFound);
        var settings = await db.AnnualReportSettings.AsNoTracking().SingleOrDefaultAsync(s => s.RegionId == regionId, cancellationToken) ?? new AnnualReportSettings(regionId);
        var now = clock.GetUtcNow().UtcDateTime;
        switch (request.Step!.Value)
        {
            case AnnualReportStep.Complete:
                report.Complete(now);
                audit.Record(allowed, AuditEvent.AnnualReportCompiled, nameof(AnnualReport), report.Id, $"{year} completed", regionId);
                break;
            case AnnualReportStep.Approve:
                RuleCheck.That(settings.ApprovalRequired, AnnualReportsRules.ApprovalNotRequired);
                if (request.MeetingId is { } meetingId)
                    RuleCheck.That(await db.Meetings.AnyAsync(m => m.Id == meetingId && db.Groups.Any(g => g.Id == m.GroupId && g.RegionId == regionId && g.Kind == GroupKind.Leadership), cancellationToken),
                        AnnualReportsRules.MeetingInvalid);
                report.Approve(request.MeetingId, now);
                audit.Record(allowed, AuditEvent.AnnualReportApproved, nameof(AnnualReport), report.Id, $"{year} approved", regionId);
                break;
            case AnnualReportStep.Publish:
                report.Publish(settings.ApprovalRequired, now);
                audit.Record(allowed, AuditEvent.AnnualReportPublished, nameof(AnnualReport), report.Id, $"{year} published", regionId);
                break;
            case AnnualReportStep.DeleteYearEndData:
                report.RequestDeletion(now);
                break;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
