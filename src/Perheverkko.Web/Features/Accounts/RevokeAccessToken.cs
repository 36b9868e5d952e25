using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>A person revokes one of their own access tokens; it stops working at once.</summary>
public sealed class RevokeAccessToken(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid tokenId, CancellationToken cancellationToken)
    {
        var user = await access.RequireAsync(actor, StaffAction.ManageOwnTokens, StaffAccounts.Own(actor, "AccessToken", tokenId), cancellationToken);
        // Another person's token is "not found": its existence is not theirs to learn.
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == user.UserId, cancellationToken)
            ?? throw new NotFoundException(AccountRules.TokenNotFound);
        token.Revoke(clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AccessTokenRevoked, "AccessToken", tokenId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Revokes every active token of an account (a password change that asks for it), each audited with the reason.</summary>
    /// <returns>How many were revoked.</returns>
    public async Task<int> RevokeAllAsync(Actor actor, Guid userId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var active = await db.AccessTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(cancellationToken);
        foreach (var token in active.Where(t => t.IsActive(now)))
        {
            token.Revoke(now);
            audit.Record(actor, AuditEvent.AccessTokenRevoked, "AccessToken", token.Id, reason);
        }
        await db.SaveChangesAsync(cancellationToken);
        return active.Count(t => t.RevokedAt == now);
    }
}
