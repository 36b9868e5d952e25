using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>Starts the region's survey of a year from the template of the 2021 themes (004), as a draft to edit before opening.</summary>
public sealed class CreateSurvey(PerheverkkoDb db, AccessControl access, AuditLog audit, FamilySurveyQueries queries, TimeProvider clock)
{
    public sealed record Request(int? Year);

    public async Task<Guid> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var regionId = await queries.RegionOfAsync(actor, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageFamilySurvey, SurveyAccess.Of(null, regionId), cancellationToken);
        new InputCheck().That(request.Year is >= 2000 and <= 2100, "year", "validation.range", 2000, 2100).ThrowIfInvalid();
        var year = request.Year!.Value;
        RuleCheck.That(!await db.Surveys.AcrossRegions().AnyAsync(s => s.RegionId == regionId && s.Year == year, cancellationToken), FamilySurveyRules.YearTaken);
        var survey = new Survey(Guid.CreateVersion7(), regionId, year, SurveyTemplate.For(year, HelsinkiTime.Today(clock)), clock.GetUtcNow().UtcDateTime);
        db.Surveys.Add(survey);
        audit.Record(allowed, AuditEvent.FamilySurveyChanged, nameof(Survey), survey.Id, $"{year} started from the template", regionId);
        await db.SaveChangesAsync(cancellationToken);
        return survey.Id;
    }
}
