using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// An organisation's link to the national service catalogue: its PTV organisation id (enough to import, PTV's Open API
/// is public) and the credentials of its PTV API user (needed to export: PTV's input API gives each organisation its own
/// user). The password is kept only protected (<see cref="PtvSecrets"/>) and never shown again.
/// </summary>
public sealed class PtvConnection : IRegionOwned
{
    private PtvConnection() { }

    public Guid OrganisationId { get; private set; }
    public Guid RegionId { get; private set; }
    /// <summary>The organisation's id in PTV.</summary>
    public Guid? PtvOrganisationId { get; private set; }
    /// <summary>The PTV API user (palveluhallinta's "API-tunnus").</summary>
    public string? ApiUsername { get; private set; }
    /// <summary>The API user's password, protected with ASP.NET Data Protection (keys in the database).</summary>
    public string? ProtectedApiPassword { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>When an import was last applied.</summary>
    public DateTime? LastImportedAt { get; private set; }

    public bool CanExport => PtvOrganisationId is not null && ApiUsername is not null && ProtectedApiPassword is not null;

    public static PtvConnection Create(Guid organisationId, Guid regionId, DateTime now) =>
        new() { OrganisationId = organisationId, RegionId = regionId, UpdatedAt = now };

    public void SetPtvOrganisation(Guid? ptvOrganisationId, DateTime now)
    {
        PtvOrganisationId = ptvOrganisationId;
        UpdatedAt = now;
    }

    /// <param name="protectedPassword">Null keeps the password there is (a form never shows it back).</param>
    public void SetCredentials(string? username, string? protectedPassword, DateTime now)
    {
        ApiUsername = username;
        if (username is null) ProtectedApiPassword = null;
        else if (protectedPassword is not null) ProtectedApiPassword = protectedPassword;
        UpdatedAt = now;
    }

    public void RecordImport(DateTime now) => LastImportedAt = now;
}

/// <summary>The PTV API password in and out of its protected form; the purpose string keeps it apart from every other secret.</summary>
public static class PtvSecrets
{
    private const string Purpose = "Perheverkko.Ptv.ApiPassword.v1";

    public static string Protect(IDataProtectionProvider protection, string password) => protection.CreateProtector(Purpose).Protect(password);

    public static string Unprotect(IDataProtectionProvider protection, string protectedPassword) =>
        protection.CreateProtector(Purpose).Unprotect(protectedPassword);
}

public sealed class PtvConnectionConfiguration : IEntityTypeConfiguration<PtvConnection>
{
    public void Configure(EntityTypeBuilder<PtvConnection> builder)
    {
        builder.HasKey(c => c.OrganisationId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.ApiUsername).HasMaxLength(200);
        builder.Property(c => c.ProtectedApiPassword).HasMaxLength(2000);
    }
}
