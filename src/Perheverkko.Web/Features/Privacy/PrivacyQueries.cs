using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Privacy;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Privacy;

/// <summary>
/// The data controller of a region's network: the administering party (001 §19), by default the region's wellbeing
/// county. <see cref="Contact"/> and <see cref="ProtectionOfficer"/> are the deployment's settings
/// (<c>Privacy:Regions:{slug}:ControllerContact</c>, <c>…:DataProtectionOfficer</c>), or null when none is set.
/// </summary>
public sealed record DataController(Guid? OrganisationId, LocalizedText Name, string? Contact, string? ProtectionOfficer);

public sealed record PrivacyNoticeView(RegionAddress Region, DataController Controller, IReadOnlyList<PersonalDataCategory> Categories);

public sealed record AccessibilityStatementView(RegionAddress Region, DataController Controller);

/// <summary>The public privacy notice and accessibility statement of a region (decision 0031).</summary>
public sealed class PrivacyQueries(PerheverkkoDb db, RegionAddressQueries regions, PersonalDataRegister register, IConfiguration configuration)
{
    public async Task<PrivacyNoticeView> NoticeAsync(string? regionSlug, CancellationToken cancellationToken)
    {
        var region = await regions.BySlugAsync(regionSlug, cancellationToken);
        return new PrivacyNoticeView(region, await ControllerAsync(region, cancellationToken), register.Categories);
    }

    public async Task<AccessibilityStatementView> StatementAsync(string? regionSlug, CancellationToken cancellationToken)
    {
        var region = await regions.BySlugAsync(regionSlug, cancellationToken);
        return new AccessibilityStatementView(region, await ControllerAsync(region, cancellationToken));
    }

    public async Task<DataController> ControllerAsync(RegionAddress region, CancellationToken cancellationToken)
    {
        var settings = configuration.GetSection($"Privacy:Regions:{region.Slug}");
        var contact = settings["ControllerContact"] is { Length: > 0 } c ? c : null;
        var officer = settings["DataProtectionOfficer"] is { Length: > 0 } o ? o : null;
        var id = await ControllerOrganisationIdAsync(region.Id, cancellationToken);
        var name = id is null ? null : await db.Organisations.AsNoTracking().AcrossRegions()
            .Where(x => x.Id == id).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken);
        // No organisation to name: the region itself stands for its network's administering party.
        return new DataController(name is null ? null : id, name ?? region.Name, contact, officer);
    }

    /// <summary>
    /// The organisation that administers the region's network: the one the region's Perheneuvo settings name as the data
    /// controller (<see cref="Features.FamilyAdvice.AdviceSettings.DataControllerId"/>, issue 15 item 9), else the
    /// region's wellbeing county (the first active one by its short name), the default of 001 §19.
    /// </summary>
    public async Task<Guid?> ControllerOrganisationIdAsync(Guid regionId, CancellationToken cancellationToken) =>
        await db.AdviceSettings.AsNoTracking().AcrossRegions()
            .Where(s => s.RegionId == regionId && s.DataControllerId != null).Select(s => s.DataControllerId).FirstOrDefaultAsync(cancellationToken)
        ?? await db.Organisations.AsNoTracking().AcrossRegions()
            .Where(o => o.RegionId == regionId && o.Kind == OrganisationKind.WellbeingCounty && o.ClosedOn == null)
            .OrderBy(o => o.Slug).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Who receives a region's accessibility feedback: the configured address (<c>Accessibility:FeedbackAddress</c>),
    /// else the region's coordinators, else its administrators, each with the language of their e-mails.
    /// </summary>
    public async Task<IReadOnlyList<(string Email, string Language)>> FeedbackRecipientsAsync(Guid regionId, CancellationToken cancellationToken)
    {
        if (configuration["Accessibility:FeedbackAddress"] is { Length: > 0 } address) return [(address, "fi")];
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.RegionId == regionId && u.Email != null && (u.Role == StaffRole.Coordinator || u.Role == StaffRole.Admin))
            .Select(u => new { u.Email, u.Language, u.Role }).ToListAsync(cancellationToken);
        var chosen = staff.Any(u => u.Role == StaffRole.Coordinator) ? staff.Where(u => u.Role == StaffRole.Coordinator) : staff;
        return chosen.OrderBy(u => u.Email, StringComparer.Ordinal).Select(u => (u.Email!, u.Language)).ToList();
    }
}
