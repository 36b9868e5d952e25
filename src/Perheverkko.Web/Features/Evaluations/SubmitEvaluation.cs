using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>Submits a municipality's saved draft: from then on it is read-only and the coordinator reads it as final.</summary>
public sealed class SubmitEvaluation(PerheverkkoDb db, AccessControl access, AuditLog audit, EvaluationsQueries queries, TimeProvider clock)
{
    public sealed record Request(int? Version);

    public async Task HandleAsync(Actor? actor, int year, Guid municipalityId, Request request, CancellationToken cancellationToken)
    {
        var regionId = await queries.RegionOfAsync(actor, cancellationToken);
        var municipality = await queries.MunicipalityAsync(regionId, municipalityId, cancellationToken);
        var evaluation = await db.MunicipalEvaluations.AcrossRegions()
            .SingleOrDefaultAsync(e => e.RegionId == regionId && e.Year == year && e.MunicipalityId == municipalityId, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.FillMunicipalEvaluation, EvaluationAccess.Of(evaluation?.Id, regionId, municipality.OrganisationId), cancellationToken);
        RuleCheck.That(evaluation is not null, EvaluationsRules.NothingToSubmit);
        new InputCheck().That(request.Version is not null, "version", "validation.required").ThrowIfInvalid();
        evaluation!.Submit(request.Version!.Value, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.MunicipalEvaluationSubmitted, nameof(MunicipalEvaluation), evaluation.Id, $"{year} submitted", regionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
