using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Notifications;

namespace Perheverkko.Web.Platform.Data;

/// <summary>The one database of the application, the same model on SQLite and PostgreSQL.</summary>
public class PerheverkkoDb(DbContextOptions<PerheverkkoDb> options)
    : IdentityUserContext<StaffUser, Guid>(options), IDataProtectionKeyContext
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
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC. SQLite hands back Unspecified; PostgreSQL's timestamptz insists on Utc.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PerheverkkoDb).Assembly);
        StoreEnumsAsText(builder);
        AssignGuidKeysInCode(builder);
    }

    /// <summary>Enums are stored by name: readable in the database and safe when members are reordered.</summary>
    private static void StoreEnumsAsText(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        foreach (var property in entity.GetProperties())
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (!type.IsEnum) continue;
            property.SetValueConverter((ValueConverter)Activator.CreateInstance(typeof(EnumToStringConverter<>).MakeGenericType(type), [null])!);
            property.SetMaxLength(40);
        }
    }

    /// <summary>
    /// Guid keys are made in code (version 7, or stable seed ids), never by the database, so EF Core treats a new
    /// child found through a navigation as added rather than as an existing row.
    /// </summary>
    private static void AssignGuidKeysInCode(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var key = entity.FindPrimaryKey();
            if (key is { Properties: [{ ClrType: var type } property] } && type == typeof(Guid)) property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
