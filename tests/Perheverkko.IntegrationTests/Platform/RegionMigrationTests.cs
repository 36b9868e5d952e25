using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// A deployment from before regions (one region, South Savo) upgrades in place: its records and its staff accounts
/// become the region's, its administrators national, and the region gets South Savo's terms (decision 0025).
/// </summary>
public sealed class RegionMigrationTests
{
    private const string Region = "0194C0DE-0000-7000-8000-0000000000A1";
    private const string Organisation = "0194C0DE-0000-7000-8000-0000000000A2";
    private const string Admin = "0194C0DE-0000-7000-8000-0000000000A3";
    private const string Representative = "0194C0DE-0000-7000-8000-0000000000A4";

    [Theory, BothDatabases]
    public async Task A_single_region_database_upgrades_with_its_records_and_accounts_in_that_region(DatabaseProvider provider)
    {
        var connectionString = await TestDatabases.CreateEmptyAsync(provider);
        await using (var db = new PerheverkkoDb(new DbContextOptionsBuilder<PerheverkkoDb>().UsePerheverkkoDatabase(provider, connectionString).Options))
        {
            await db.GetService<IMigrator>().MigrateAsync("Initial");
            var t = provider == DatabaseProvider.Postgres ? "TRUE" : "1";
            var f = provider == DatabaseProvider.Postgres ? "FALSE" : "0";
            var now = provider == DatabaseProvider.Postgres ? "now()" : "'2026-01-01 00:00:00'";
            // Constants of this test only, no input: the SQL is written out as the old schema needs it.
            var legacyRows = $"""
                INSERT INTO "Regions" ("Id", "Slug", "NameFi") VALUES ('{Region}', 'etela-savo', 'Etelä-Savo');
                INSERT INTO "Organisations" ("Id", "Slug", "Kind", "NameFi", "Version", "CreatedAt", "UpdatedAt")
                    VALUES ('{Organisation}', 'testiyhdistys', 'Ngo', 'Testiyhdistys', 1, {now}, {now});
                INSERT INTO "AspNetUsers" ("Id", "UserName", "DisplayName", "Role", "OrganisationId", "CreatedAt", "Language",
                    "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
                    VALUES ('{Admin}', 'yllapito@example.test', 'Ylläpito', 'Admin', NULL, {now}, 'fi', {t}, {f}, {f}, {t}, 0),
                           ('{Representative}', 'edustaja@example.test', 'Edustaja', 'Representative', '{Organisation}', {now}, 'fi', {t}, {f}, {f}, {t}, 0);
                """;
            await db.Database.ExecuteSqlRawAsync(legacyRows);
            await db.Database.MigrateAsync();
        }

        await using var after = new PerheverkkoDb(new DbContextOptionsBuilder<PerheverkkoDb>().UsePerheverkkoDatabase(provider, connectionString).Options);
        var regionId = Guid.Parse(Region);
        var organisation = await after.Organisations.SingleAsync();
        Assert.Equal(regionId, organisation.RegionId);
        var users = await after.Users.OrderBy(u => u.UserName).ToListAsync();
        Assert.Equal([regionId, null], users.Select(u => u.RegionId));
        var region = await after.Regions.SingleAsync();
        Assert.Equal(Web.Features.Regions.RegionTerms.SouthSavo, region.Terms);
        Assert.Equal(1, region.Version);
    }
}
