using System.Text;
using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// A signed-in person asks for a link to their account's address, to show they hold that mailbox. Opening it while
/// signed in confirms the address (<see cref="ConfirmEmail"/>). The link is Identity's e-mail confirmation token: it names
/// the account and the address, and is void once the address or the password changes.
/// </summary>
public sealed class RequestEmailConfirmation(UserManager<StaffUser> users, Outbox outbox, Texts texts, PerheverkkoDb db, AuditLog audit,
    PublicAddress links)
{
    public enum Outcome { NoAccount, AlreadyConfirmed, Sent }

    /// <summary>Where the link leads: the profile page, which asks to confirm (a mail reader fetching links confirms nothing).</summary>
    public static string Path(string token) => $"/staff/profile?emailToken={Uri.EscapeDataString(token)}#email";

    public async Task<Outcome> HandleAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var user = await users.OfAsync(actor);
        if (user is null) return Outcome.NoAccount;
        if (user.EmailConfirmed) return Outcome.AlreadyConfirmed;
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var language = Texts.Known(user.Language);
        var text = new StringBuilder()
            .AppendLine(texts.In(language, "account.email_confirm.mail_body", user.DisplayName))
            .AppendLine().AppendLine(links.Absolute(Path(token)))
            .AppendLine().AppendLine(texts.In(language, "account.email_confirm.mail_ignore"));
        outbox.Enqueue(new EmailMessage([user.Email!], texts.In(language, "account.email_confirm.mail_subject"), text.ToString()), user.RegionId);
        audit.Record(actor, AuditEvent.EmailConfirmationRequested, "User", user.Id, "link sent");
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Sent;
    }
}
