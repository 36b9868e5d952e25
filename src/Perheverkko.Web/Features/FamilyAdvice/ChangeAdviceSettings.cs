using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>The region's Perheneuvo settings: the one number and its hours, urgent numbers, response time, retention, days off, data controller.</summary>
public sealed class ChangeAdviceSettings(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public const int PhoneMaxLength = 40;
    public const int TextMaxLength = 1000;

    public sealed record Request(int? Version, string? Phone, LocalizedTextInput? PhoneHours, LocalizedTextInput? UrgentNumbers,
        int? FirstAnswerWorkingDays, int? RetentionMonths, IReadOnlyList<DateOnly>? ExtraDaysOff, Guid? DataControllerId);

    public async Task HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var allowed = await access.RequireAsync(actor, StaffAction.ManageFamilyAdvice, FamilyAdviceRelationships.QueueOf(actor?.RegionId ?? Guid.Empty), cancellationToken);
        var regionId = allowed.RegionId ?? Guid.Empty;
        new InputCheck().That(request.Version is not null, "version", "validation.required")
            .Optional("phone", request.Phone, PhoneMaxLength)
            .Optional("phoneHours.fi", request.PhoneHours?.Fi, TextMaxLength).Optional("phoneHours.sv", request.PhoneHours?.Sv, TextMaxLength)
            .Optional("phoneHours.en", request.PhoneHours?.En, TextMaxLength)
            .Optional("urgentNumbers.fi", request.UrgentNumbers?.Fi, TextMaxLength).Optional("urgentNumbers.sv", request.UrgentNumbers?.Sv, TextMaxLength)
            .Optional("urgentNumbers.en", request.UrgentNumbers?.En, TextMaxLength)
            .That(request.FirstAnswerWorkingDays is not null, "firstAnswerWorkingDays", "validation.required")
            .That(request.RetentionMonths is not null, "retentionMonths", "validation.required")
            .That(request.ExtraDaysOff is null || request.ExtraDaysOff.Count <= 100, "extraDaysOff", "validation.max_length", 100)
            .ThrowIfInvalid();
        var settings = await db.AdviceSettingsOfAsync(regionId, cancellationToken, tracked: true);
        if (request.DataControllerId is { } controller)
            RuleCheck.That(await db.Organisations.AnyAsync(o => o.Id == controller && o.RegionId == regionId, cancellationToken), FamilyAdviceRules.DataControllerNotFound);
        var before = $"{settings.FirstAnswerWorkingDays} days, {settings.RetentionMonths} months";
        settings.Change(request.Version!.Value, new AdviceSettingsDetails(string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim(),
            Text(request.PhoneHours), Text(request.UrgentNumbers), request.FirstAnswerWorkingDays!.Value, request.RetentionMonths!.Value,
            request.ExtraDaysOff ?? [], request.DataControllerId), clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.AdviceSettingsChanged, nameof(AdviceSettings), regionId,
            $"{before} → {settings.FirstAnswerWorkingDays} days, {settings.RetentionMonths} months; days off {settings.ExtraDaysOff}", regionId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static LocalizedText Text(LocalizedTextInput? input) =>
        new(input?.Fi?.Trim() ?? "", string.IsNullOrWhiteSpace(input?.Sv) ? null : input.Sv.Trim(), string.IsNullOrWhiteSpace(input?.En) ? null : input.En.Trim());
}
