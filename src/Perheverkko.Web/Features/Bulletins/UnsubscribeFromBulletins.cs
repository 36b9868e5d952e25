using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Bulletins;

/// <summary>
/// Someone unsubscribes from a region's optional bulletins by the link in one of them (no account needed): the link's
/// protected token names the region and the address. Unsubscribing twice is harmless. Required bulletins still arrive.
/// The audit row says that someone unsubscribed, never who.
/// </summary>
public sealed class UnsubscribeFromBulletins(PerheverkkoDb db, AuditLog audit, IDataProtectionProvider protection, TimeProvider clock)
{
    public async Task HandleAsync(string? token, CancellationToken cancellationToken)
    {
        var (regionId, email) = BulletinUnsubscribeTokens.Read(protection, token) ?? throw new NotFoundException(BulletinsRules.UnsubscribeLinkInvalid);
        if (await db.BulletinOptOuts.AnyAsync(o => o.RegionId == regionId && o.Email == email, cancellationToken)) return;
        var optOut = new BulletinOptOut(Guid.CreateVersion7(), regionId, email, clock.GetUtcNow().UtcDateTime);
        db.BulletinOptOuts.Add(optOut);
        audit.Record(null, AuditEvent.BulletinUnsubscribed, nameof(BulletinOptOut), optOut.Id, "unsubscribed from optional bulletins by the link in one", regionId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same link used twice at once: the unique index kept one, which is all that was asked.
        }
    }
}
