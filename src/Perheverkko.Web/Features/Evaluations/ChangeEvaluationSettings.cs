using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>Sets a year's due date and reminder days; the first save opens the round, so the reminder job starts reminding it.</summary>
public sealed class ChangeEvaluationSettings(PerheverkkoDb db, AccessControl access, AuditLog audit, EvaluationsQueries queries)
{
    public const int MaxReminderDays = 90;

    public sealed record Request(DateOnly? DueOn, int? ReminderDays);

    public async Task HandleAsync(Actor? actor, int year, Request request, CancellationToken cancellationToken)
    {
        var regionId = await queries.RegionOfAsync(actor, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.FillMunicipalEvaluation, EvaluationAccess.Round(regionId), cancellationToken);
        RuleCheck.That(year is >= EvaluationsQueries.MinYear and <= EvaluationsQueries.MaxYear, EvaluationsRules.YearInvalid);
        new InputCheck().That(request.DueOn is not null, "dueOn", "validation.required")
            .That(request.DueOn is not { } d || d.Year >= year, "dueOn", "validation.choice")
            .That(request.ReminderDays is >= 0 and <= MaxReminderDays, "reminderDays", "validation.choice").ThrowIfInvalid();
        var settings = await db.EvaluationSettings.AcrossRegions().SingleOrDefaultAsync(s => s.RegionId == regionId && s.Year == year, cancellationToken);
        if (settings is null) db.EvaluationSettings.Add(new EvaluationSettings(Guid.CreateVersion7(), regionId, year, request.DueOn!.Value, request.ReminderDays!.Value));
        else settings.Change(request.DueOn!.Value, request.ReminderDays!.Value);
        audit.Record(allowed, AuditEvent.MunicipalEvaluationSaved, nameof(EvaluationSettings), null,
            $"{year}: due {request.DueOn:yyyy-MM-dd}, reminder {request.ReminderDays} days before", regionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
