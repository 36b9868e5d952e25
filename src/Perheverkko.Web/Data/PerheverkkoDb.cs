using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Data;

/// <summary>
/// The one database of the application, the same model on SQLite and PostgreSQL: the platform's tables
/// (<see cref="PlatformDb"/>) and every feature's. Each feature's configuration lives beside its entities
/// (<c>Features/&lt;Area&gt;/&lt;Area&gt;Configuration.cs</c>) and is found by the platform's model building.
/// </summary>
public sealed class PerheverkkoDb(DbContextOptions<PerheverkkoDb> options) : PlatformDb(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();
    public DbSet<FamilyCentre> FamilyCentres => Set<FamilyCentre>();
    public DbSet<MeetingPlace> MeetingPlaces => Set<MeetingPlace>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<AgreementVersion> AgreementVersions => Set<AgreementVersion>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<AgreementSection> AgreementSections => Set<AgreementSection>();
    public DbSet<BackgroundDocument> BackgroundDocuments => Set<BackgroundDocument>();
    public DbSet<SectionComment> SectionComments => Set<SectionComment>();
    public DbSet<LeadershipProcessing> LeadershipProcessings => Set<LeadershipProcessing>();
    public DbSet<PartySignatory> PartySignatories => Set<PartySignatory>();
    public DbSet<PartyDecision> PartyDecisions => Set<PartyDecision>();
    public DbSet<DecisionAttachment> DecisionAttachments => Set<DecisionAttachment>();
    public DbSet<SigningEvent> SigningEvents => Set<SigningEvent>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<GroupRole> GroupRoles => Set<GroupRole>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<DecisionNumber> DecisionNumbers => Set<DecisionNumber>();
    public DbSet<MinutesVersion> MinutesVersions => Set<MinutesVersion>();
    public DbSet<AgendaAttachment> AgendaAttachments => Set<AgendaAttachment>();
    public DbSet<AbsenceNotice> AbsenceNotices => Set<AbsenceNotice>();
    public DbSet<OrganHandling> OrganHandlings => Set<OrganHandling>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
}
