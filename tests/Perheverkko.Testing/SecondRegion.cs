using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Search;

namespace Perheverkko.Testing;

/// <summary>
/// A second, fictional region beside the seeded South Savo: Kuvitteellinen hyvinvointialue with two municipalities,
/// its wellbeing county and one municipality as organisations, a coordinator and a representative, a group open to
/// the parties with a planned meeting, a 2026–2029 draft agreement, a published meeting place and activity, a draft
/// activity and an audit row. Written straight into the database, as the seeders write South Savo. Everything here is
/// made up: the names, the municipality codes (990, 991, which Statistics Finland does not use) and the people.
/// </summary>
public sealed class SecondRegion
{
    public const string Slug = "kuvitteellinen";
    public const string Name = "Kuvitteellinen hyvinvointialue";
    public const string CoordinatorEmail = "koordinaattori@kuvitteellinen.example";
    public const string RepresentativeEmail = "edustaja.keksitty@kuvitteellinen.example";
    /// <summary>The demo users' password: the accounts sign in like them.</summary>
    public const string Password = DemoData.Password;

    public const string WellbeingCountySlug = "kuvitteellinen-hyvinvointialue";
    public const string MunicipalitySlug = "keksitty";
    public const string OtherMunicipalitySlug = "tarula";
    public const string GroupSlug = "kuvitteellinen-johtoryhma";
    public const string MeetingPlaceSlug = "kohtaamispaikka-tarina";
    /// <summary>The period of the draft: the same as South Savo's version in force, so addresses must tell them apart by region.</summary>
    public const int StartYear = 2026;
    public const int EndYear = 2029;
    public const string Period = "2026-2029";

    public const string GroupName = "Kuvitteellisen LNP-johtoryhmä";
    public const string AgreementTitle = "Kuvitteellisen perhekeskusverkoston yhteistyösopimus";
    public const string PublishedActivityName = "Kuvitteellinen perhekahvila";
    public const string DraftActivityName = "Keksitty vertaisryhmä (luonnos)";
    public const string MeetingPlaceName = "Kohtaamispaikka Tarina";
    public const string AuditDetail = "kuvitteellinen: seeded audit row";

    private SecondRegion(TestApp app) => this.app = app;

    private readonly TestApp app;

    public static Guid RegionId { get; } = SeedIds.For("region", Slug);
    public static Guid MunicipalityId { get; } = SeedIds.For("municipality", MunicipalitySlug);
    public static Guid OtherMunicipalityId { get; } = SeedIds.For("municipality", OtherMunicipalitySlug);
    public static Guid WellbeingCountyId { get; } = SeedIds.For("organisation", WellbeingCountySlug);
    public static Guid MunicipalityOrganisationId { get; } = SeedIds.For("organisation", MunicipalitySlug);
    public static Guid CoordinatorId { get; } = SeedIds.For("user", CoordinatorEmail);
    public static Guid RepresentativeId { get; } = SeedIds.For("user", RepresentativeEmail);
    public static Guid GroupId { get; } = SeedIds.For("group", $"{Slug}:{GroupSlug}");
    public static Guid MeetingId { get; } = SeedIds.For("meeting", $"{Slug}:{GroupSlug}:1");
    public static Guid AgreementVersionId { get; } = SeedIds.For("agreement-version", $"{Slug}:{Period}");
    public static Guid MeetingPlaceId { get; } = SeedIds.For("meeting-place", $"{Slug}:{MeetingPlaceSlug}");
    public static Guid PublishedActivityId { get; } = SeedIds.For("activity", $"{Slug}:perhekahvila");
    public static Guid DraftActivityId { get; } = SeedIds.For("activity", $"{Slug}:vertaisryhma");

    /// <summary>When the planned meeting starts (UTC): a month after seeding.</summary>
    public DateTime MeetingStartsAt { get; private set; }

