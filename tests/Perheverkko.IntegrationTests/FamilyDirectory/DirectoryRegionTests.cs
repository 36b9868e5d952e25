using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.IntegrationTests.Administration;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.DirectoryTestData;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.FamilyDirectory;

/// <summary>Directory editing with two regions, and the municipality's relationship to its meeting places, through the access engine.</summary>
public sealed class DirectoryRegionTests
{
    [Theory, BothDatabases]
    public async Task A_directory_entry_of_another_region_is_not_found_to_a_coordinator_of_this_region(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SecondRegion.SeedAsync(app);
        var theirs = await app.ClientForAsync(SecondRegion.CoordinatorEmail);
        var ours = await app.ClientForAsync(DemoUsers.Coordinator);

        var id = await CreateAsync(theirs, Activity("Keksityn perhekahvila", SecondRegion.MunicipalityId, null, Weekly("Tuesday", "2030-01-01"),
            organisation: SecondRegion.WellbeingCountyId));
        var own = await theirs.GetFromJsonAsync<JsonElement>($"/api/v1/activities/{id}/staff-view");
        Assert.Equal(["EditDirectory"], own.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));

        foreach (var response in new[]
                 {
                     await ours.GetAsync($"/api/v1/activities/{id}/staff-view"),
                     await ours.PutAsJsonAsync($"/api/v1/activities/{id}", Activity("Otettu", Mikkeli, null, Weekly("Friday", "2030-01-01"), version: 1)),
                     await MoveAsync(ours, id, 1, "Archived"),
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("activity.not_found", await CodeOfAsync(response));
        }
        // And the other way round: South Savo's draft and place are unknown to the other region's coordinator.
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"/api/v1/activities/{MikkeliDraft}/staff-view")).StatusCode);
        Assert.Equal("meeting_place.not_found", await CodeOfAsync(await MoveAsync(theirs, Kaisla, 1, "Archived", "meeting-places")));
        // An organisation of another region is as unknown as a made-up one when naming the maintainer of a new entry.
        var foreign = await ours.PostAsJsonAsync("/api/v1/activities", Activity("Vieraan nimissä", Mikkeli, null, Weekly("Friday", "2030-01-01"),
            organisation: SecondRegion.WellbeingCountyId));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
    }

    [Theory, BothDatabases]
    public async Task The_engine_lists_the_places_of_a_representatives_municipality_for_editing_whoever_maintains_them(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        IReadOnlyList<StaffEntry> mikkeli = [], savonlinna = [];
        await app.WithScopeAsync(async services =>
        {
            var queries = services.GetRequiredService<DirectoryQueries>();
            mikkeli = await queries.EditableAsync(Representative("mikkeli"), CancellationToken.None);
            savonlinna = await queries.EditableAsync(Representative("savonlinna"), CancellationToken.None);
        });
        // The parish maintains the room; it is in Mikkeli, so the city's representative edits it (003 §4).
        Assert.Contains(mikkeli, e => e.Id == ParishRoom);
        Assert.Contains(mikkeli, e => e.Id == MikkeliDraft);
        Assert.DoesNotContain(savonlinna, e => e.Id == ParishRoom);
        Assert.DoesNotContain(savonlinna, e => e.Id == MikkeliDraft);

        // The relationship holds only for meeting places: the parish's services and activities stay the parish's.
        await app.WithScopeAsync(async services =>
        {
            var access = services.GetRequiredService<AccessControl>();
            var place = new AccessObject(DirectoryRelationships.MeetingPlaceType, ParishRoom, NetworkSeeder.SouthSavo, Guid.NewGuid());
            var service = place with { Type = DirectoryRelationships.ServiceType };
            Assert.True(await access.PermitsAsync(Representative("mikkeli"), StaffAction.EditDirectory, place));
            Assert.False(await access.PermitsAsync(Representative("mikkeli"), StaffAction.EditDirectory, service));
            Assert.False(await access.PermitsAsync(Representative("savonlinna"), StaffAction.EditDirectory, place));
        });
    }

    private static Actor Representative(string organisation) =>
        new(Guid.NewGuid(), "Edustaja", StaffRole.Representative, NetworkSeeder.OrganisationId(organisation), NetworkSeeder.SouthSavo);
}
