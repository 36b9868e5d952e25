using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Administration;

/// <summary>A second, fictional region beside South Savo: one municipality, one association and a coordinator.</summary>
public static class SecondRegionKit
{
    public const string Slug = "testimaa";
    public const string CoordinatorEmail = "koordinaattori@testimaa.example";
    public static readonly Guid RegionId = Guid.Parse("0190a000-0000-7000-8000-00000000b001");
    public static readonly Guid MunicipalityId = Guid.Parse("0190a000-0000-7000-8000-00000000b002");
    public static readonly Guid AssociationId = Guid.Parse("0190a000-0000-7000-8000-00000000b003");

    public static async Task AddAsync(TestApp app)
    {
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await app.WithDbAsync(async db =>
        {
            db.Regions.Add(new Region(RegionId, Slug, new LocalizedText("Testimaan hyvinvointialue"), RegionTerms.SouthSavo, now));
            db.Municipalities.Add(new Municipality(MunicipalityId, "testikunta", "999", new LocalizedText("Testikunta"), RegionId));
            db.Organisations.Add(Organisation.Create(AssociationId, RegionId, "testimaan-perheyhdistys", OrganisationKind.Ngo,
                new LocalizedText("Testimaan perheyhdistys"), null, null, now));
            return await db.SaveChangesAsync();
        });
        await app.WithScopeAsync(services => services.GetRequiredService<AddUser>().HandleAsync(Actor.System,
            new AddUser.Request(CoordinatorEmail, "Kerttu Koordinoija", StaffRole.Coordinator, null, Slug), CancellationToken.None));
    }
}
