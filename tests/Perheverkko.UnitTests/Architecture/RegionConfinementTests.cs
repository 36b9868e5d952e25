using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.UnitTests.Architecture;

/// <summary>
/// Every table either belongs to a region — and carries the region query filter, so another region's rows are not
/// found (docs/decisions/0025-regions-as-tenants.md) — or is listed here with the reason it is not region-owned.
/// </summary>
public sealed class RegionConfinementTests
{
    private static readonly Dictionary<string, string> NotRegionOwned = new()
    {
        ["Region"] = "the tenants themselves; public",
        ["Municipality"] = "public reference data of a region, by official code",
        ["FamilyCentre"] = "public: the directory's family centres",
        ["StaffUser"] = "an account carries its region (RegionId) but is read by sign-in, which precedes any region",
        ["AccessToken"] = "belongs to an account; read by the token's hash at sign-in",
        ["CalendarFeed"] = "belongs to an account; its feed is confined to the owner's region by its query",
        ["JobLease"] = "the jobs' own bookkeeping, national",
        ["DataChange"] = "which public rows changed (type and id, no personal data): every instance's caches follow all of them (decision 0042)",
        ["DataProtectionKey"] = "the deployment's keys, national",
        ["AuditSeal"] = "one national hash chain over every region's audit rows; pages show only its state (decision 0037)",
        ["SignInThrottle"] = "counts failed sign-ins by hashed address, before anyone is signed in (issue #12)",
        // Children read only through their confined parent's aggregate (includes), never addressed on their own.
        ["Attendance"] = "read only with its confined meeting",
        ["DecisionNumber"] = "read only with its confined meeting",
        ["DecisionAttachment"] = "read only with its confined party decision",
    };

    [Fact]
    public void Every_table_is_confined_to_a_region_or_declares_why_not()
    {
        using var db = new PerheverkkoDb(new DbContextOptionsBuilder<PerheverkkoDb>().UseSqlite("Data Source=:memory:").Options);
        var unconfined = db.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && e.BaseType is null && !e.ClrType.Name.StartsWith("IdentityUser", StringComparison.Ordinal))
            .Where(e => e.GetDeclaredQueryFilters().All(f => f.Key != RegionFilter.Name))
            .Select(e => e.ClrType.Name)
            .Where(name => !NotRegionOwned.ContainsKey(name))
            .Order().ToList();
        Assert.True(unconfined.Count == 0,
            "These tables are neither confined to a region nor listed as not region-owned: " + string.Join(", ", unconfined));
    }

    [Fact]
    public void Every_region_owned_type_carries_the_filter()
    {
        using var db = new PerheverkkoDb(new DbContextOptionsBuilder<PerheverkkoDb>().UseSqlite("Data Source=:memory:").Options);
        var missing = db.Model.GetEntityTypes()
            .Where(e => typeof(IRegionOwned).IsAssignableFrom(e.ClrType) || typeof(IRegionStamped).IsAssignableFrom(e.ClrType))
            .Where(e => e.GetDeclaredQueryFilters().All(f => f.Key != RegionFilter.Name))
            .Select(e => e.ClrType.Name).ToList();
        Assert.Empty(missing);
    }
}
