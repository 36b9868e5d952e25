using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// Two regions in one deployment (issue 11): South Savo as seeded and the fictional <see cref="SecondRegion"/>. The
/// coordinator of each sees only their own region's drafts, groups, meetings, signing and audit trail, and finds the
/// other region's objects not at all (404); the public directory and HSDS list the published items of both.
/// </summary>
public sealed class TwoRegionTests
{
    private const string SouthSavoAuditDetail = "etela-savo: seeded audit row";
    private const string SouthSavoGroupName = "LNP-johtoryhmä";
    private const string SouthSavoParty = "Mikkelin kaupunki";
    private const string SecondRegionParty = "Keksityn kunta";
    private static readonly string SouthSavoTitle = SouthSavoNetwork.Periods.Single(p => p.StartYear == SecondRegion.StartYear).Title;
    /// <summary>Serves every municipality of South Savo (no municipality of its own): a region-wide published service.</summary>
    private static readonly Guid SouthSavoRegionWideService = DirectorySeeder.ServiceId("lapsiperheiden-kotipalvelu");

    private static readonly Guid SouthSavoGroup = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid SouthSavoDraftActivity = DirectorySeeder.ActivityId("satutuokio-mikkeli");
    private static readonly Guid SouthSavoPublishedActivity = DirectorySeeder.ActivityId("perhekerho-mikkeli");
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    private sealed record Coordinators(HttpClient SouthSavo, HttpClient Second, Guid SouthSavoMeeting, int MeetingYear);

    /// <summary>Both regions, a meeting planned in South Savo's leadership group and a South Savo audit row beside the second region's.</summary>
    private static async Task<Coordinators> StartAsync(TestApp app)
    {
        var region = await SecondRegion.SeedAsync(app);
        var meeting = Guid.CreateVersion7();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(db =>
        {
            db.Meetings.Add(Meeting.Plan(meeting, SouthSavoGroup, region.MeetingStartsAt, region.MeetingStartsAt.AddHours(2), MeetingMode.Remote,
                null, "https://meet.perheverkko.example/lnp", now));
            db.AuditRecords.Add(new AuditRecord(now, null, "Maija Meikäläinen", AuditEvent.GroupCreated, AuditOutcome.Succeeded,
                "Group", SouthSavoGroup.ToString(), SouthSavoAuditDetail, NetworkSeeder.SouthSavo));
            return db.SaveChangesAsync();
        });
        return new Coordinators(await app.ClientForAsync(DemoUsers.Coordinator), await region.CoordinatorClientAsync(), meeting, region.MeetingStartsAt.Year);
    }

