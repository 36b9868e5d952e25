using Perheverkko.Web.Platform.Notifications;

namespace Perheverkko.UnitTests.Platform.Notifications;

public sealed class OutboxMessageTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static OutboxMessage NewMessage() => new(Guid.NewGuid(), "mail", """{"to":"maija@example.fi"}""", Now);

    [Fact]
    public void A_new_message_is_queued_for_now()
    {
        var message = NewMessage();
        Assert.Equal(OutboxState.Queued, message.State);
        Assert.Equal(Now, message.NextAttemptAt);
        Assert.Equal(0, message.Attempts);
        Assert.Null(message.SentAt);
        Assert.Null(message.FailedAt);
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    [InlineData(5, 480)]
    [InlineData(6, 960)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)] // 3840 capped
    [InlineData(9, 3600)]
    [InlineData(50, 3600)]
    [InlineData(int.MaxValue, 3600)]
    [InlineData(0, 30)]
    public void Backoff_Attempts_DoublesFromThirtySecondsCappedAtOneHour(int attempts, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxMessage.Backoff(attempts));
    }

    [Fact]
    public void MarkFailedAttempt_BeforeTheLast_SchedulesTheNextWithBackoff()
    {
        var message = NewMessage();
        var now = Now;
        int[] expectedDelays = [30, 60, 120, 240, 480, 960, 1920];
        for (var i = 0; i < OutboxMessage.MaxAttempts - 1; i++)
        {
            now = now.AddMinutes(1);
            message.MarkFailedAttempt("smtp: 451 try later", now);
            Assert.Equal(OutboxState.Retrying, message.State);
            Assert.Equal(i + 1, message.Attempts);
            Assert.Equal(now.AddSeconds(expectedDelays[i]), message.NextAttemptAt);
            Assert.Null(message.FailedAt);
            Assert.Equal("smtp: 451 try later", message.LastError);
        }
    }

    [Fact]
    public void MarkFailedAttempt_AtMaxAttempts_GivesUp()
    {
        var message = NewMessage();
        for (var i = 1; i < OutboxMessage.MaxAttempts; i++) message.MarkFailedAttempt("nope", Now.AddHours(i));
        var giveUp = Now.AddDays(1);
        message.MarkFailedAttempt("still nope", giveUp);
        Assert.Equal(OutboxMessage.MaxAttempts, message.Attempts);
        Assert.Equal(OutboxState.Failed, message.State);
        Assert.Equal(giveUp, message.FailedAt);
        Assert.Equal("still nope", message.LastError);
        Assert.Null(message.SentAt);
    }

    [Fact]
    public void MarkFailedAttempt_LongError_IsCutToAThousandCharacters()
    {
        var message = NewMessage();
        message.MarkFailedAttempt(new string('x', 5000), Now);
        Assert.Equal(1000, message.LastError!.Length);
    }

    [Fact]
    public void MarkFailedAttempt_ReleasesTheLock()
    {
        var message = NewMessage();
        message.MarkFailedAttempt("nope", Now);
        Assert.Null(message.LockedBy);
        Assert.Null(message.LockedUntil);
    }

    [Fact]
    public void MarkSent_FirstAttempt_IsSent()
    {
        var message = NewMessage();
        message.MarkSent(Now.AddSeconds(5));
        Assert.Equal(OutboxState.Sent, message.State);
        Assert.Equal(Now.AddSeconds(5), message.SentAt);
        Assert.Equal(1, message.Attempts);
        Assert.Null(message.LockedBy);
        Assert.Null(message.LockedUntil);
        Assert.Null(message.FailedAt);
    }

    [Fact]
    public void MarkSent_AfterFailedAttempts_ClearsTheErrorAndCountsTheAttempt()
    {
        var message = NewMessage();
        message.MarkFailedAttempt("nope", Now);
        message.MarkFailedAttempt("nope", Now.AddMinutes(1));
        message.MarkSent(Now.AddMinutes(3));
        Assert.Equal(OutboxState.Sent, message.State);
        Assert.Equal(3, message.Attempts);
        Assert.Null(message.LastError);
    }
}
