using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Governance;

/// <summary>Groups on the access engine: its relationships to a group, and a group of another region as not found.</summary>
public sealed class GroupAccessTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid Savonlinna = NetworkSeeder.OrganisationId("savonlinna");

    private static async Task<string> NotFoundCodeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        return await CodeOfAsync(response);
    }

    [Fact]
    public async Task The_engine_grants_the_chair_and_the_secretary_their_work_and_a_member_only_the_reading_for_a_whole_page_of_groups()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var year = app.Clock.GetUtcNow().Year;
        var current = await app.WithDbAsync(db => db.AgreementVersions.Where(v => v.StartYear <= year && v.EndYear >= year).Select(v => v.Id).SingleAsync());
        var closed = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/groups",
            new { slug = "suljettu-tyoryhma", kind = "DeveloperNetwork", name = new { fi = "Suljettu työryhmä" }, meetingsPerYear = 4, visibility = "MembersOnly" }));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{closed}/roles",
            new { kind = "Chair", agreementVersionId = current, staffUserId = SeedIds.For("user", DemoUsers.MikkeliRepresentative) }));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{closed}/roles",
            new { kind = "Secretary", agreementVersionId = current, staffUserId = SeedIds.For("user", DemoUsers.Professional) }));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{closed}/memberships",
            new { staffUserId = SeedIds.For("user", DemoUsers.SavonlinnaRepresentative), organisationId = Savonlinna, role = "Member", from = "2020-01-01" }));

        var page = await app.WithDbAsync(db => db.Groups.Where(g => g.Id == closed || g.Id == Leadership).ToListAsync());
        StaffAction[] candidates = [StaffAction.ViewGroup, StaffAction.PrepareMeeting, StaffAction.RecordMeeting, StaffAction.ApproveMinutes, StaffAction.ManageGroups];
        async Task<(IReadOnlyList<string> Closed, IReadOnlyList<string> Open)> PermittedAsync(string email, StaffRole role, Guid? organisation)
        {
            (IReadOnlyList<string>, IReadOnlyList<string>) result = default;
            await app.WithScopeAsync(async services =>
            {
                var actor = new Actor(SeedIds.For("user", email), email, role, organisation, NetworkSeeder.SouthSavo);
                var permitted = await services.GetRequiredService<AccessControl>()
                    .PermittedAsync(actor, page.Select(GroupRelationships.ObjectOf).ToList(), candidates, CancellationToken.None);
                result = (permitted.For(closed), permitted.For(Leadership));
            });
            return result;
        }

        var chair = await PermittedAsync(DemoUsers.MikkeliRepresentative, StaffRole.Representative, Mikkeli);
        Assert.Equal(["ViewGroup", "PrepareMeeting", "RecordMeeting", "ApproveMinutes"], chair.Closed);
        Assert.Equal(["ViewGroup"], chair.Open); // open to the parties' staff; chair of the other group only
        var secretary = await PermittedAsync(DemoUsers.Professional, StaffRole.Professional, null);
        Assert.Equal(["ViewGroup", "RecordMeeting"], secretary.Closed);
        var member = await PermittedAsync(DemoUsers.SavonlinnaRepresentative, StaffRole.Representative, Savonlinna);
        Assert.Equal(["ViewGroup"], member.Closed);
        var lead = await PermittedAsync(DemoUsers.Coordinator, StaffRole.Coordinator, null);
        Assert.Equal(["ViewGroup", "PrepareMeeting", "RecordMeeting", "ManageGroups"], lead.Closed);

        // Through the API: the chair plans and sees the buttons; a staff member outside the members-only group is refused (403).
        var chairClient = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var meeting = await CreatedIdAsync(await chairClient.PostAsJsonAsync($"/api/v1/groups/{closed}/meetings",
            new { date = app.NextYearOn(4, 6).Iso(), startTime = "09:00:00", endTime = "10:00:00", mode = "Remote" }));
        var view = await chairClient.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}");
        Assert.Equal(["PrepareMeeting"], view.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));
        var member2 = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        Assert.Equal(HttpStatusCode.OK, (await member2.GetAsync($"/api/v1/groups/{closed}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member2.PostAsync($"/api/v1/meetings/{meeting}/invitations", null)).StatusCode);
    }

    [Fact]
    public async Task A_group_of_another_region_is_not_found_and_a_new_group_starts_from_its_own_regions_terms()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var north = Guid.CreateVersion7();
        var terms = RegionTerms.SouthSavo with { LeadershipMeetingsPerYear = 6, DefaultQuorum = QuorumThreshold.AtLeastTwoThirds, DefaultMinutesApproval = MinutesApproval.AtNextMeeting };
        await app.WithDbAsync(async db =>
        {
            db.Regions.Add(new Region(north, "pohjoinen-testialue", new LocalizedText("Pohjoinen testialue"), terms, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        const string northCoordinator = "koordinaattori@pohjoinen.example";
        await app.WithScopeAsync(async services =>
        {
            var created = await services.GetRequiredService<UserManager<StaffUser>>().CreateAsync(new StaffUser
            {
                Id = Guid.CreateVersion7(), UserName = northCoordinator, Email = northCoordinator, EmailConfirmed = true,
                DisplayName = "Noora Pohjoinen", Role = StaffRole.Coordinator, RegionId = north, CreatedAt = DateTime.UtcNow,
            }, Web.Features.Accounts.DemoData.Password);
            Assert.True(created.Succeeded);
        });
        var theirs = await app.ClientForAsync(northCoordinator);
        var ours = await app.ClientForAsync(DemoUsers.Coordinator);
        var ourMeeting = await CreatedIdAsync(await ours.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = app.NextYearOn(5, 4).Iso(), startTime = "09:00:00", endTime = "10:00:00", mode = "Remote" }));

        // South Savo's groups and meetings do not exist for the other region's coordinator.
        Assert.Equal("group.not_found", await NotFoundCodeAsync(await theirs.GetAsync($"/api/v1/groups/{Leadership}")));
        Assert.Equal("group.not_found", await NotFoundCodeAsync(await theirs.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = app.NextYearOn(5, 4).Iso(), startTime = "09:00:00", endTime = "10:00:00", mode = "Remote" })));
        Assert.Equal("meeting.not_found", await NotFoundCodeAsync(await theirs.GetAsync($"/api/v1/meetings/{ourMeeting}")));
        Assert.Empty((await theirs.GetFromJsonAsync<JsonElement[]>("/api/v1/groups"))!);

        // The same short name is free in their region; the new leadership group takes their terms, rhythm included.
        var group = await CreatedIdAsync(await theirs.PostAsJsonAsync("/api/v1/groups",
            new { slug = GovernanceSeeder.LeadershipGroup, kind = "Leadership", name = new { fi = "Johtoryhmä" }, visibility = "StaffOfParties" }));
        var made = await app.WithDbAsync(db => db.Groups.AsNoTracking().SingleAsync(g => g.Id == group));
        Assert.Equal((north, 6, QuorumThreshold.AtLeastTwoThirds, MinutesApproval.AtNextMeeting), (made.RegionId, made.MeetingsPerYear, made.Quorum, made.MinutesApproval));
        Assert.Equal(HttpStatusCode.NotFound, (await ours.GetAsync($"/api/v1/groups/{group}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync(DemoUsers.Professional)).GetAsync($"/api/v1/groups/{group}")).StatusCode);

        // A change of the terms is for groups made after it.
        await app.WithDbAsync(async db =>
        {
            var region = await db.Regions.SingleAsync(r => r.Id == north);
            region.ChangeTerms(region.Version, terms with { DefaultQuorum = QuorumThreshold.MoreThanHalf, LeadershipMeetingsPerYear = 4 }, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        made = await app.WithDbAsync(db => db.Groups.AsNoTracking().SingleAsync(g => g.Id == group));
        Assert.Equal((6, QuorumThreshold.AtLeastTwoThirds), (made.MeetingsPerYear, made.Quorum));
    }
}
