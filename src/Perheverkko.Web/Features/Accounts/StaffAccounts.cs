using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>The account behind an actor, and the actor of an account: what the sign-in and own-account use cases share.</summary>
internal static class StaffAccounts
{
    /// <summary>The signed-in person's own account; null when signed out or when the account is gone.</summary>
    public static async Task<StaffUser?> OfAsync(this UserManager<StaffUser> users, Actor? actor) =>
        actor?.UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;

    public static Actor ActorOf(StaffUser user) => new(user.Id, user.DisplayName, user.Role, user.OrganisationId, user.RegionId);
}
