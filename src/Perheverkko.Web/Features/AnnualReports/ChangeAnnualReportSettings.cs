using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>The region's report settings: formal approval required (default no) and the year-end retention policy (default: after completing, 000 §19).</summary>
public sealed class ChangeAnnualReportSettings(PerheverkkoDb db, AccessControl access, AuditLog audit, RegionAddressQueries regions)
{
    public sealed record Request(bool ApprovalRequired, YearEndRetention? Retention);

    public async Task HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var regionId = await regions.IdForAsync(actor, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.CompileAnnualReport, AnnualReportAccess.Of(regionId), cancellationToken);
        new InputCheck().Defined("retention", request.Retention).ThrowIfInvalid();
        var settings = await db.AnnualReportSettings.SingleOrDefaultAsync(s => s.RegionId == regionId, cancellationToken);
        if (settings is null) db.AnnualReportSettings.Add(settings = new AnnualReportSettings(regionId));
        settings.Change(request.ApprovalRequired, request.Retention!.Value);
        audit.Record(allowed, AuditEvent.AnnualReportSettingsChanged, nameof(AnnualReportSettings), regionId,
            $"approval {(request.ApprovalRequired ? "required" : "not required")}, retention {request.Retention}", regionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
