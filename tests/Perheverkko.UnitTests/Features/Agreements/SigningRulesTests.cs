using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Agreements.Signing;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.Agreements;

/// <summary>001 §21 as South Savo's region terms: notice by 30 June ends that year, later notice the next.</summary>
public sealed class NoticeEndDateTests
{
    private static readonly RegionTerms SouthSavo = RegionTerms.SouthSavo;

    [Theory]
    [InlineData(2027, 6, 30, 2027)] // on 30 June: the end of that year
    [InlineData(2027, 1, 1, 2027)]
    [InlineData(2027, 7, 1, 2028)] // on 1 July: the end of the next year
    [InlineData(2027, 12, 31, 2028)]
    [InlineData(2028, 2, 29, 2028)] // a leap day is an ordinary day before July
    [InlineData(2028, 6, 30, 2028)]
    [InlineData(2028, 7, 1, 2029)]
    public void Notice_day_gives_the_last_day_31_December(int year, int month, int day, int endYear) =>
        Assert.Equal(new DateOnly(endYear, 12, 31), SouthSavo.NoticeEndDate(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("2027-06-30T20:59:59Z", "2027-06-30")] // 23.59.59 in Helsinki (summer time, UTC+3): still June
    [InlineData("2027-06-30T21:00:00Z", "2027-07-01")] // midnight in Helsinki: already July
    [InlineData("2027-12-31T22:00:00Z", "2028-01-01")] // winter time, UTC+2
    [InlineData("2028-02-28T22:30:00Z", "2028-02-29")]
    public void The_notice_day_is_the_Helsinki_date(string utc, string helsinki) =>
        Assert.Equal(DateOnly.Parse(helsinki), HelsinkiTime.DateOf(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));

    [Fact]
    public void A_notice_given_at_midnight_in_Helsinki_on_1_July_ends_a_year_later_than_one_a_minute_earlier()
    {
        var lastMinuteOfJune = HelsinkiTime.DateOf(new DateTime(2027, 6, 30, 20, 59, 0, DateTimeKind.Utc));
        var firstMinuteOfJuly = HelsinkiTime.DateOf(new DateTime(2027, 6, 30, 21, 0, 0, DateTimeKind.Utc));
        Assert.Equal(new DateOnly(2027, 12, 31), SouthSavo.NoticeEndDate(lastMinuteOfJune));
        Assert.Equal(new DateOnly(2028, 12, 31), SouthSavo.NoticeEndDate(firstMinuteOfJuly));
    }
}

public sealed class PartyMembershipTests
{
    /// <summary>The last day of the 2026–2029 period.</summary>
    private static readonly DateOnly Last = new(2029, 12, 31);

