using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Jobs;

namespace Perheverkko.Web.Features.Bulletins;

/// <summary>
/// Clears the addresses of a bulletin's deliveries <see cref="BulletinsPersonalData.DeliveryRetentionMonths"/> months
/// after it was sent: the delivery counts (from the outbox's states) stay, who received it goes.
/// </summary>
public sealed class BulletinRetention(PerheverkkoDb db, TimeProvider clock) : IScheduledJob
{
    public string Name => "bulletin-retention";
    public TimeSpan Interval => TimeSpan.FromHours(24);

    public Task RunAsync(CancellationToken cancellationToken) => ClearDueAsync(cancellationToken);

    /// <returns>How many delivery addresses were cleared.</returns>
    public async Task<int> ClearDueAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddMonths(-BulletinsPersonalData.DeliveryRetentionMonths);
        var due = db.Bulletins.Where(b => b.SentAt != null && b.SentAt <= before).Select(b => b.Id);
        return await db.BulletinDeliveries.Where(d => d.Email != null && due.Contains(d.BulletinId))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Email, (string?)null), cancellationToken);
    }
}
