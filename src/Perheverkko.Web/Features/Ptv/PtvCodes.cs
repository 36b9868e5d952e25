using Perheverkko.Web.Features.Directory;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// STUB (helper A fills in the data; helper B calls only these signatures): the mapping between the directory's values and
/// PTV's code lists — service classes (ptvserclass2, P-codes), target groups (ptvkohderyhmat, KR-codes), life events
/// (ptvelamantilanteet, KE-codes) and languages — as data, documented in docs/ptv.md. PTV's input API takes the codes'
/// URIs; its Open API serves code, URI and name.
/// </summary>
public static class PtvCodes
{
    /// <summary>The URIs of the service classes a service with these topics belongs to (at least one: PTV requires it).</summary>
    public static IReadOnlyList<string> ServiceClassUris(IEnumerable<Topic> topics, ServiceLevel level) => throw new NotImplementedException();

    /// <summary>The URIs of the target groups for these audiences (at least one: PTV requires it).</summary>
    public static IReadOnlyList<string> TargetGroupUris(IEnumerable<Audience> audiences) => throw new NotImplementedException();

    public static IReadOnlyList<string> LifeEventUris(IEnumerable<Topic> topics, IEnumerable<Audience> audiences) => throw new NotImplementedException();

    /// <summary>The topics that PTV's service classes and life events of a service say (codes such as "P3.1", "KE3").</summary>
    public static IReadOnlyList<Topic> Topics(IEnumerable<string> serviceClassCodes, IEnumerable<string> lifeEventCodes) => throw new NotImplementedException();

    public static IReadOnlyList<Audience> Audiences(IEnumerable<string> targetGroupCodes) => throw new NotImplementedException();

    /// <summary>Whether the code is one of PTV's (service class, target group or life event) that the table knows.</summary>
    public static bool IsKnown(string code) => throw new NotImplementedException();

    /// <summary>Whether PTV's language code (ISO 639-1, e.g. "fi") is one the directory keeps.</summary>
    public static bool IsLanguage(string code) => throw new NotImplementedException();
}
