using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>Perheneuvo as the public sees it: the one number, its hours and the urgent numbers (public pages of any region).</summary>
public sealed record PublicChannelView(string? Phone, LocalizedText PhoneHours, LocalizedText UrgentNumbers);

public sealed class AdviceChannelQueries(PerheverkkoDb db)
{
    public async Task<PublicChannelView> PublicChannelAsync(Guid regionId, CancellationToken cancellationToken)
    {
        var settings = await db.AdviceSettings.AsNoTracking().AcrossRegions().Where(s => s.RegionId == regionId)
            .Select(s => new PublicChannelView(s.Phone, s.PhoneHours, s.UrgentNumbers)).SingleOrDefaultAsync(cancellationToken);
        return settings ?? new PublicChannelView(null, new LocalizedText(""), new LocalizedText(""));
    }
}
