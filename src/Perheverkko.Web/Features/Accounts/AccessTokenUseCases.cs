using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

public sealed record AccessTokenView(Guid Id, string Name, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt,
    DateTime? LastUsedAt, DateTime? RevokedAt, bool Active);

/// <summary>A person creates a personal access token for an API client. The secret is returned once and never stored.</summary>
public sealed class CreateAccessToken(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public const int MaxActive = 20;

    public sealed record Request(string? Name, int? ExpiresInDays);

    public sealed record Created(AccessTokenView Token, string Secret);

    public async Task<Created> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var user = await access.RequireAsync(actor, StaffAction.ManageOwnTokens, actor?.OrganisationId, "AccessToken", cancellationToken: cancellationToken);
        new InputCheck()
            .Required("name", request.Name, 100)
            .That(request.ExpiresInDays is null or (>= 1 and <= 366), "expiresInDays", "validation.range", 1, 366)
            .ThrowIfInvalid();
        return await IssueAsync(user.UserId!.Value, user, request.Name!.Trim(), request.ExpiresInDays, cancellationToken);
    }

    /// <summary>Issues a token for an account; also the command line's way (<c>users token</c>).</summary>
    public async Task<Created> IssueAsync(Guid userId, Actor actor, string name, int? expiresInDays, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var active = await db.AccessTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), cancellationToken);
        RuleCheck.That(active < MaxActive, AccountRules.TooManyTokens);
        var secret = AccessTokens.NewSecret();
        var token = new AccessToken(Guid.CreateVersion7(), userId, name, secret[..8], AccessTokens.Hash(secret), now,
            expiresInDays is { } days ? now.AddDays(days) : null);
        db.AccessTokens.Add(token);
        audit.Record(actor, AuditEvent.AccessTokenCreated, "AccessToken", token.Id, $"user {userId}");
        await db.SaveChangesAsync(cancellationToken);
        return new Created(View(token, now), secret);
    }

    internal static AccessTokenView View(AccessToken t, DateTime now) =>
        new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt, t.IsActive(now));
}

public sealed class RevokeAccessToken(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid tokenId, CancellationToken cancellationToken)
    {
        var user = await access.RequireAsync(actor, StaffAction.ManageOwnTokens, actor?.OrganisationId, "AccessToken", tokenId, cancellationToken);
        // Another person's token is "not found": its existence is not theirs to learn.
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == user.UserId, cancellationToken)
            ?? throw new NotFoundException(AccountRules.TokenNotFound);
        token.Revoke(clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AccessTokenRevoked, "AccessToken", tokenId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record MeView(Guid Id, string Email, string Name, StaffRole Role, Guid? OrganisationId, bool TwoFactorEnabled, IReadOnlyList<string> PermittedActions);

public sealed class AccountQueries(PerheverkkoDb db, AccessControl access, TimeProvider clock)
{
    public async Task<MeView> MeAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var user = await access.RequireAsync(actor, StaffAction.ViewStaffArea, actor?.OrganisationId, cancellationToken: cancellationToken);
        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == user.UserId, cancellationToken)
            ?? throw new NotFoundException(AccountRules.UserNotFound);
        var permitted = Enum.GetValues<StaffAction>()
            .Where(a => AccessControl.Permits(user, a, user.OrganisationId)).Select(a => a.ToString()).ToList();
        return new MeView(account.Id, account.Email!, account.DisplayName, account.Role, account.OrganisationId, account.TwoFactorEnabled, permitted);
    }

    public async Task<IReadOnlyList<AccessTokenView>> TokensAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var user = await access.RequireAsync(actor, StaffAction.ManageOwnTokens, actor?.OrganisationId, cancellationToken: cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == user.UserId).ToListAsync(cancellationToken);
        return tokens.OrderByDescending(t => t.CreatedAt).Select(t => CreateAccessToken.View(t, now)).ToList();
    }
}
