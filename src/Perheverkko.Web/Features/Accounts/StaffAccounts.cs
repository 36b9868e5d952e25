using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>The account behind an actor, and the actor of an account: what the sign-in and own-account use cases share.</summary>
internal static class StaffAccounts
{
    /// <summary>The signed-in person's own account; null when signed out or when the account is gone.</summary>
    public static async Task<StaffUser?> OfAsync(this UserManager<StaffUser> users, Actor? actor) =>
        actor?.UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;

    /// <summary>
    /// What a person does to their own account (their tokens, their profile) as the access engine sees it: an object of
    /// their own region and organisation, so the role rules alone decide.
    /// </summary>
    public static AccessObject? Own(Actor? actor, string type, Guid? id = null) =>
        actor is null ? null : new AccessObject(type, id ?? actor.UserId, actor.RegionId ?? Guid.Empty, actor.OrganisationId);

    /// <summary>
    /// Sets a new password under the password policy and changes the security stamp, which ends the account's other
    /// sessions (cookies are checked against the stamp every minute, <see cref="AccessSetup"/>) and spends any reset link.
    /// </summary>
    public static async Task<IdentityResult> SetPasswordAsync(UserManager<StaffUser> users, StaffUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
            if (await validator.ValidateAsync(users, user, password) is { Succeeded: false } refused) return refused;
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        return await users.UpdateSecurityStampAsync(user);
    }

    public static Actor ActorOf(StaffUser user) => new(user.Id, user.DisplayName, user.Role, user.OrganisationId, user.RegionId);
}
