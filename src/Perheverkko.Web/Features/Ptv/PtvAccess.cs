using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>The access object of everything PTV (<c>SyncWithPtv</c>, decision 0035): the organisation whose services and places are synchronised.</summary>
public static class PtvAccess
{
    public static AccessObject Of(Guid organisationId, Guid regionId) => new("Organisation", organisationId, regionId, organisationId);
}
