using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.Agreements;

/// <summary>The rules a version checks itself: its period, its sections, and the end of its time in force.</summary>
public sealed class AgreementVersionTests
{
    private static readonly DateTime Now = new(2029, 9, 1, 9, 0, 0, DateTimeKind.Utc);

    private static AgreementVersion Draft()
    {
        var version = new AgreementVersion(Guid.NewGuid(), Guid.NewGuid(), 2030, 2033, "Etelä-Savon perhekeskustoiminnan yhteistyösopimus");
        version.AddSection(1, "Sopimuksen tarkoitus", "Yhteistyö.", null, null, Now);
        return version;
    }

    [Fact]
    public void The_next_version_cannot_end_before_it_starts()
    {
        Assert.Equal(AgreementRules.PeriodInvalid, Assert.Throws<DomainRuleViolation>(() => AgreementVersion.DraftFrom(Draft(), Guid.NewGuid(), 2034, 2033, "Seuraava", Now)).Rule);
        var oneYear = AgreementVersion.DraftFrom(Draft(), Guid.NewGuid(), 2034, 2034, "Seuraava", Now);
        Assert.Equal((2034, 2034, 1), (oneYear.StartYear, oneYear.EndYear, oneYear.Sections.Count));
    }

    [Fact]
    public void A_section_that_is_not_there_is_not_found_whether_read_changed_or_removed()
    {
        var version = Draft();
        Assert.Equal(AgreementRules.SectionNotFound, Assert.Throws<NotFoundException>(() => version.SectionNumbered(2)).Rule);
        Assert.Equal(AgreementRules.SectionNotFound, Assert.Throws<NotFoundException>(() => version.ChangeSection(2, 2, "Otsikko", "Teksti.", null, null, Now)).Rule);
        Assert.Equal(AgreementRules.SectionNotFound, Assert.Throws<NotFoundException>(() => version.RemoveSection(2, hasComments: false)).Rule);
        Assert.Equal(1, version.SectionNumbered(1).Number);
    }

    [Fact]
    public void A_version_cannot_end_before_it_entered_into_force()
    {
        var version = Draft();
        version.Freeze(new string('a', 64), Now);
        version.SendForSigning(Now);
        version.EnterIntoForce(new DateOnly(2030, 1, 15));
        Assert.Equal(SigningRules.EndBeforeStart, Assert.Throws<DomainRuleViolation>(() => version.End(new DateOnly(2030, 1, 14))).Rule);
        version.End(new DateOnly(2030, 1, 15));
        Assert.Equal((AgreementStatus.Ended, new DateOnly(2030, 1, 15)), (version.Status, version.EndedOn!.Value));
    }
}
