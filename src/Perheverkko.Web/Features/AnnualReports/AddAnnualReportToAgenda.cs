using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>
/// Puts the year's report on an upcoming leadership-group meeting's agenda as an information item (001 §19), through the
/// governance feature's own use case, which asks its own access question.
/// </summary>
public sealed class AddAnnualReportToAgenda(PerheverkkoDb db, AccessControl access, AddAgendaItem addAgendaItem, RegionAddressQueries regions, TimeProvider clock)
{
    public sealed record Request(Guid? MeetingId);

    public async Task<Guid> HandleAsync(Actor? actor, int year, Request request, CancellationToken cancellationToken)
    {
        var regionId = await regions.IdForAsync(actor, cancellationToken);
        await access.RequireAsync(actor, StaffAction.CompileAnnualReport, AnnualReportAccess.Of(regionId), cancellationToken);
        var report = await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.RegionId == regionId && r.Year == year, cancellationToken)
            ?? throw new NotFoundException(AnnualReportsRules.NotFound);
        var now = clock.GetUtcNow().UtcDateTime;
        RuleCheck.That(request.MeetingId is { } id && await db.Meetings.AnyAsync(m => m.Id == id && m.StartsAt > now && m.Status != MeetingStatus.Cancelled
            && db.Groups.Any(g => g.Id == m.GroupId && g.RegionId == regionId && g.Kind == GroupKind.Leadership), cancellationToken), AnnualReportsRules.MeetingInvalid);
        return await addAgendaItem.HandleAsync(actor, request.MeetingId!.Value,
            new AgendaItemInput($"Vuosiraportti {year} tiedoksi", AgendaItemKind.Information, null,
                $"Verkoston vuosiraportti {year} tiedoksi johtoryhmälle ja kumppaneille (/staff/annual-reports/{year}).", null), cancellationToken);
    }
}
