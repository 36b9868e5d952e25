using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>Adds an indicator the region follows (by its Sotkanet id) or renames one.</summary>
public sealed class SaveIndicator(PerheverkkoDb db, AccessControl access, AuditLog audit, RegionAddressQueries regions, TimeProvider clock)
{
    public sealed record Request(int? SotkanetId, LocalizedTextInput? Name);

    public async Task<Guid> HandleAsync(Actor? actor, Guid? indicatorId, Request request, CancellationToken cancellationToken)
    {
        Indicator? indicator = null;
        Guid regionId;
        if (indicatorId is { } id)
        {
            // Another region's indicator reads as none (the region filter), before any access question about it.
            indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (indicator is null || (actor is { IsNational: false } && indicator.RegionId != actor.RegionId)) throw new NotFoundException(IndicatorsRules.NotFound);
            regionId = indicator.RegionId;
        }
        else regionId = await regions.IdForAsync(actor, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageIndicators, IndicatorAccess.Of(regionId), cancellationToken);
        var check = new InputCheck();
        (request.Name ?? new LocalizedTextInput(null, null, null)).Check(check, "name", Indicator.NameMaxLength);
        check.That(indicator is not null || request.SotkanetId is > 0, "sotkanetId", "validation.required").ThrowIfInvalid();
        if (indicator is null)
        {
            RuleCheck.That(!await db.Indicators.AnyAsync(i => i.RegionId == regionId && i.SotkanetId == request.SotkanetId, cancellationToken), IndicatorsRules.Duplicate);
            indicator = new Indicator(Guid.CreateVersion7(), regionId, request.SotkanetId!.Value, request.Name!.ToText(), clock.GetUtcNow().UtcDateTime);
            db.Indicators.Add(indicator);
        }
        else indicator.Rename(request.Name!.ToText());
        audit.Record(allowed, AuditEvent.IndicatorsChanged, nameof(Indicator), indicator.Id, $"Sotkanet {indicator.SotkanetId} {(indicatorId is null ? "added" : "renamed")}", regionId);
        await db.SaveChangesAsync(cancellationToken);
        return indicator.Id;
    }
}