    [Theory, BothDatabases]
    public async Task Each_coordinator_sees_only_their_own_regions_drafts_groups_meetings_signing_and_audit_trail(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (southSavo, second, southSavoMeeting, meetingYear) = await StartAsync(app);

        // The 2026–2029 draft: the same period in both regions, each coordinator's own.
        var own = await JsonAsync(southSavo, $"/api/v1/agreement-versions/{SecondRegion.Period}");
        Sees(SouthSavoParty, own);
        DoesNotSee(SecondRegionParty, own);
        DoesNotSee(SecondRegion.AgreementVersionId.ToString(), own);
        var theirs = await JsonAsync(second, $"/api/v1/agreement-versions/{SecondRegion.Period}");
        Sees(SecondRegion.AgreementVersionId.ToString(), theirs);
        Sees(SecondRegionParty, theirs);
        DoesNotSee(SouthSavoParty, theirs);

        // The staff agreement page of the period.
        var ownPage = await PageAsync(southSavo, $"/staff/agreement/{SecondRegion.Period}");
        Sees(SouthSavoTitle, ownPage);
        DoesNotSee(SecondRegion.AgreementTitle, ownPage);
        var theirPage = await PageAsync(second, $"/staff/agreement/{SecondRegion.Period}");
        Sees(SecondRegion.AgreementTitle, theirPage);
        DoesNotSee(SouthSavoTitle, theirPage);

        // Groups.
        var ownGroups = await JsonAsync(southSavo, "/api/v1/groups");
        Sees(SouthSavoGroup.ToString(), ownGroups);
        DoesNotSee(SecondRegion.GroupId.ToString(), ownGroups);
        var theirGroups = await JsonAsync(second, "/api/v1/groups");
        Sees(SecondRegion.GroupId.ToString(), theirGroups);
        DoesNotSee(SouthSavoGroup.ToString(), theirGroups);

        // Meetings: the staff list of meetings and each meeting by id.
        var ownMeetings = await PageAsync(southSavo, $"/staff/meetings?year={meetingYear}");
        Sees(southSavoMeeting.ToString(), ownMeetings);
        DoesNotSee(SecondRegion.MeetingId.ToString(), ownMeetings);
        var theirMeetings = await PageAsync(second, $"/staff/meetings?year={meetingYear}");
        Sees(SecondRegion.MeetingId.ToString(), theirMeetings);
        DoesNotSee(southSavoMeeting.ToString(), theirMeetings);
        Sees(SecondRegion.GroupName, await JsonAsync(second, $"/api/v1/meetings/{SecondRegion.MeetingId}"));
        Sees(SouthSavoGroupName, await JsonAsync(southSavo, $"/api/v1/meetings/{southSavoMeeting}"));

        // The signing dashboard of the period.
        var ownSigning = await JsonAsync(southSavo, $"/api/v1/agreement-versions/{SecondRegion.Period}/signing");
        Sees(Mikkeli.ToString(), ownSigning);
        DoesNotSee(SecondRegion.MunicipalityOrganisationId.ToString(), ownSigning);
        var theirSigning = await JsonAsync(second, $"/api/v1/agreement-versions/{SecondRegion.Period}/signing");
        Sees(SecondRegion.MunicipalityOrganisationId.ToString(), theirSigning);
        Sees(SecondRegion.AgreementVersionId.ToString(), theirSigning);
        DoesNotSee(Mikkeli.ToString(), theirSigning);

        // The audit trail.
        var ownAudit = await JsonAsync(southSavo, "/api/v1/audit?event=GroupCreated");
        Sees(SouthSavoAuditDetail, ownAudit);
        DoesNotSee(SecondRegion.AuditDetail, ownAudit);
        var theirAudit = await JsonAsync(second, "/api/v1/audit?event=GroupCreated");
        Sees(SecondRegion.AuditDetail, theirAudit);
        DoesNotSee(SouthSavoAuditDetail, theirAudit);
    }

    [Theory, BothDatabases]
    public async Task Each_coordinator_finds_nothing_of_the_other_region(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (southSavo, second, southSavoMeeting, _) = await StartAsync(app);

        foreach (var path in new[]
        {
            $"/api/v1/groups/{SecondRegion.GroupId}",
            $"/api/v1/meetings/{SecondRegion.MeetingId}",
            $"/api/v1/activities/{SecondRegion.DraftActivityId}/staff-view",
            $"/api/v1/activities/{SecondRegion.PublishedActivityId}/staff-view",
            $"/api/v1/meeting-places/{SecondRegion.MeetingPlaceId}/staff-view",
            $"/api/v1/organisations/{SecondRegion.MunicipalityOrganisationId}/staff-view",
            $"/api/v1/organisations/{SecondRegion.WellbeingCountyId}/staff-view",
        })
            await NotFoundAsync(southSavo, path);

        foreach (var path in new[]
        {
            $"/api/v1/groups/{SouthSavoGroup}",
            $"/api/v1/meetings/{southSavoMeeting}",
            $"/api/v1/activities/{SouthSavoDraftActivity}/staff-view",
            $"/api/v1/activities/{SouthSavoPublishedActivity}/staff-view",
            $"/api/v1/meeting-places/{DirectorySeeder.PlaceId("kohtaamispaikka-kaisla")}/staff-view",
            $"/api/v1/organisations/{Mikkeli}/staff-view",
        })
            await NotFoundAsync(second, path);

        // The same on the staff pages: no such group or meeting.
        await NotFoundAsync(southSavo, $"/staff/groups/{SecondRegion.GroupId}");
        await NotFoundAsync(southSavo, $"/staff/meetings/{SecondRegion.MeetingId}");
        await NotFoundAsync(second, $"/staff/groups/{SouthSavoGroup}");
        await NotFoundAsync(second, $"/staff/meetings/{southSavoMeeting}");
    }

