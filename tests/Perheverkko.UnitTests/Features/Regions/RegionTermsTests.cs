using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.Regions;

/// <summary>A region's terms as data: the notice arithmetic of 001 §21 and the ranges a coordinator may set.</summary>
public sealed class RegionTermsTests
{
    private static readonly RegionTerms SouthSavo = RegionTerms.SouthSavo;

    [Theory]
    [InlineData("2027-06-30", "2027-12-31")] // on the deadline day: the same year
    [InlineData("2027-07-01", "2028-12-31")] // the day after: the next year
    [InlineData("2027-01-01", "2027-12-31")]
    [InlineData("2027-12-31", "2028-12-31")]
    public void A_notice_by_the_deadline_ends_the_agreement_at_the_end_of_the_year_and_one_after_it_a_year_later(string notice, string end) =>
        Assert.Equal(DateOnly.Parse(end), SouthSavo.NoticeEndDate(DateOnly.Parse(notice)));

    [Theory]
    [InlineData("2027-02-28", "2027-12-31")] // no 29 February in 2027: the deadline is the month's last day
    [InlineData("2027-03-01", "2028-12-31")]
    [InlineData("2028-02-29", "2028-12-31")] // a leap year: the deadline day itself
    [InlineData("2028-03-01", "2029-12-31")]
    public void A_29_February_deadline_is_the_last_day_of_February_in_a_common_year(string notice, string end) =>
        Assert.Equal(DateOnly.Parse(end), (SouthSavo with { NoticeDeadlineMonth = 2, NoticeDeadlineDay = 29 }).NoticeEndDate(DateOnly.Parse(notice)));

    [Theory]
    [InlineData("2027-06-01", "2028-03-31")] // an end day before the deadline would end it before the notice: the next one
    [InlineData("2027-07-01", "2028-03-31")]
    public void An_end_day_earlier_in_the_year_than_the_notice_is_the_next_such_day(string notice, string end) =>
        Assert.Equal(DateOnly.Parse(end), (SouthSavo with { EndMonth = 3, EndDay = 31 }).NoticeEndDate(DateOnly.Parse(notice)));

    [Fact]
    public void An_end_day_of_29_February_falls_on_the_28th_in_a_common_year() =>
        Assert.Equal(new DateOnly(2029, 2, 28), (SouthSavo with { EndMonth = 2, EndDay = 29 }).NoticeEndDate(new DateOnly(2028, 7, 1)));

    [Fact]
    public void South_Savos_terms_pass_their_own_check()
    {
        SouthSavo.Check();
        (SouthSavo with { NoticeDeadlineMonth = 2, NoticeDeadlineDay = 29, Languages = "fi", LeadershipMeetingsPerYear = 1, SigningReminderDays = 90 }).Check();
    }

