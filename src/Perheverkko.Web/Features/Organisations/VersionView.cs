namespace Perheverkko.Web.Features.Organisations;

/// <summary>The answer to a change: the new version, which the next change sends back.</summary>
public sealed record VersionView(int Version);
