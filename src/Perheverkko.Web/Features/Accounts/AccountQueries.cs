using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

public sealed record AccessTokenView(Guid Id, string Name, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt,
    DateTime? LastUsedAt, DateTime? RevokedAt, bool Active)
{
    internal static AccessTokenView Of(AccessToken t, DateTime now) =>
        new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt, t.IsActive(now));
}

public sealed record MeView(Guid Id, string Email, string Name, StaffRole Role, Guid? OrganisationId, bool TwoFactorEnabled, IReadOnlyList<string> PermittedActions);

/// <summary>What the profile page shows: the person, their tokens, the language of their e-mails and whether they have confirmed their address.</summary>
public sealed record ProfileView(MeView Me, IReadOnlyList<AccessTokenView> Tokens, string Language, bool EmailConfirmed);

public sealed class AccountQueries(PerheverkkoDb db, AccessControl access, TimeProvider clock)
{
    public async Task<MeView> MeAsync(Actor? actor, CancellationToken cancellationToken) =>
        (await MeAndLanguageAsync(actor, cancellationToken)).Me;

    public async Task<IReadOnlyList<AccessTokenView>> TokensAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var user = await access.RequireAsync(actor, StaffAction.ManageOwnTokens, StaffAccounts.Own(actor, "AccessToken"), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == user.UserId).ToListAsync(cancellationToken);
        return tokens.OrderByDescending(t => t.CreatedAt).Select(t => AccessTokenView.Of(t, now)).ToList();
    }

    public async Task<ProfileView> ProfileAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var (me, language, confirmed) = await MeAndLanguageAsync(actor, cancellationToken);
        return new ProfileView(me, await TokensAsync(actor, cancellationToken), language, confirmed);
    }

    private async Task<(MeView Me, string Language, bool EmailConfirmed)> MeAndLanguageAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var user = await access.RequireAsync(actor, StaffAction.ViewStaffArea, StaffAccounts.Own(actor, "User"), cancellationToken);
        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == user.UserId, cancellationToken)
            ?? throw new NotFoundException(AccountRules.UserNotFound);
        // What the person may do by their role, in their region and for their own organisation (relationships, such as
        // a group's chair, are told on the objects themselves).
        var permitted = AccessControl.PermittedByRole(user, StaffAccounts.Own(user, "User"), Enum.GetValues<StaffAction>());
        return (new MeView(account.Id, account.Email!, account.DisplayName, account.Role, account.OrganisationId, account.TwoFactorEnabled, permitted),
            account.Language, account.EmailConfirmed);
    }
}
