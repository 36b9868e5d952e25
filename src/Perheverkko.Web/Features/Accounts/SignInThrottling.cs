using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Data;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// Failed attempts against one key (an address typed at sign-in, a client address, an account's second step), kept in
/// the database so that every instance of the app sees the same count. See decision 0038.
/// </summary>
public sealed class SignInThrottle
{
    private SignInThrottle() { }

    public SignInThrottle(string key) => Key = key;

    /// <summary>A kind letter and the SHA-256 of what is counted: the table holds no e-mail or IP address in the clear.</summary>
    public string Key { get; private set; } = "";
    public int Failures { get; private set; }
    public DateTime LastFailureAt { get; private set; }
    /// <summary>Attempts before this moment are refused without checking anything.</summary>
    public DateTime? BlockedUntil { get; private set; }

    public void Fail(DateTime now, ThrottlePolicy policy)
    {
        // A key left alone for a day starts again from nothing: the count is about an attack, not about a person's year.
        if (now - LastFailureAt > ThrottlePolicy.Forget) Failures = 0;
        Failures++;
        LastFailureAt = now;
        var delay = policy.DelayAfter(Failures);
        BlockedUntil = delay > TimeSpan.Zero ? now + delay : null;
    }
}

/// <summary>
/// How many failures are free, and the window that then doubles from <see cref="FirstDelay"/> to at most
/// <see cref="MaxDelay"/>. A refused attempt (inside a window) is not counted and does not lengthen it.
/// </summary>
public sealed record ThrottlePolicy(string Kind, int FreeFailures, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static readonly TimeSpan Forget = TimeSpan.FromHours(24);

    /// <summary>One e-mail address, whoever types it: short windows, so an attacker cannot keep the owner out for long.</summary>
    public static readonly ThrottlePolicy Address = new("a", 5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5));
    /// <summary>One client address, whatever it types: it may guess at many accounts, so its windows grow longer.</summary>
    public static readonly ThrottlePolicy Client = new("c", 10, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30));
    /// <summary>One account's second step (only reached with the right password): six digits must not be guessable.</summary>
    public static readonly ThrottlePolicy SecondFactor = new("s", 5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(15));

    public TimeSpan DelayAfter(int failures)
    {
        if (failures <= FreeFailures) return TimeSpan.Zero;
        var doublings = Math.Min(failures - FreeFailures - 1, 20);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay < MaxDelay ? delay : MaxDelay;
    }

    public string KeyOf(string value) =>
        Kind + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value.Trim().ToLowerInvariant())));
}

/// <summary>Reads and writes the throttles; every call saves at once, apart from the caller's unit of work.</summary>
public sealed class SignInThrottling(PerheverkkoDb db, TimeProvider clock)
{
    public async Task<bool> IsBlockedAsync(params (ThrottlePolicy Policy, string Value)[] keys)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hashed = keys.Select(k => k.Policy.KeyOf(k.Value)).ToList();
        return await db.SignInThrottles.AsNoTracking().AnyAsync(t => hashed.Contains(t.Key) && t.BlockedUntil != null && t.BlockedUntil > now);
    }

    public async Task FailAsync(params (ThrottlePolicy Policy, string Value)[] keys)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (policy, value) in keys)
        {
            var key = policy.KeyOf(value);
            // Two instances may count the same key at once: a lost insert race is retried as an update.
            for (var attempt = 0; ; attempt++)
            {
                var row = await db.SignInThrottles.SingleOrDefaultAsync(t => t.Key == key);
                if (row is null) db.SignInThrottles.Add(row = new SignInThrottle(key));
                row.Fail(now, policy);
                try
                {
                    await db.SaveChangesAsync();
                    break;
                }
                catch (DbUpdateException) when (attempt < 2)
                {
                    db.Entry(row).State = EntityState.Detached;
                }
            }
        }
    }

    public async Task ClearAsync(params (ThrottlePolicy Policy, string Value)[] keys)
    {
        var hashed = keys.Select(k => k.Policy.KeyOf(k.Value)).ToList();
        await db.SignInThrottles.Where(t => hashed.Contains(t.Key)).ExecuteDeleteAsync();
    }
}

public sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(80);
    }
}
