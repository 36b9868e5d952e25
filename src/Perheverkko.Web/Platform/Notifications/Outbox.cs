using System.Text.Json;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Platform.Notifications;

public sealed record EmailAttachment(string FileName, string ContentType, string Base64Content);

/// <summary>An e-mail as the outbox keeps it until it is sent.</summary>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string TextBody, string? HtmlBody = null,
    IReadOnlyList<EmailAttachment>? Attachments = null)
{
    public const string Kind = "email";
}

/// <summary>Adds side effects to the current unit of work; they leave only if the change is saved.</summary>
public sealed class Outbox(PlatformDb db, TimeProvider clock)
{
    public OutboxMessage Enqueue(EmailMessage email)
    {
        var message = new OutboxMessage(Guid.CreateVersion7(), EmailMessage.Kind,
            JsonSerializer.Serialize(email, JsonSerializerOptions.Web), clock.GetUtcNow().UtcDateTime);
        db.OutboxMessages.Add(message);
        return message;
    }
}

public static class OutboxSummary
{
    public static string Of(OutboxMessage message)
    {
        if (message.Kind != EmailMessage.Kind) return message.Kind;
        var email = JsonSerializer.Deserialize<EmailMessage>(message.Payload, JsonSerializerOptions.Web);
        return email is null ? "" : $"{email.Subject} ({email.To.Count})";
    }
}