    public static TheoryData<RegionTerms, string> Broken() => new()
    {
        { SouthSavo with { NoticeDeadlineMonth = 2, NoticeDeadlineDay = 30 }, "region.day_invalid" },
        { SouthSavo with { NoticeDeadlineMonth = 4, NoticeDeadlineDay = 31 }, "region.day_invalid" },
        { SouthSavo with { NoticeDeadlineMonth = 13 }, "region.day_invalid" },
        { SouthSavo with { NoticeDeadlineDay = 0 }, "region.day_invalid" },
        { SouthSavo with { EndMonth = 0 }, "region.end_day_invalid" },
        { SouthSavo with { EndDay = 32 }, "region.end_day_invalid" },
        { SouthSavo with { EndMonth = 11, EndDay = 31 }, "region.end_day_invalid" },
        { SouthSavo with { LeadershipMeetingsPerYear = 0 }, "region.rhythm_invalid" },
        { SouthSavo with { LeadershipMeetingsPerYear = 13 }, "region.rhythm_invalid" },
        { SouthSavo with { SigningReminderDays = 0 }, "region.reminder_invalid" },
        { SouthSavo with { SigningReminderDays = 91 }, "region.reminder_invalid" },
        { SouthSavo with { Languages = "sv,fi" }, "region.languages_invalid" },
        { SouthSavo with { Languages = "fi,fi" }, "region.languages_invalid" },
        { SouthSavo with { Languages = "fi,de" }, "region.languages_invalid" },
        { SouthSavo with { Languages = "" }, "region.languages_invalid" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Terms_out_of_range_break_their_rule(RegionTerms terms, string code) =>
        Assert.Equal(code, Assert.Throws<DomainRuleViolation>(terms.Check).Rule.Code);

    [Fact]
    public void Changing_the_terms_takes_the_version_seen_and_counts_up()
    {
        var region = new Region(Guid.NewGuid(), "kuvitteela", new LocalizedText("Kuvitteelan hyvinvointialue"), SouthSavo, DateTime.UtcNow);
        region.ChangeTerms(1, SouthSavo with { SigningReminderDays = 14 }, DateTime.UtcNow);
        Assert.Equal(2, region.Version);
        Assert.Equal(14, region.Terms.SigningReminderDays);
        Assert.Same(RegionRules.Stale, Assert.Throws<DomainRuleViolation>(() => region.ChangeTerms(1, SouthSavo, DateTime.UtcNow)).Rule);
        Assert.Equal(RegionRules.RhythmInvalid, Assert.Throws<DomainRuleViolation>(() =>
            region.ChangeTerms(2, SouthSavo with { LeadershipMeetingsPerYear = 24 }, DateTime.UtcNow)).Rule);
        Assert.Equal(2, region.Version);
    }

    [Fact]
    public void The_audit_detail_says_what_changed_before_and_after()
    {
        var after = SouthSavo with { NoticeDeadlineMonth = 5, NoticeDeadlineDay = 31, DefaultQuorum = QuorumThreshold.AtLeastHalf, Languages = "fi" };
        Assert.Equal("notice deadline 30.6. → 31.5.; default quorum MoreThanHalf → AtLeastHalf; languages fi,sv,en → fi",
            ChangeRegionTerms.Describe(SouthSavo, after));
        Assert.Equal("no change", ChangeRegionTerms.Describe(SouthSavo, SouthSavo));
    }

    [Fact]
    public void Terms_left_out_are_South_Savos_and_languages_are_normalised()
    {
        var terms = new RegionTermsInput(null, null, null, null, 6, null, MinutesApproval.AtNextMeeting, null, " FI, sv ").Over(SouthSavo);
        Assert.Equal(SouthSavo with { LeadershipMeetingsPerYear = 6, DefaultMinutesApproval = MinutesApproval.AtNextMeeting, Languages = "fi,sv" }, terms);
    }

    [Fact]
    public void Municipalities_are_read_as_code_Finnish_name_and_Swedish_name()
    {
        var list = AddRegion.ParseMunicipalities("990:Kuvitteela:Fiktiva, 991:Satula\n992 : Ääriranta : Yttre");
        Assert.Equal(["990", "991", "992"], list.Select(m => m.Code));
        Assert.Equal(["Kuvitteela", "Satula", "Ääriranta"], list.Select(m => m.Name!.Fi));
        Assert.Equal(["Fiktiva", null, "Yttre"], list.Select(m => m.Name!.Sv));
        Assert.Empty(AddRegion.ParseMunicipalities(" "));
        Assert.Equal("validation.municipality_entry",
            Assert.Throws<InputInvalid>(() => AddRegion.ParseMunicipalities("990")).Errors["municipalities"][0].Key);
    }

    [Theory]
    [InlineData("Pieksämäki", "pieksamaki")]
    [InlineData("Mänttä-Vilppula", "mantta-vilppula")]
    [InlineData("Närpes – Närpiö", "narpes-narpio")]
    public void A_municipality_name_becomes_its_address(string name, string slug) => Assert.Equal(slug, AddRegion.Slugify(name));
}
