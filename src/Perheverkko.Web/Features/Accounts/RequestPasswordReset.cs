using System.Text;
using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// "Forgot password": the person types their address and always gets the same answer; if the address has an account,
/// a single-use link valid for 30 minutes goes by e-mail (the outbox) in the person's language. Requests are throttled
/// per address and per client, so the form cannot flood anyone's mailbox; the audit says what really happened.
/// </summary>
public sealed class RequestPasswordReset(UserManager<StaffUser> users, PasswordResetLinks links, SignInThrottling throttling,
    Outbox outbox, PublicAddress publicAddress, Texts texts, PerheverkkoDb db, AuditLog audit)
{
    /// <summary>A few mails an hour per address at most: the first three are free, then the windows grow to an hour.</summary>
    public static readonly ThrottlePolicy AddressPolicy = new("r", 3, TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));
    public static readonly ThrottlePolicy ClientPolicy = new("q", 10, TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));

    public sealed record Request(string? Email, string? Client);

    public async Task HandleAsync(Request request, CancellationToken cancellationToken)
    {
        new InputCheck().That(!string.IsNullOrWhiteSpace(request.Email), "email", "validation.required").ThrowIfInvalid();
        var email = request.Email!.Trim();
        var keys = new[] { (AddressPolicy, email), (ClientPolicy, request.Client ?? "unknown") };
        var user = await users.FindByEmailAsync(email);
        var actor = user is null ? null : StaffAccounts.ActorOf(user);
        if (await throttling.IsBlockedAsync(keys))
        {
            await audit.RecordNowAsync(actor, AuditEvent.PasswordResetRequested, AuditOutcome.Denied, "User", user?.Id, user is null ? "unknown address, throttled" : "throttled", cancellationToken);
            return;
        }
        await throttling.FailAsync(keys);
        if (user is null)
        {
            await audit.RecordNowAsync(null, AuditEvent.PasswordResetRequested, AuditOutcome.Failed, "User", detail: "unknown address", cancellationToken: cancellationToken);
            return;
        }
        var token = await links.NewAsync(user);
        var language = Texts.Known(user.Language);
        var url = publicAddress.Absolute($"/sign-in/reset-password?token={Uri.EscapeDataString(token)}");
        var text = new StringBuilder()
            .AppendLine(texts.In(language, "password_reset.mail_body", user.DisplayName, (int)PasswordResetLinks.Lifetime.TotalMinutes))
            .AppendLine().AppendLine(url)
            .AppendLine().AppendLine(texts.In(language, "password_reset.mail_ignore"));
        outbox.Enqueue(new EmailMessage([user.Email!], texts.In(language, "password_reset.mail_subject"), text.ToString()), user.RegionId);
        audit.Record(actor, AuditEvent.PasswordResetRequested, "User", user.Id, "link sent");
        await db.SaveChangesAsync(cancellationToken);
    }
}
