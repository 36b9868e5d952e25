using System.Text.Json;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Protection;

namespace Perheverkko.Web.Platform.Notifications;

public sealed record EmailAttachment(string FileName, string ContentType, string Base64Content);

/// <summary>An e-mail as the outbox keeps it until it is sent.</summary>
/// <param name="Headers">Extra header fields (a bulletin's <c>List-Unsubscribe</c>, RFC 2369 and 8058).</param>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string TextBody, string? HtmlBody = null,
    IReadOnlyList<EmailAttachment>? Attachments = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public const string Kind = "email";
    /// <summary>An e-mail whose payload is encrypted (<see cref="ContentProtector"/>) and erased once it is sent: mail to families.</summary>
    public const string SealedKind = "email-sealed";
}

/// <summary>Adds side effects to the current unit of work; they leave only if the change is saved.</summary>
public sealed class Outbox(PlatformDb db, TimeProvider clock, ContentProtector protector)
{
    /// <param name="regionId">
    /// The region of what the message is about (the group, the agreement version): only that region's staff see it in
    /// the outbox. Null for a message of no region (national), which only national administrators see.
    /// </param>
    public OutboxMessage Enqueue(EmailMessage email, Guid? regionId)
    {
        var message = new OutboxMessage(Guid.CreateVersion7(), EmailMessage.Kind,
            JsonSerializer.Serialize(email, JsonSerializerOptions.Web), clock.GetUtcNow().UtcDateTime, regionId);
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>
    /// An e-mail whose recipient and words are personal data that the database must not hold readable (a family's
    /// address and the answer to their question): encrypted until sent, erased once sent.
    /// </summary>
    public OutboxMessage EnqueueSealed(EmailMessage email, Guid? regionId)
    {
        var message = new OutboxMessage(Guid.CreateVersion7(), EmailMessage.SealedKind,
            protector.Seal(JsonSerializer.Serialize(email, JsonSerializerOptions.Web))!, clock.GetUtcNow().UtcDateTime, regionId);
        db.OutboxMessages.Add(message);
        return message;
    }
}

public static class OutboxSummary
{
    public static string Of(OutboxMessage message)
    {
        if (message.Kind == EmailMessage.SealedKind) return "(encrypted)";
        if (message.Kind != EmailMessage.Kind) return message.Kind;
        var email = EmailOf(message);
        return email is null ? "" : $"{email.Subject} ({email.To.Count})";
    }

    /// <summary>The e-mail of a plain message (its recipients and subject); null for a sealed message or another kind.</summary>
    public static EmailMessage? EmailOf(OutboxMessage message) =>
        message.Kind == EmailMessage.Kind && message.Payload.Length > 0
            ? JsonSerializer.Deserialize<EmailMessage>(message.Payload, JsonSerializerOptions.Web) : null;
}
