using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Search;
using static Perheverkko.Testing.DirectoryTestData;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.FamilyDirectory;

/// <summary>Publishing never shows another organisation's draft (issue #12 item 4).</summary>
public sealed class DirectoryIntegrityTests
{
    [Theory, BothDatabases]
    public async Task An_activity_points_only_at_a_published_place_or_its_own_and_is_not_published_at_another_organisations_draft(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        // The parish's family room is published: the city may hold its activity there.
        var atParish = await CreateAsync(mikkeli, Activity("Vauvaryhmä", Mikkeli, ParishRoom, Weekly("Tuesday", "2030-01-01"), organisation: MikkeliCity));

        // The parish takes its room back to draft: nobody else may point at it now, and the activity is not published there.
        await app.WithDbAsync(async db =>
        {
            var room = await db.MeetingPlaces.SingleAsync(p => p.Id == ParishRoom);
            room.MoveTo(room.Version, PublicationState.Draft, app.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });
        var refused = await mikkeli.PostAsJsonAsync("/api/v1/activities",
            Activity("Toinen ryhmä", Mikkeli, ParishRoom, Weekly("Friday", "2030-01-01"), organisation: MikkeliCity));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("meetingPlaceId", await refused.Content.ReadAsStringAsync());
        await NameLeaderAsync(app, atParish);
        var publish = await MoveAsync(mikkeli, atParish, 1, "Published");
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        Assert.Equal("directory.place_not_public", Code(await publish.Content.ReadAsStringAsync()));
        Assert.Equal(PublicationState.Draft, await app.WithDbAsync(db => db.Activities.Where(a => a.Id == atParish).Select(a => a.State).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Activities.CountAsync(a => a.Name.Fi == "Vauvaryhmä" || a.Name.Fi == "Toinen ryhmä")));

        // The city's own draft place is its own to point at.
        var ownDraft = await app.WithDbAsync(db => db.MeetingPlaces.Where(p => p.OrganisationId == MikkeliCity).Select(p => p.Id).FirstAsync());
        await app.WithDbAsync(async db =>
        {
            var place = await db.MeetingPlaces.SingleAsync(p => p.Id == ownDraft);
            if (place.State == PublicationState.Published) place.MoveTo(place.Version, PublicationState.Draft, app.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });
        await CreateAsync(mikkeli, Activity("Oma ryhmä", Mikkeli, ownDraft, Weekly("Monday", "2030-01-01"), organisation: MikkeliCity));
    }

    [Theory, BothDatabases]
    public async Task A_place_taken_back_to_draft_is_no_longer_named_by_the_activities_published_there(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var activity = await CreateAsync(mikkeli, Activity("Isä-lapsi-ryhmä", Mikkeli, ParishRoom, Weekly("Tuesday", "2030-01-01"), organisation: MikkeliCity));
        await NameLeaderAsync(app, activity);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(mikkeli, activity, 1, "Published")).StatusCode);
        var room = await app.WithDbAsync(db => db.MeetingPlaces.Where(p => p.Id == ParishRoom).Select(p => p.Name.Fi).SingleAsync());
        var anonymous = app.CreateClient();
        string[] reads = [$"/directory/activities/{activity}", $"/api/v1/activities/{activity}", $"/directory/activities/{activity}/calendar.ics",
            "/directory/municipalities/mikkeli", "/directory?q=Isä-lapsi-ryhmä"];
        foreach (var read in reads) Assert.Contains(room, await anonymous.GetStringAsync(read));
        Assert.True(await FoundByAsync(app, room, activity));

        // The parish's room goes back to draft (the coordinator does it for the parish): the city's published activity
        // stays, without naming the room, and a search for the room's name no longer finds it.
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var roomVersion = await app.WithDbAsync(db => db.MeetingPlaces.Where(p => p.Id == ParishRoom).Select(p => p.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(coordinator, ParishRoom, roomVersion, "Draft", "meeting-places")).StatusCode);
        Assert.False(await FoundByAsync(app, room, activity));
        foreach (var read in reads)
        {
            var body = await anonymous.GetStringAsync(read);
            Assert.DoesNotContain(room, body);
            if (!read.StartsWith("/directory/municipalities", StringComparison.Ordinal)) Assert.Contains("Isä-lapsi-ryhmä", body);
        }
    }

    /// <summary>Whether the activity's search-index row answers the query (asked of the index itself, so ranking is no matter).</summary>
    private static async Task<bool> FoundByAsync(TestApp app, string query, Guid activity)
    {
        var found = false;
        await app.WithScopeAsync(async services => found = (await services.GetRequiredService<SearchIndex>()
            .FindAsync(query, [DirectorySearchDocuments.ActivityKind], 10, CancellationToken.None, within: [activity])).Count > 0);
        return found;
    }
}