    [Theory, BothDatabases]
    public async Task The_public_directory_and_HSDS_list_the_published_items_of_both_regions(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (_, second, _, _) = await StartAsync(app);
        var anonymous = app.Anonymous();

        await FindsBothRegionsAsync(anonymous);

        // Both regions' published activities in one unfiltered HSDS listing.
        var all = string.Join('\n', await AllHsdsServiceIdsAsync(anonymous));
        Sees(SecondRegion.PublishedActivityId.ToString(), all);
        Sees(SouthSavoPublishedActivity.ToString(), all);
        DoesNotSee(SecondRegion.DraftActivityId.ToString(), all);

        // A signed-in staff member of the second region finds South Savo's published items as anyone does.
        await FindsBothRegionsAsync(second);
    }

    [Theory, BothDatabases]
    public async Task A_national_administrator_cannot_link_another_regions_meeting_to_a_versions_processing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (_, _, southSavoMeeting, _) = await StartAsync(app);
        var admin = await app.ClientForAsync(DemoUsers.Admin);
        // A national administrator works in the default region (South Savo) when a request names none, and sees every region's meetings.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/agreement-versions",
            new { from = "2024-2025", startYear = 2030, endYear = 2031, title = "Lyhyt sopimus" })).StatusCode);

        var foreign = await admin.PostAsJsonAsync("/api/v1/agreement-versions/2030-2031/processing", new { meetingId = SecondRegion.MeetingId });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("agreement.meeting_not_found", await ApiResponses.CodeOfAsync(foreign));
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/agreement-versions/2030-2031/processing",
            new { meetingId = southSavoMeeting })).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task A_calendar_feed_lists_only_meetings_of_its_owners_region(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await StartAsync(app);
        // Mikkeli's representative sits in South Savo's leadership group and, by a slip of data, in the second region's group;
        // both groups have a meeting out of the planning state (a cancelled one stays in a feed, marked so).
        var representative = SeedIds.For("user", DemoUsers.MikkeliRepresentative);
        var southSavoMeeting = await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var person = new PersonRef(representative, "Matti Meikäläinen", DemoUsers.MikkeliRepresentative);
            foreach (var groupId in new[] { GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup), SecondRegion.GroupId })
            {
                var group = await db.Groups.Include(g => g.Memberships).SingleAsync(g => g.Id == groupId);
                group.AddMembership(person, NetworkSeeder.OrganisationId("mikkeli"), MembershipRole.Member, null, HelsinkiTime.Today(app.Clock).AddDays(-1), null, now);
            }
            var meeting = Meeting.Plan(Guid.CreateVersion7(), GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup), now.AddDays(14), now.AddDays(14).AddHours(2),
                MeetingMode.Remote, null, null, now);
            meeting.Cancel(now);
            db.Meetings.Add(meeting);
            (await db.Meetings.SingleAsync(m => m.Id == SecondRegion.MeetingId)).Cancel(now);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(browser, DemoUsers.MikkeliRepresentative);
        var html = await (await Forms.PostAsync(browser, "/staff/profile", new Dictionary<string, string>(), "/staff/profile?handler=CreateCalendarFeed"))
            .Content.ReadAsStringAsync();
        var feed = new Uri(System.Text.RegularExpressions.Regex.Match(html, "https?://[^<\"]+/calendar/cal_[A-Za-z0-9_-]+\\.ics").Value);
        var calendar = await app.Anonymous().GetStringAsync(feed.PathAndQuery);
        Assert.Contains(MeetingCalendar.Uid(southSavoMeeting), calendar);
        Assert.DoesNotContain(MeetingCalendar.Uid(SecondRegion.MeetingId), calendar);
    }

    [Theory, BothDatabases]
    public async Task Filtering_the_directory_by_a_municipality_finds_nothing_of_another_region(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await StartAsync(app);
        var keksitty = await JsonAsync(app.Anonymous(), $"/api/v1/directory?municipality={SecondRegion.MunicipalitySlug}");
        Sees(SecondRegion.PublishedActivityId.ToString(), keksitty);
        // Not even a region-wide service of South Savo (one with no municipality of its own).
        DoesNotSee(SouthSavoRegionWideService.ToString(), keksitty);
    }

    private static async Task FindsBothRegionsAsync(HttpClient client)
    {
        var mikkeli = await JsonAsync(client, "/api/v1/directory?municipality=mikkeli");
        Sees(SouthSavoPublishedActivity.ToString(), mikkeli);
        DoesNotSee(SouthSavoDraftActivity.ToString(), mikkeli);
        var keksitty = await JsonAsync(client, $"/api/v1/directory?municipality={SecondRegion.MunicipalitySlug}");
        Sees(SecondRegion.PublishedActivityId.ToString(), keksitty);
        Sees(SecondRegion.MeetingPlaceId.ToString(), keksitty);
        DoesNotSee(SecondRegion.DraftActivityId.ToString(), keksitty);
        DoesNotSee(SouthSavoPublishedActivity.ToString(), keksitty);

        var searched = await JsonAsync(client, "/api/v1/directory?q=perhekahvila");
        Sees(SecondRegion.PublishedActivityId.ToString(), searched);

        var hsdsSecond = await JsonAsync(client, $"/hsds/services?organization_id={SecondRegion.MunicipalityOrganisationId}&per_page=50");
        Sees(SecondRegion.PublishedActivityId.ToString(), hsdsSecond);
        DoesNotSee(SecondRegion.DraftActivityId.ToString(), hsdsSecond);
        // Mikkeli's family club is run by MLL Järvi-Suomi (the demo programme).
        var hsdsMll = await JsonAsync(client, $"/hsds/services?organization_id={NetworkSeeder.OrganisationId("mll-jarvi-suomi")}&per_page=50");
        Sees(SouthSavoPublishedActivity.ToString(), hsdsMll);
        DoesNotSee(SecondRegion.PublishedActivityId.ToString(), hsdsMll);
    }

    /// <summary>Fails with the whole answer (an API answer's strings, or a page) unless it holds <paramref name="expected"/>.</summary>
    private static void Sees(string expected, string answer) =>
        Assert.True(answer.Contains(expected, StringComparison.Ordinal), $"Expected to find \"{expected}\" in:\n{answer}");

    private static void DoesNotSee(string unexpected, string answer) =>
        Assert.False(answer.Contains(unexpected, StringComparison.Ordinal), $"Expected not to find \"{unexpected}\" in:\n{answer}");

    private static async Task<HashSet<string>> AllHsdsServiceIdsAsync(HttpClient client)
    {
        var ids = new HashSet<string>();
        for (var page = 1; page < 50; page++)
        {
            var response = await client.GetAsync($"/hsds/services?page={page}&per_page=50");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            var contents = json.GetProperty("contents");
            foreach (var service in contents.EnumerateArray()) ids.Add(service.GetProperty("id").GetString()!);
            if (contents.GetArrayLength() < 50) break;
        }
        return ids;
    }

    /// <summary>Every string of a JSON answer (names unescaped), one per line: what the answer tells, to look into.</summary>
    private static async Task<string> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}: {body}");
        var strings = new List<string>();
        Collect(JsonDocument.Parse(body).RootElement, strings);
        return string.Join('\n', strings);
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object: foreach (var p in element.EnumerateObject()) Collect(p.Value, strings); break;
            case JsonValueKind.Array: foreach (var item in element.EnumerateArray()) Collect(item, strings); break;
            case JsonValueKind.String: strings.Add(element.GetString()!); break;
        }
    }

    /// <summary>A staff page's HTML with its entities decoded.</summary>
    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        return WebUtility.HtmlDecode(body);
    }

    private static async Task NotFoundAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.NotFound,
            $"GET {path}: expected 404, got {(int)response.StatusCode} {response.Headers.Location} {await response.Content.ReadAsStringAsync()}");
    }
}
