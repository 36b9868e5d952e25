using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Platform.Tenancy;

/// <summary>
/// A record that belongs to one region (one wellbeing county's family-centre network). Staff of another region
/// never read it: the database context confines every query to the caller's region (<see cref="RegionFilter"/>).
/// </summary>
public interface IRegionOwned
{
    Guid RegionId { get; }
}

/// <summary>A row the platform writes (the audit trail, the outbox) for a region, or for no region (national).</summary>
public interface IRegionStamped
{
    Guid? RegionId { get; }
}

public static class RegionFilter
{
    /// <summary>The name of the query filter every region-owned entity carries.</summary>
    public const string Name = "Region";

    /// <summary>
    /// A public read: published records of every region, whoever asks. Only queries that already keep to what
    /// is public (published directory entries, agreements in force, open data) may use it.
    /// </summary>
    public static IQueryable<T> AcrossRegions<T>(this IQueryable<T> query) where T : class => query.IgnoreQueryFilters([Name]);
}

/// <summary>
/// The region the current request is confined to: a regional staff member's own region. Null means unconfined:
/// anonymous visitors (who reach only public reads), national administrators, the command line and jobs.
/// </summary>
public sealed class CurrentRegion(IHttpContextAccessor http)
{
    public Guid? RegionId => http.HttpContext?.Actor()?.RegionId;
}
