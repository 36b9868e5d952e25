using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>A survey's access object: the region's, with no organisation (the coordinator builds it for the whole network).</summary>
internal static class SurveyAccess
{
    public static AccessObject Of(Survey survey) => new(nameof(Survey), survey.Id, survey.RegionId, null);
    public static AccessObject Of(Guid? id, Guid regionId) => new(nameof(Survey), id, regionId, null);
}
