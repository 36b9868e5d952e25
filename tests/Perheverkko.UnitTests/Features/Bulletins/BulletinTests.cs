using Microsoft.AspNetCore.DataProtection;
using Perheverkko.Web.Features.Bulletins;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.Bulletins;

/// <summary>A bulletin goes Draft → Sent once; its audiences keep their order; the unsubscribe token cannot be forged.</summary>
public sealed class BulletinTests
{
    private static readonly DateTime Now = new(2027, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Group = Guid.NewGuid();

    private static Bulletin Draft() => new(Guid.NewGuid(), Guid.NewGuid(), new LocalizedText("Uutiset", null, "News"), new LocalizedText("**Hei**"), true,
        [new BulletinAudience(BulletinAudienceKind.PartyStaff), new BulletinAudience(BulletinAudienceKind.GroupMembers, Group), new BulletinAudience(BulletinAudienceKind.PartyStaff)],
        Guid.NewGuid(), Now);

    private static string Code(Action act) => Assert.ThrowsAny<DomainRuleViolation>(act).Rule.Code;

    [Fact]
    public void A_draft_is_changed_with_its_version_and_sent_once()
    {
        var bulletin = Draft();
        Assert.Equal(BulletinState.Draft, bulletin.State);
        Assert.Equal([new BulletinAudience(BulletinAudienceKind.PartyStaff), new BulletinAudience(BulletinAudienceKind.GroupMembers, Group)], bulletin.Audiences);
        Assert.Equal("News", bulletin.Subject.In("en"));
        Assert.Equal("Uutiset", bulletin.Subject.In("sv"));

        Assert.Equal("bulletin.stale", Code(() => bulletin.Change(bulletin.Version + 1, new LocalizedText("X"), new LocalizedText("Y"), false, [], Now)));
        bulletin.Change(bulletin.Version, new LocalizedText("Tiedote"), new LocalizedText("Teksti"), false, [new BulletinAudience(BulletinAudienceKind.Signatories)], Now);
        Assert.False(bulletin.Optional);
        Assert.Equal(2, bulletin.Version);

        var sender = Guid.NewGuid();
        bulletin.MarkSent(sender, Now.AddHours(1));
        Assert.Equal((BulletinState.Sent, Now.AddHours(1), sender, 3), (bulletin.State, bulletin.SentAt!.Value, bulletin.SentBy!.Value, bulletin.Version));
        Assert.Equal("bulletin.already_sent", Code(() => bulletin.MarkSent(sender, Now)));
        Assert.Equal("bulletin.already_sent", Code(() => bulletin.Change(bulletin.Version, new LocalizedText("X"), new LocalizedText("Y"), false, [], Now)));
    }

    [Theory]
    [InlineData("PartyStaff")]
    [InlineData("GroupMembers:6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    public void An_audience_reads_back_as_it_was_stored(string stored) => Assert.Equal(stored, BulletinAudience.Parse(stored).ToString());

    [Fact]
    public void The_unsubscribe_token_names_the_region_and_the_normalised_address_and_a_forged_one_reads_as_nothing()
    {
        var protection = new EphemeralDataProtectionProvider();
        var region = Guid.NewGuid();
        var token = BulletinUnsubscribeTokens.Protect(protection, region, "  Ulla.Ulkopuolinen@Perheverkko.Example ");
        Assert.Equal((region, "ulla.ulkopuolinen@perheverkko.example"), BulletinUnsubscribeTokens.Read(protection, token));
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        Assert.Null(BulletinUnsubscribeTokens.Read(protection, token[..^2] + (token[^2] == 'A' ? "BB" : "AA")));
        Assert.Null(BulletinUnsubscribeTokens.Read(protection, "not-a-token"));
        Assert.Null(BulletinUnsubscribeTokens.Read(protection, null));
        Assert.Null(BulletinUnsubscribeTokens.Read(new EphemeralDataProtectionProvider(), token));
    }
}
