using Perheverkko.Web.Features.Accounts;

namespace Perheverkko.UnitTests.Features.Accounts;

/// <summary>The windows of decision 0038: free failures, then doubling to a cap; forgotten after a quiet day.</summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public void An_address_gets_five_free_failures_then_windows_doubling_from_30_seconds_to_5_minutes()
    {
        var delays = Enumerable.Range(1, 12).Select(ThrottlePolicy.Address.DelayAfter).ToList();
        Assert.All(delays.Take(5), d => Assert.Equal(TimeSpan.Zero, d));
        Assert.Equal([30, 60, 120, 240, 300, 300, 300], delays.Skip(5).Select(d => d.TotalSeconds));
        Assert.Equal(TimeSpan.FromMinutes(30), ThrottlePolicy.Client.DelayAfter(1000));
        Assert.Equal(TimeSpan.FromMinutes(15), ThrottlePolicy.SecondFactor.DelayAfter(int.MaxValue));
    }

    [Fact]
    public void A_key_is_hashed_case_blind_and_its_count_starts_again_after_a_quiet_day()
    {
        Assert.Equal(ThrottlePolicy.Address.KeyOf("Liisa@Example.fi "), ThrottlePolicy.Address.KeyOf("liisa@example.fi"));
        Assert.NotEqual(ThrottlePolicy.Address.KeyOf("liisa@example.fi"), ThrottlePolicy.Client.KeyOf("liisa@example.fi"));
        Assert.DoesNotContain("liisa", ThrottlePolicy.Address.KeyOf("liisa@example.fi"));

        var throttle = new SignInThrottle("a:x");
        var now = new DateTime(2026, 12, 6, 8, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 6; i++) throttle.Fail(now, ThrottlePolicy.Address);
        Assert.Equal(now.AddSeconds(30), throttle.BlockedUntil);
        throttle.Fail(now.AddHours(25), ThrottlePolicy.Address);
        Assert.Equal(1, throttle.Failures);
        Assert.Null(throttle.BlockedUntil);
    }
}
