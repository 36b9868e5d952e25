using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// The signed-in person confirms their address with the link mailed to it (<see cref="RequestEmailConfirmation"/>). The
/// people the features named by that address before (a group's chair or member named by name and e-mail) become this
/// account (<see cref="IPeopleByAddress"/>), in the same save as the confirmation and its audit row.
/// </summary>
public sealed class ConfirmEmail(UserManager<StaffUser> users, IEnumerable<IPeopleByAddress> people, PerheverkkoDb db, AuditLog audit)
{
    public enum Outcome { NoAccount, Confirmed }

    public async Task<Outcome> HandleAsync(Actor? actor, string? token, CancellationToken cancellationToken)
    {
        var user = await users.OfAsync(actor);
        if (user is null) return Outcome.NoAccount;
        // A link for another account, an old address or a changed password is refused the same way as a garbled one.
        if (string.IsNullOrEmpty(token) || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.EmailConfirmationTokenProvider,
                UserManager<StaffUser>.ConfirmEmailTokenPurpose, token))
        {
            await audit.RecordNowAsync(actor, AuditEvent.EmailConfirmed, AuditOutcome.Failed, "User", user.Id, "link invalid", cancellationToken);
            throw new DomainRuleViolation(AccountRules.EmailLinkInvalid);
        }
        var linked = 0;
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            foreach (var source in people) linked += await source.LinkAsync(user.Id, user.Email!, cancellationToken);
        }
        audit.Record(actor, AuditEvent.EmailConfirmed, "User", user.Id, $"{linked} people named by the address linked");
        // One save: the account (tracked by the same context as the user manager's store), the linked people and the audit row.
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Confirmed;
    }
}
