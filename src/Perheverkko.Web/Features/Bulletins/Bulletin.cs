using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Bulletins;

public enum BulletinState { Draft, Sent }

/// <summary>Who a bulletin is addressed to, built from the data of the region (issue #18 item 2).</summary>
public enum BulletinAudienceKind
{
    /// <summary>The staff accounts of the region's parties (the accounts' organisations in the region).</summary>
    PartyStaff,
    /// <summary>All the contact persons the parties named, whatever their role.</summary>
    PartyContacts,
    /// <summary>The parties' contact persons in the role of contact person (001 §23).</summary>
    ContactPersons,
    /// <summary>The parties' signatories (001 §23).</summary>
    Signatories,
    /// <summary>The parties' communication owners, with whom the coordinator plans shared communication (001 §14).</summary>
    CommunicationOwners,
    /// <summary>A governance group's current members and deputies; the group's id is the audience's id.</summary>
    GroupMembers,
    /// <summary>The Perheneuvo teams' workers; an audience id names one team, none all of them.</summary>
    AdviceTeams,
}

/// <summary>One audience: a kind and, for a group (required) or one Perheneuvo team (optional), the id.</summary>
public sealed record BulletinAudience(BulletinAudienceKind Kind, Guid? Id = null)
{
    public override string ToString() => Id is { } id ? $"{Kind}:{id:D}" : Kind.ToString();

    public static BulletinAudience Parse(string text)
    {
        var parts = text.Split(':', 2);
        return new BulletinAudience(Enum.Parse<BulletinAudienceKind>(parts[0]), parts.Length > 1 ? Guid.Parse(parts[1]) : null);
    }

    /// <summary>The stored form: the audiences in the order chosen (the first to name a person is counted for them), separated by semicolons.</summary>
    public static string Join(IEnumerable<BulletinAudience> audiences) => string.Join(';', audiences.Distinct().Select(a => a.ToString()));

    public static IReadOnlyList<BulletinAudience> Split(string stored) =>
        stored.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList();
}

/// <summary>
/// A bulletin for professionals and parties: written as a draft, sent once through the outbox to each recipient in
/// their language (001 §14). An optional bulletin (a newsletter) carries an unsubscribe link and skips those who
/// unsubscribed; a required one (a notice to the parties' contact persons) reaches everyone addressed.
/// </summary>
public sealed class Bulletin : IRegionOwned
{
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 20_000;

    private Bulletin() { }

    public Bulletin(Guid id, Guid regionId, LocalizedText subject, LocalizedText body, bool optional, IEnumerable<BulletinAudience> audiences,
        Guid? createdBy, DateTime now)
    {
        Id = id; RegionId = regionId; CreatedBy = createdBy; CreatedAt = now; State = BulletinState.Draft; Version = 1;
        Subject = subject; Body = body; Optional = optional; AudienceList = BulletinAudience.Join(audiences); UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public LocalizedText Subject { get; private set; } = new("");
    /// <summary>Markdown, rendered with SafeMarkdown for the mail's HTML part and the web copy.</summary>
    public LocalizedText Body { get; private set; } = new("");
    /// <summary>A newsletter that one may unsubscribe from; false: a notice that reaches everyone addressed.</summary>
    public bool Optional { get; private set; }
    /// <summary>The chosen audiences as stored (see <see cref="BulletinAudience.Join"/>).</summary>
    public string AudienceList { get; private set; } = "";
    public BulletinState State { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public Guid? SentBy { get; private set; }
    /// <summary>Incremented on every change; the concurrency token that makes sending happen once.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<BulletinAudience> Audiences => BulletinAudience.Split(AudienceList);

    public void Change(int expectedVersion, LocalizedText subject, LocalizedText body, bool optional, IEnumerable<BulletinAudience> audiences, DateTime now)
    {
        RuleCheck.That(State == BulletinState.Draft, BulletinsRules.AlreadySent);
        RuleCheck.That(expectedVersion == Version, BulletinsRules.Stale);
        Subject = subject; Body = body; Optional = optional; AudienceList = BulletinAudience.Join(audiences); UpdatedAt = now;
        Version++;
    }

    /// <summary>Draft → Sent, once: a second send is refused, and the version change makes a concurrent one fail to save.</summary>
    public void MarkSent(Guid? sentBy, DateTime now)
    {
        RuleCheck.That(State == BulletinState.Draft, BulletinsRules.AlreadySent);
        State = BulletinState.Sent; SentAt = now; SentBy = sentBy; UpdatedAt = now;
        Version++;
    }
}

/// <summary>
/// One recipient of a sent bulletin and their message in the outbox; the delivery counts come from the message's
/// state. The address is cleared after <see cref="BulletinsPersonalData.DeliveryRetentionMonths"/> months.
/// </summary>
public sealed class BulletinDelivery
{
    private BulletinDelivery() { }

    public BulletinDelivery(Guid id, Guid bulletinId, string email, string language, Guid outboxMessageId)
    { Id = id; BulletinId = bulletinId; Email = email; Language = language; OutboxMessageId = outboxMessageId; }

    public Guid Id { get; private set; }
    public Guid BulletinId { get; private set; }
    /// <summary>The normalised address (trimmed, lower case); null once the retention period has passed.</summary>
    public string? Email { get; private set; }
    public string Language { get; private set; } = "fi";
    public Guid OutboxMessageId { get; private set; }
}

/// <summary>Someone who unsubscribed from a region's optional bulletins, by the link in one of them.</summary>
public sealed class BulletinOptOut : IRegionOwned
{
    private BulletinOptOut() { }

    public BulletinOptOut(Guid id, Guid regionId, string email, DateTime at) { Id = id; RegionId = regionId; Email = email; At = at; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    /// <summary>The normalised address (trimmed, lower case).</summary>
    public string Email { get; private set; } = "";
    public DateTime At { get; private set; }
}

public static class BulletinEmail
{
    public static string Normalise(string email) => email.Trim().ToLowerInvariant();
}
