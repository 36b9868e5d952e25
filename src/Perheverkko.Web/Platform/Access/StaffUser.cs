using Microsoft.AspNetCore.Identity;

namespace Perheverkko.Web.Platform.Access;

public enum StaffRole
{
    /// <summary>Accounts, retention, the audit trail and exports.</summary>
    Admin,
    /// <summary>The wellbeing county's family-centre coordinator: the whole region.</summary>
    Coordinator,
    /// <summary>A party's representative: keeps their own organisation's data.</summary>
    Representative,
    /// <summary>A professional of a party: reads the network's data; keeps their own organisation's directory entries, announcements, materials and municipal evaluation (docs/access.md, Roles).</summary>
    Professional,
}

/// <summary>A staff account. Every account has exactly one role; representatives and professionals belong to one organisation, everyone but a national administrator to one region.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public StaffRole Role { get; set; }
    public Guid? OrganisationId { get; set; }
    /// <summary>The region the account works in; null only for a national administrator.</summary>
    public Guid? RegionId { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>The language (fi, sv or en) of the e-mails sent to this person; the UI language they last chose.</summary>
    public string Language { get; set; } = "fi";
}

/// <summary>A personal access token for API clients. Only its SHA-256 is kept; the token itself is shown once.</summary>
public sealed class AccessToken
{
    private AccessToken() { }

    public AccessToken(Guid id, Guid userId, string name, string prefix, string hash, DateTime createdAt, DateTime expiresAt)
    { Id = id; UserId = userId; Name = name; Prefix = prefix; Hash = hash; CreatedAt = createdAt; ExpiresAt = expiresAt; }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The first characters of the token, so a person can tell their tokens apart.</summary>
    public string Prefix { get; private set; } = "";
    public string Hash { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    /// <summary>Every token made since issue #12 has an end; the column stays nullable only for the rows of before, which the
    /// start-up gives an end (<c>AccessTokenEndDates</c>).</summary>
    public DateTime? ExpiresAt { get; private set; }
    public DateTime? LastUsedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public bool IsActive(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTime now) => RevokedAt ??= now;

    /// <summary>A token of before issue #12 that had no end gets one.</summary>
    public bool GiveEndDate(DateTime expiresAt)
    {
        if (ExpiresAt is not null) return false;
        ExpiresAt = expiresAt;
        return true;
    }

    /// <summary>Recorded at most hourly: a token used in a loop should not write on every request.</summary>
    public bool TouchIfStale(DateTime now)
    {
        if (LastUsedAt is { } last && now - last < TimeSpan.FromHours(1)) return false;
        LastUsedAt = now;
        return true;
    }
}
