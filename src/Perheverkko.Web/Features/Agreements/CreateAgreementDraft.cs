using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>The coordinator starts the next version: a draft for a new period with the text and parties of an existing one.</summary>
public sealed class CreateAgreementDraft(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? From, int? StartYear, int? EndYear, string? Title);

    /// <returns>The new version's period, e.g. "2030-2033".</returns>
    public async Task<string> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        // Whether the actor drafts at all, before the request is read; the new draft's own region is checked once it is known.
        await access.RequireAsync(actor, StaffAction.DraftAgreement, on: null, cancellationToken);
        new InputCheck()
            .That(AgreementPeriod.TryParse(request.From, out _, out _), "from", "validation.required")
            .That(request.StartYear is >= 2000 and <= 2200, "startYear", "validation.range", 2000, 2200)
            .That(request.EndYear is >= 2000 and <= 2200, "endYear", "validation.range", 2000, 2200)
            .Required("title", request.Title, 300)
            .ThrowIfInvalid();
        var previous = await AgreementPeriod.LoadAsync(db, request.From, cancellationToken, withParties: true);
        // The draft belongs to the previous version's region (DraftFrom), which the region filter keeps to the actor's own.
        var regionId = previous.RegionId;
        await access.RequireAsync(actor, StaffAction.DraftAgreement, new AccessObject(PartyRelationships.VersionType, null, regionId), cancellationToken);
        // A period is unique within a region; another region may have its own 2030–2033.
        RuleCheck.That(!await db.AgreementVersions.AnyAsync(v => v.RegionId == regionId && v.StartYear == request.StartYear && v.EndYear == request.EndYear,
            cancellationToken), AgreementRules.PeriodTaken);
        var draft = AgreementVersion.DraftFrom(previous, Guid.CreateVersion7(), request.StartYear!.Value, request.EndYear!.Value,
            request.Title!.Trim(), clock.GetUtcNow().UtcDateTime);
        db.AgreementVersions.Add(draft);
        audit.Record(actor, AuditEvent.AgreementDraftCreated, "AgreementVersion", draft.Id, $"{draft.Slug} from {previous.Slug}");
        await db.SaveChangesAsync(cancellationToken);
        return draft.Slug;
    }
}
