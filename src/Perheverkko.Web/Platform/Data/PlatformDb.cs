using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Platform.Data;

/// <summary>
/// The platform's view of the one database: staff accounts, access tokens, the audit trail, the outbox, job leases
/// and data-protection keys, and the conventions of the whole model. The app's database
/// (<c>Perheverkko.Web.Data.PerheverkkoDb</c>) derives from it and adds the features' tables, so the platform's
/// services work on the same context and transaction without knowing any feature.
/// </summary>
public abstract class PlatformDb(DbContextOptions options, CurrentRegion? currentRegion)
    : IdentityUserContext<StaffUser, Guid>(options), IDataProtectionKeyContext
{
    private readonly Lazy<Guid?> confinedToRegion = new(() => currentRegion?.RegionId);

    /// <summary>
    /// The region every query of this context is confined to (the caller's), or null for none. Read once: a context
    /// lives for one request. Contexts made outside a request (jobs, the command line, tests) are unconfined.
    /// </summary>
    public Guid? ConfinedToRegion => confinedToRegion.Value;

    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditSeal> AuditSeals => Set<AuditSeal>();
    public DbSet<Changes.DataChange> DataChanges => Set<Changes.DataChange>();

    /// <summary>
    /// Every save records what it changed (<see cref="Changes.DataChange"/>) in the same transaction, so every app
    /// instance's in-memory copies (the search catalogue, the output cache) follow through <see cref="Changes.ChangeFeed"/>.
    /// The rows' time is the machine's, not the app's clock: they are bookkeeping, pruned by age (tests move the app's clock by years).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        DataChanges.AddRange(Changes.DataChange.For(ChangeTracker, Changes.MachineTime.Now));
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        Changes.ChangeSignal.Saved(this);
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        DataChanges.AddRange(Changes.DataChange.For(ChangeTracker, Changes.MachineTime.Now));
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        Changes.ChangeSignal.Saved(this);
        return saved;
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(Changes.ChangeSignal.OnCommit);

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
        ConfineToRegion(builder);
    }

    /// <summary>
    /// Every region-owned row carries the <see cref="RegionFilter"/>: a regional staff member's queries see only their
    /// region's rows, so another region's record is simply not found (404), through any page, endpoint or feed.
    /// Public reads opt out with <see cref="RegionFilter.AcrossRegions{T}"/>.
    /// </summary>
    private void ConfineToRegion(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.BaseType is null && !e.IsOwned()).ToList())
        {
            var type = entity.ClrType;
            if (!typeof(IRegionOwned).IsAssignableFrom(type) && !typeof(IRegionStamped).IsAssignableFrom(type)) continue;
            var row = Expression.Parameter(type, "row");
            var confined = Expression.Property(Expression.Constant(this), nameof(ConfinedToRegion));
            var region = Expression.Convert(Expression.Property(row, nameof(IRegionOwned.RegionId)), typeof(Guid?));
            var body = Expression.OrElse(Expression.Equal(confined, Expression.Constant(null, typeof(Guid?))), Expression.Equal(region, confined));
            builder.Entity(type).HasQueryFilter(RegionFilter.Name, Expression.Lambda(body, row));
        }
    }

    /// <summary>Enums are stored by name: readable in the database and safe when members are reordered.</summary>
    private static void StoreEnumsAsText(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        foreach (var property in entity.GetProperties().Concat(entity.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties())))
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
