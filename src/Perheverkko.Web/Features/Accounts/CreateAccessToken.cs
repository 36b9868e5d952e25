using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// A person creates a personal access token for an API client. The secret is returned once and never stored. Every token
/// expires: after <see cref="DefaultDays"/> unless asked otherwise, at most after <see cref="MaxDays"/>, and a token made
/// with a token ends no later than the one that made it.
/// </summary>
public sealed class CreateAccessToken(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public const int MaxActive = 20;
    public const int DefaultDays = 90;
    public const int MaxDays = 365;

    public sealed record Request(string? Name, int? ExpiresInDays);

    public sealed record Created(AccessTokenView Token, string Secret);

    /// <param name="notAfter">
    /// The end of the access token the request was made with, if it was: the new token's end is capped at it (a leaked
    /// token cannot extend its own life through a child).
    /// </param>
    public async Task<Created> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken, DateTime? notAfter = null)
    {
        var user = await access.RequireAsync(actor, StaffAction.ManageOwnTokens, StaffAccounts.Own(actor, "AccessToken"), cancellationToken);
        new InputCheck()
            .Required("name", request.Name, 100)
            .That(request.ExpiresInDays is null or >= 1, "expiresInDays", "validation.range", 1, MaxDays)
            .ThrowIfInvalid();
        return await IssueAsync(user.UserId!.Value, user, request.Name!.Trim(), request.ExpiresInDays, cancellationToken, notAfter);
    }

    /// <summary>Issues a token for an account; also the command line's way (<c>users token</c>).</summary>
    public async Task<Created> IssueAsync(Guid userId, Actor actor, string name, int? expiresInDays, CancellationToken cancellationToken, DateTime? notAfter = null)
    {
        var days = expiresInDays ?? DefaultDays;
        RuleCheck.That(days <= MaxDays, AccountRules.TokenLifetimeTooLong);
        var now = clock.GetUtcNow().UtcDateTime;
        var active = await db.AccessTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), cancellationToken);
        RuleCheck.That(active < MaxActive, AccountRules.TooManyTokens);
        var expiresAt = now.AddDays(days);
        if (notAfter is { } cap && cap < expiresAt) expiresAt = cap;
        var secret = AccessTokens.NewSecret();
        var token = new AccessToken(Guid.CreateVersion7(), userId, name, secret[..8], AccessTokens.Hash(secret), now, expiresAt);
        db.AccessTokens.Add(token);
        // The row belongs to the account's region, also when the command line issued the token.
        var regionId = await db.Users.Where(u => u.Id == userId).Select(u => u.RegionId).SingleOrDefaultAsync(cancellationToken);
        audit.Record(actor, AuditEvent.AccessTokenCreated, "AccessToken", token.Id,
            expiresAt < now.AddDays(days) ? $"user {userId}, end capped at the creating token's" : $"user {userId}", regionId);
        await db.SaveChangesAsync(cancellationToken);
        return new Created(AccessTokenView.Of(token, now), secret);
    }
}