    private static Party Joined(DateOnly on)
    {
        var party = new Party(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Mikkeli", 1);
        party.Join(on);
        return party;
    }

    [Fact]
    public void A_party_is_a_party_from_joining_to_its_last_day()
    {
        var party = Joined(new DateOnly(2026, 3, 1));
        party.GiveNotice(new DateOnly(2027, 6, 30), RegionTerms.SouthSavo, "Matti", Last);
        Assert.False(party.IsPartyOn(new DateOnly(2026, 2, 28)));
        Assert.True(party.IsPartyOn(new DateOnly(2026, 3, 1)));
        Assert.True(party.IsPartyOn(new DateOnly(2027, 12, 31)));
        Assert.False(party.IsPartyOn(new DateOnly(2028, 1, 1)));
    }

    [Fact]
    public void A_notice_ends_by_the_terms_of_the_region_and_keeps_that_day()
    {
        // A fictional region whose agreement takes notice by 31 March and ends on 31 August.
        var terms = RegionTerms.SouthSavo with { NoticeDeadlineMonth = 3, NoticeDeadlineDay = 31, EndMonth = 8, EndDay = 31 };
        var party = Joined(new DateOnly(2026, 3, 1));
        party.GiveNotice(new DateOnly(2027, 4, 1), terms, "Matti", Last);
        Assert.Equal(new DateOnly(2028, 8, 31), party.EndsOn);
        Assert.Equal(new DateOnly(2027, 8, 31), terms.NoticeEndDate(new DateOnly(2027, 3, 31)));
    }

    [Fact]
    public void A_notice_never_ends_after_the_period()
    {
        // 001 §21 in the period's last year: notice on 1 July 2029 is after the deadline, so by the terms it would end on
        // 31 December 2030 — a year after the agreement itself. It ends with the period.
        var party = Joined(new DateOnly(2026, 1, 1));
        party.GiveNotice(new DateOnly(2029, 7, 1), RegionTerms.SouthSavo, "Matti", Last);
        Assert.Equal(new DateOnly(2029, 12, 31), party.EndsOn);
        Assert.Equal(new DateOnly(2030, 12, 31), RegionTerms.SouthSavo.NoticeEndDate(new DateOnly(2029, 7, 1)));
        Assert.Equal(new DateOnly(2029, 12, 31), AgreementVersion.NoticeEndDate(RegionTerms.SouthSavo, new DateOnly(2028, 7, 1), Last));
        Assert.Equal(new DateOnly(2028, 12, 31), AgreementVersion.NoticeEndDate(RegionTerms.SouthSavo, new DateOnly(2028, 6, 30), Last));
    }

    [Fact]
    public void Notice_twice_is_refused_and_withdrawal_only_before_it_takes_effect()
    {
        var party = Joined(new DateOnly(2026, 3, 1));
        party.GiveNotice(new DateOnly(2027, 7, 1), RegionTerms.SouthSavo, "Matti", Last);
        Assert.Equal(SigningRules.NoticeAlreadyGiven, Assert.Throws<DomainRuleViolation>(() => party.GiveNotice(new DateOnly(2027, 7, 2), RegionTerms.SouthSavo, "Matti", Last)).Rule);
        Assert.Equal(SigningRules.NoticeInEffect, Assert.Throws<DomainRuleViolation>(() => party.WithdrawNotice(new DateOnly(2029, 1, 1), DateTime.UtcNow)).Rule);
        party.WithdrawNotice(new DateOnly(2028, 12, 31), DateTime.UtcNow);
        Assert.Null(party.EndsOn);
        Assert.NotNull(party.NoticeWithdrawnAt);
        Assert.Equal(SigningRules.NoNotice, Assert.Throws<DomainRuleViolation>(() => party.WithdrawNotice(new DateOnly(2028, 1, 1), DateTime.UtcNow)).Rule);
    }

    [Fact]
    public void A_leaving_is_recorded_once_and_not_before_joining()
    {
        var party = Joined(new DateOnly(2026, 3, 1));
        Assert.Equal(SigningRules.LeavingBeforeJoining, Assert.Throws<DomainRuleViolation>(() => party.Leave(new DateOnly(2026, 2, 27))).Rule);
        party.Leave(new DateOnly(2027, 12, 31));
        Assert.Equal(PartyEnd.Leaving, party.EndReason);
        Assert.Equal(SigningRules.AlreadyEnding, Assert.Throws<DomainRuleViolation>(() => party.Leave(new DateOnly(2028, 12, 31))).Rule);
    }

    [Fact]
    public void The_same_person_cannot_be_both_signatories()
    {
        var party = Joined(new DateOnly(2026, 3, 1));
        var user = Guid.NewGuid();
        PartySignatory Signatory() => new(Guid.NewGuid(), party.Id, user, "Sirkka Sivistys", "sirkka@mikkeli.example");
        Assert.Equal(SigningRules.SignatoryTwice, Assert.Throws<DomainRuleViolation>(() => party.NameSignatories(SigningRule.Joint, [Signatory(), Signatory()], false)).Rule);
        Assert.Empty(party.Signatories);
    }

    [Fact]
    public void An_organisation_that_is_not_a_party_of_the_version_is_not_found() =>
        Assert.Equal(SigningRules.PartyNotFound, Assert.Throws<NotFoundException>(() =>
            SigningData.PartyOf(new AgreementVersion(Guid.NewGuid(), Guid.NewGuid(), 2026, 2029, "Sopimus"), Guid.NewGuid())).Rule);

    [Fact]
    public void One_that_never_joined_cannot_give_notice() =>
        Assert.Equal(SigningRules.NoticeNotAParty, Assert.Throws<DomainRuleViolation>(() =>
            new Party(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Juva", 2).GiveNotice(new DateOnly(2027, 1, 1), RegionTerms.SouthSavo, "Juha", Last)).Rule);
}

public sealed class EntryIntoForceTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    private static PartySigningState Party(SigningRule rule, Guid[] named, Guid[] signed, bool takesPart = true) => new(rule, named, signed, takesPart);

    [Fact]
    public void A_single_signatory_meets_the_rule_by_signing() =>
        Assert.True(EntryIntoForce.RuleMet(Party(SigningRule.Single, [A], [A])));

    [Fact]
    public void Two_who_sign_together_both_have_to_sign()
    {
        Assert.False(EntryIntoForce.RuleMet(Party(SigningRule.Joint, [A, B], [A])));
        Assert.True(EntryIntoForce.RuleMet(Party(SigningRule.Joint, [A, B], [B, A])));
    }

    [Fact]
    public void A_party_without_the_signatories_its_rule_asks_for_has_not_met_it()
    {
        Assert.False(EntryIntoForce.RuleMet(Party(SigningRule.Joint, [A], [A])));
        Assert.False(EntryIntoForce.RuleMet(Party(SigningRule.Single, [], [])));
    }

    [Fact]
    public void The_version_is_due_when_every_party_taking_part_has_met_its_rule_and_not_before()
    {
        var single = Party(SigningRule.Single, [A], [A]);
        var jointHalf = Party(SigningRule.Joint, [B, C], [B]);
        Assert.False(EntryIntoForce.IsDue([single, jointHalf]));
        Assert.True(EntryIntoForce.IsDue([single, Party(SigningRule.Joint, [B, C], [B, C])]));
        // A party whose organ rejected the text does not hold the others up.
        Assert.True(EntryIntoForce.IsDue([single, jointHalf with { TakesPart = false }]));
        Assert.False(EntryIntoForce.IsDue([]));
        Assert.False(EntryIntoForce.IsDue([single with { TakesPart = false }]));
    }
}

public sealed class SigningChainTests
{
    private static readonly Guid Version = Guid.NewGuid();
    private static readonly string Hash = new('a', 64);

    private static List<SigningEvent> Chain()
    {
        var at = new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
        var sent = SigningEvent.Next(null, Version, SigningEventKind.SentForSigning, at, Hash);
        var first = SigningEvent.Next(sent, Version, SigningEventKind.Signed, at.AddHours(1), Hash, Guid.NewGuid(), "Mikkeli", Guid.NewGuid(), "Sirkka Sivistys", "VAPSILTK 8.2.2026 § 4");
        var second = SigningEvent.Next(first, Version, SigningEventKind.Rejected, at.AddHours(2), Hash, Guid.NewGuid(), "Juva", Guid.NewGuid(), "Juha \"Juva\"\nÖ", null, "Kohta 7");
        return [sent, first, second];
    }

    [Fact]
    public void An_untouched_chain_is_intact_and_each_event_points_at_the_one_before()
    {
        var chain = Chain();
        Assert.Null(SigningChain.FirstBroken(chain));
        Assert.Equal(SigningEvent.Genesis, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal((1, 2, 3), (chain[0].Sequence, chain[1].Sequence, chain[2].Sequence));
    }

    [Fact]
    public void The_hash_is_the_SHA256_of_the_canonical_JSON_array()
    {
        var e = Chain()[1];
        Assert.StartsWith($"[\"{SigningEvent.Genesis}\"", Chain()[0].Canonical());
        Assert.Contains("\"Sirkka Sivistys\"", e.Canonical());
        Assert.Contains("\"2026-03-02T09:00:00.000000Z\"", e.Canonical());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(e.Canonical()))), e.Hash);
    }

    [Fact]
    public void A_changed_field_a_changed_link_or_a_missing_event_is_found()
    {
        var chain = Chain();
        var rows = chain.Select(e => (e.Sequence, e.PreviousHash, e.Hash, Canonical: e.Canonical())).ToList();
        Assert.Equal(2, SigningChain.FirstBroken(rows.Select((r, i) => i == 1 ? r with { Canonical = r.Canonical.Replace("Sirkka", "Sanna") } : r)));
        Assert.Equal(3, SigningChain.FirstBroken(rows.Select((r, i) => i == 2 ? r with { PreviousHash = new string('0', 64) } : r)));
        Assert.Equal(3, SigningChain.FirstBroken(rows.Where((_, i) => i != 1)));
        // Re-hashing a changed event does not help: the next event still points at the old hash.
        var forged = rows[1] with { Canonical = rows[1].Canonical.Replace("Sirkka", "Sanna") };
        forged = forged with { Hash = SigningChain.HashOf(forged.Canonical) };
        Assert.Equal(3, SigningChain.FirstBroken([rows[0], forged, rows[2]]));
    }
}
