using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>Closes an open survey for good, whatever its dates say (the page asks to confirm first).</summary>
public sealed class CloseSurvey(PerheverkkoDb db, AccessControl access, AuditLog audit, FamilySurveyQueries queries, TimeProvider clock)
{
    public sealed record Request(int? Version);

    public async Task HandleAsync(Actor? actor, Guid surveyId, Request request, CancellationToken cancellationToken)
    {
        var survey = await queries.LoadAsync(actor, surveyId, tracked: true, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageFamilySurvey, SurveyAccess.Of(survey), cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required").ThrowIfInvalid();
        survey.Close(request.Version!.Value, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.FamilySurveyChanged, nameof(Survey), survey.Id, "closed", survey.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
