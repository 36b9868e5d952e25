using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>
/// An evaluation's access object carries the municipality's own organisation, so <see cref="StaffAction.FillMunicipalEvaluation"/>
/// lets that organisation's representatives and professionals fill it and the region's coordinator stand in.
/// </summary>
internal static class EvaluationAccess
{
    public static AccessObject Of(Guid? evaluationId, Guid regionId, Guid organisationId) =>
        new(nameof(MunicipalEvaluation), evaluationId, regionId, organisationId);

    /// <summary>The region's round itself (its due date): no organisation, so only the region's leads.</summary>
    public static AccessObject Round(Guid regionId) => new(nameof(EvaluationSettings), null, regionId, null);
}