    /// <summary>Writes the region into the app's database (once per app) and indexes its published items for search.</summary>
    public static async Task<SecondRegion> SeedAsync(TestApp app)
    {
        var region = new SecondRegion(app);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        region.MeetingStartsAt = new DateTime(now.Year, now.Month, 1, 10, 0, 0, DateTimeKind.Utc).AddMonths(1);
        await app.WithDbAsync(async db =>
        {
            db.Regions.Add(new Region(RegionId, Slug, new LocalizedText(Name, "Fiktiva välfärdsområdet", "Fictional wellbeing services county"),
                RegionTerms.SouthSavo, now));
            db.Municipalities.Add(new Municipality(MunicipalityId, MunicipalitySlug, "990", new LocalizedText("Keksitty", "Påhittad", "Keksitty"), RegionId));
            db.Municipalities.Add(new Municipality(OtherMunicipalityId, OtherMunicipalitySlug, "991", new LocalizedText("Tarula", "Sagoby", "Tarula"), RegionId));
            db.Organisations.Add(Organisation.Create(WellbeingCountyId, RegionId, WellbeingCountySlug, OrganisationKind.WellbeingCounty,
                new LocalizedText(Name, "Fiktiva välfärdsområdet", "Fictional wellbeing services county"), null, null, now));
            db.Organisations.Add(Organisation.Create(MunicipalityOrganisationId, RegionId, MunicipalitySlug, OrganisationKind.Municipality,
                new LocalizedText("Keksityn kunta", "Påhittad kommun", "Municipality of Keksitty"), null, MunicipalityId, now));

            var group = Group.Create(GroupId, RegionId, GroupSlug, GroupKind.Leadership, new LocalizedText(GroupName, "Fiktiva ledningsgruppen", "Fictional leadership group"),
                "Kuvitteellisen perhekeskusverkoston johtoryhmä.", 12, GroupVisibility.StaffOfParties, now);
            db.Groups.Add(group);
            db.Meetings.Add(Meeting.Plan(MeetingId, GroupId, region.MeetingStartsAt, region.MeetingStartsAt.AddHours(2), MeetingMode.Remote,
                null, "https://meet.kuvitteellinen.example/johtoryhma", now));

            var version = new AgreementVersion(AgreementVersionId, RegionId, StartYear, EndYear, AgreementTitle);
            db.AgreementVersions.Add(version);
            db.Parties.Add(new Party(SeedIds.For("party", $"{Slug}:{Period}:{WellbeingCountySlug}"), AgreementVersionId, WellbeingCountyId, Name, 1));
            db.Parties.Add(new Party(SeedIds.For("party", $"{Slug}:{Period}:{MunicipalitySlug}"), AgreementVersionId, MunicipalityOrganisationId, "Keksityn kunta", 2));

            var place = MeetingPlace.Create(MeetingPlaceId, RegionId, MeetingPlaceSlug, MunicipalityOrganisationId,
                new MeetingPlaceDetails(new LocalizedText(MeetingPlaceName, "Mötesplatsen Saga", "Meeting place Tarina"),
                    new LocalizedText("Kuvitteellinen kohtaamispaikka testejä varten."), MeetingPlaceKind.CentralMeetingPlace, MunicipalityId,
                    "Satukatu 1", "99990", "KEKSITTY", null, null, new LocalizedText(""), [], [], [CentralOffer.OpenActivity], null, null, null, null), now);
            place.MoveTo(1, PublicationState.Published, now);
            db.MeetingPlaces.Add(place);

            var today = DateOnly.FromDateTime(now);
            var published = Activity.Create(PublishedActivityId, RegionId, MunicipalityOrganisationId, Details(PublishedActivityName, today, ActivityKind.OpenActivity), now);
            // A named leader (issue #16): a fictional employee of the municipality, in a task without children alone.
            var leader = new Worker(SeedIds.For("worker", $"{Slug}:ohjaaja"), RegionId, MunicipalityOrganisationId, "Ohjaaja Kuvitelma", null, WorkerKind.Employee, now);
            db.Workers.Add(leader);
            db.ActivityTasks.Add(new ActivityTask(SeedIds.For("activity-task", $"{Slug}:ohjaaja"), RegionId, PublishedActivityId, leader.Id,
                MunicipalityOrganisationId, TaskRole.Leads, false, now));
            published.MoveTo(1, PublicationState.Published, new ActivityPeopleGaps(LeaderNamed: true, []), now);
            db.Activities.Add(published);
            db.Activities.Add(Activity.Create(DraftActivityId, RegionId, WellbeingCountyId, Details(DraftActivityName, today, ActivityKind.PeerGroup), now));

            db.AuditRecords.Add(new AuditRecord(now, CoordinatorId, "Kerttu Kuvitelma", AuditEvent.GroupCreated, AuditOutcome.Succeeded,
                "Group", GroupId.ToString(), AuditDetail, RegionId));
            return await db.SaveChangesAsync();
        });

        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            await CreateUserAsync(users, CoordinatorId, CoordinatorEmail, "Kerttu Kuvitelma", StaffRole.Coordinator, WellbeingCountyId, now);
            await CreateUserAsync(users, RepresentativeId, RepresentativeEmail, "Keijo Keksitty", StaffRole.Representative, MunicipalityOrganisationId, now);
            await services.GetRequiredService<SearchReindex>().RunAsync(CancellationToken.None);
            // The rebuilt index reaches the catalogue by a reload: searched next, it must be in place (under load it took seconds).
            await services.GetRequiredService<DirectoryCatalogue>().CaughtUpAsync(CancellationToken.None);
        });
        return region;
    }

    /// <summary>A client signed in with a personal access token of the second region's coordinator.</summary>
    public Task<HttpClient> CoordinatorClientAsync() => app.ClientForAsync(CoordinatorEmail);

    /// <summary>A client signed in with a personal access token of the second region's representative (of Keksitty).</summary>
    public Task<HttpClient> RepresentativeClientAsync() => app.ClientForAsync(RepresentativeEmail);

    private static ActivityDetails Details(string name, DateOnly today, ActivityKind kind) => new(
        new LocalizedText(name), new LocalizedText("Kuvitteellinen toiminta testejä varten."), kind, MunicipalityId, MeetingPlaceId, null, [],
        null, null, [Audience.Families], [Topic.OpenMeeting], ["fi"],
        Schedule.EveryWeek(today.AddDays(-7), null, new TimeOnly(9, 0), new TimeOnly(11, 0), DayOfWeek.Wednesday),
        false, null, null, null, Cost.Free, null, "Kuvitteellinen ohjaaja", "Kuvitteellisen hyvinvointialueen vakuutus");

    private static async Task CreateUserAsync(UserManager<StaffUser> users, Guid id, string email, string name, StaffRole role, Guid organisationId, DateTime now)
    {
        var result = await users.CreateAsync(new StaffUser
        {
            Id = id, UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, Role = role, CreatedAt = now,
            OrganisationId = organisationId, RegionId = RegionId,
        }, Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
