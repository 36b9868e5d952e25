using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.YearClock;

/// <summary>Adds a recurring task to the region's year clock (without an id) or changes one.</summary>
public sealed class SaveYearClockTask(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <param name="OwnerUserId">A staff account of the region; none: the coordinators.</param>
    public sealed record Request(LocalizedTextInput? Title, int? StartMonth, int? EndMonth, int? Day, Guid? OwnerUserId, int? ReminderDays);

    public async Task<Guid> HandleAsync(Actor? actor, Guid? taskId, Request request, CancellationToken cancellationToken)
    {
        YearClockTask? task = null;
        Actor allowed;
        if (taskId is { } id)
        {
            task = await db.YearClockTasks.SingleOrDefaultAsync(t => t.Id == id && t.RemovedAt == null, cancellationToken) ?? throw new NotFoundException(YearClockRules.NotFound);
            allowed = await access.RequireAsync(actor, StaffAction.ManageYearClock, YearClockAccess.Of(task), cancellationToken);
        }
        else allowed = await access.RequireAsync(actor, StaffAction.ManageYearClock, YearClockAccess.Region(actor?.RegionId), cancellationToken);
        var region = task?.RegionId ?? actor!.RegionId ?? throw new NotFoundException(YearClockRules.NotFound);

        var check = new InputCheck();
        (request.Title ?? new LocalizedTextInput(null, null, null)).Check(check, "title", YearClockTask.TitleMaxLength);
        check.That(request.StartMonth is >= 1 and <= 12, "startMonth", "validation.required")
            .That(request.EndMonth is null or >= 1 and <= 12, "endMonth", "validation.choice")
            .That(request.Day is null or >= 1 and <= 31, "day", "validation.choice")
            .That(request.ReminderDays is null or >= 0 and <= YearClockTask.MaxReminderDays, "reminderDays", "validation.choice")
            .ThrowIfInvalid();
        if (request.OwnerUserId is { } owner)
            RuleCheck.That(await db.Users.AnyAsync(u => u.Id == owner && u.RegionId == region, cancellationToken), YearClockRules.OwnerInvalid);

        var content = new YearClockTaskContent(request.Title!.ToText(), request.StartMonth!.Value, request.EndMonth ?? request.StartMonth!.Value, request.Day,
            request.OwnerUserId, request.ReminderDays ?? 14);
        var now = clock.GetUtcNow().UtcDateTime;
        if (task is null)
        {
            task = new YearClockTask(Guid.CreateVersion7(), region, content, now);
            db.YearClockTasks.Add(task);
        }
        else task.Change(content, now);
        audit.Record(allowed, AuditEvent.YearClockChanged, nameof(YearClockTask), task.Id,
            $"task {(taskId is null ? "added" : "changed")}: months {content.StartMonth}-{content.EndMonth}", region);
        await db.SaveChangesAsync(cancellationToken);
        return task.Id;
    }
}
