using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Platform.Notifications;

/// <summary>
/// A side effect (an e-mail) to carry out after the change that caused it has been saved. Written in the same
/// transaction as the change; sent by <see cref="OutboxDispatcher"/>, retried with back-off.
/// </summary>
public sealed class OutboxMessage : IRegionStamped
{
    public const int MaxAttempts = 8;

    private OutboxMessage() { }

    public OutboxMessage(Guid id, string kind, string payload, DateTime now, Guid? regionId = null)
    { Id = id; Kind = kind; Payload = payload; CreatedAt = now; NextAttemptAt = now; RegionId = regionId; }

    public Guid Id { get; private set; }
    /// <summary>The region the message is about (whose staff see it in the outbox); null for a national one.</summary>
    public Guid? RegionId { get; private set; }
    public string Kind { get; private set; } = "";
    /// <summary>JSON, shaped by <see cref="Kind"/>.</summary>
    public string Payload { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    /// <summary>Set when the message was given up after <see cref="MaxAttempts"/>.</summary>
    public DateTime? FailedAt { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>The dispatcher instance that has claimed the message, until <see cref="LockedUntil"/>.</summary>
    public string? LockedBy { get; private set; }
    public DateTime? LockedUntil { get; private set; }

    public OutboxState State => SentAt is not null ? OutboxState.Sent : FailedAt is not null ? OutboxState.Failed
        : Attempts > 0 ? OutboxState.Retrying : OutboxState.Queued;

    public void MarkSent(DateTime now)
    {
        SentAt = now; LockedBy = null; LockedUntil = null; LastError = null; Attempts++;
    }

    /// <summary>A sealed message's content is not kept once it has left: only that it was sent, and when.</summary>
    public void EraseContent() => Payload = "";

    public void MarkFailedAttempt(string error, DateTime now)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        LockedBy = null; LockedUntil = null;
        if (Attempts >= MaxAttempts) FailedAt = now;
        else NextAttemptAt = now + Backoff(Attempts);
    }

    /// <summary>30 s, 1 min, 2 min, … capped at one hour.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));
}

public enum OutboxState { Queued, Retrying, Sent, Failed }
