using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Protection;

namespace Perheverkko.Web.Platform.Notifications;

/// <summary>
/// Sends due outbox messages. Each message is claimed with one conditional UPDATE before it is sent, so when
/// several instances share one PostgreSQL a message goes out once. A failed send is retried with back-off and,
/// after <see cref="OutboxMessage.MaxAttempts"/>, left as failed for the coordinator to see.
/// </summary>
public sealed class OutboxDispatcher(PlatformDb db, IMailTransport transport, MailOptions options, TimeProvider clock,
    ContentProtector protector, ILogger<OutboxDispatcher> logger) : IScheduledJob
{
    public const int BatchSize = 50;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);
    private readonly string claimant = InstanceName.New();

    public string Name => "outbox";
    public TimeSpan Interval => TimeSpan.Zero;

    public Task RunAsync(CancellationToken cancellationToken) => DispatchAsync(cancellationToken);

    /// <returns>How many messages were sent.</returns>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            var claimedUntil = now + ClaimFor;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.SentAt == null && m.FailedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, claimant).SetProperty(m => m.LockedUntil, claimedUntil), cancellationToken);
            if (claimed != 1) continue;

            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
            try
            {
                await transport.SendAsync(ToMime(message), cancellationToken);
                message.MarkSent(clock.GetUtcNow().UtcDateTime);
                if (message.Kind == EmailMessage.SealedKind) message.EraseContent();
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Outbox message {Id} attempt {Attempt} failed: {Error}", id, message.Attempts + 1, e.Message);
                message.MarkFailedAttempt(e.Message, clock.GetUtcNow().UtcDateTime);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return sent;
    }

    /// <summary>The message as it leaves, whatever the transport (public: the tests read every kind of mail this way).</summary>
    public MimeMessage ToMime(OutboxMessage message)
    {
        var payload = message.Kind == EmailMessage.SealedKind ? protector.Open(message.Payload)! : message.Payload;
        var email = JsonSerializer.Deserialize<EmailMessage>(payload, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("Empty e-mail payload.");
        var mime = new MimeMessage { Subject = email.Subject, MessageId = $"{message.Id}@perheverkko" };
        mime.From.Add(MailboxAddress.Parse(options.From));
        foreach (var to in email.To) mime.To.Add(MailboxAddress.Parse(to));
        foreach (var (name, value) in email.Headers ?? new Dictionary<string, string>()) mime.Headers.Add(name, value);
        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        foreach (var a in email.Attachments ?? [])
            body.Attachments.Add(a.FileName, Convert.FromBase64String(a.Base64Content), ContentType.Parse(a.ContentType));
        mime.Body = body.ToMessageBody();
        // Every part gets a declared 7-bit-safe transfer encoding (quoted-printable or base64, text as UTF-8) whatever
        // the transport: the pickup folder writes the message as it is, and an undeclared 8-bit "ä" is what strict
        // mail readers garble (issue #13 item 2).
        mime.Prepare(EncodingConstraint.SevenBit);
        return mime;
    }
}
