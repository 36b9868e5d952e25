using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilyAdvice;

public sealed record ContactFormChoice(Guid Id, LocalizedText Name);

/// <summary>What the public form needs: the region's municipalities and active topics, the channel, the response time and retention.</summary>
public sealed record ContactFormView(RegionAddress Region, IReadOnlyList<ContactFormChoice> Municipalities, IReadOnlyList<ContactFormChoice> Topics,
    PublicChannelView Channel, int WorkingDays, int RetentionMonths);

public sealed class ContactFormQueries(PerheverkkoDb db, RegionAddressQueries regions, AdviceChannelQueries channel)
{
    public async Task<ContactFormView> FormAsync(string? regionSlug, CancellationToken cancellationToken)
    {
        var region = await regions.BySlugAsync(regionSlug, cancellationToken);
        var municipalities = (await db.Municipalities.AsNoTracking().Where(m => m.RegionId == region.Id)
            .Select(m => new ContactFormChoice(m.Id, m.Name)).ToListAsync(cancellationToken))
            .OrderBy(m => m.Name.Fi, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false)).ToList();
        var topics = await db.AdviceTopics.AsNoTracking().AcrossRegions().Where(t => t.RegionId == region.Id && t.IsActive)
            .OrderBy(t => t.Order).Select(t => new ContactFormChoice(t.Id, t.Name)).ToListAsync(cancellationToken);
        var settings = await db.AdviceSettings.AsNoTracking().AcrossRegions().Where(s => s.RegionId == region.Id)
            .Select(s => new { s.FirstAnswerWorkingDays, s.RetentionMonths }).SingleOrDefaultAsync(cancellationToken);
        return new ContactFormView(region, municipalities, topics, await channel.PublicChannelAsync(region.Id, cancellationToken),
            settings?.FirstAnswerWorkingDays ?? AdviceSettings.DefaultFirstAnswerWorkingDays, settings?.RetentionMonths ?? AdviceSettings.DefaultRetentionMonths);
    }
}
