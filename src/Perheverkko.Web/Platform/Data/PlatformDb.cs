using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Notifications;

namespace Perheverkko.Web.Platform.Data;

/// <summary>
/// The platform's view of the one database: staff accounts, access tokens, the audit trail, the outbox, job leases
/// and data-protection keys, and the conventions of the whole model. The app's database
/// (<c>Perheverkko.Web.Data.PerheverkkoDb</c>) derives from it and adds the features' tables, so the platform's
/// services work on the same context and transaction without knowing any feature.
/// </summary>
public abstract class PlatformDb(DbContextOptions options)
    : IdentityUserContext<StaffUser, Guid>(options), IDataProtectionKeyContext
{
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
        builder.ApplyConfigurationsFromAssembly(GetType().Assembly);
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
