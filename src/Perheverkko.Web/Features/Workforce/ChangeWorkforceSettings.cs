using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>The organisation's own workforce guideline: re-check interval, volunteers' checks (148/2014), reminder days, retention.</summary>
public sealed class ChangeWorkforceSettings(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Version, int? RecheckMonths, bool VolunteerCheckRequired, int? ReminderDays, int? RetentionMonths);

    public async Task HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var on = await WorkforceAccess.OwnOrganisationAsync(db, actor, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageWorkforce, on, cancellationToken);
        new InputCheck()
            .That(request.Version is not null, "version", "validation.required")
            .That(request.ReminderDays is not null, "reminderDays", "validation.required")
            .That(request.RetentionMonths is not null, "retentionMonths", "validation.required")
            .ThrowIfInvalid();
        var organisationId = on.OrganisationId!.Value;
        var settings = await db.WorkforceSettingsOfAsync(on.RegionId, organisationId, cancellationToken, tracked: true);
        // An organisation that never saved its guideline has the defaults at version 0; the first save makes its row.
        if (settings.Version == 0 && db.Entry(settings).State == Microsoft.EntityFrameworkCore.EntityState.Detached) db.WorkforceSettings.Add(settings);
        var before = Describe(settings);
        settings.Change(request.Version!.Value, request.RecheckMonths, request.VolunteerCheckRequired, request.ReminderDays!.Value,
            request.RetentionMonths!.Value, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.WorkforceSettingsChanged, nameof(WorkforceSettings), organisationId, $"{before} → {Describe(settings)}", on.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Describe(WorkforceSettings s) =>
        $"recheck {s.RecheckMonths?.ToString() ?? "none"}, volunteer check {(s.VolunteerCheckRequired ? "yes" : "no")}, reminders {s.ReminderDays} days, retention {s.RetentionMonths} months";
}
