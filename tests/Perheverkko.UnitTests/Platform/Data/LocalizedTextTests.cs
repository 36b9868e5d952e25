using System.Globalization;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.UnitTests.Platform.Data;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Full = new("Mikkelin kaupunki", "S:t Michels stad", "City of Mikkeli");

    [Theory]
    [InlineData("fi", "Mikkelin kaupunki")]
    [InlineData("sv", "S:t Michels stad")]
    [InlineData("en", "City of Mikkeli")]
    public void In_LanguagePresent_ReturnsThatLanguage(string language, string expected) => Assert.Equal(expected, Full.In(language));

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void In_LanguageMissing_FallsBackToFinnish(string language)
    {
        Assert.Equal("Pertunmaan kunta", new LocalizedText("Pertunmaan kunta").In(language));
        Assert.Equal("Pertunmaan kunta", new LocalizedText("Pertunmaan kunta", "", "").In(language));
        Assert.Equal("Pertunmaan kunta", new LocalizedText("Pertunmaan kunta", "  ", " \t").In(language));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("SV")]
    public void In_UnknownLanguage_IsFinnish(string language) => Assert.Equal("Mikkelin kaupunki", Full.In(language));

    [Fact]
    public void InCurrentCulture_FollowsTheUiCulture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("sv-FI");
            Assert.Equal("S:t Michels stad", Full.InCurrentCulture());
            CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            Assert.Equal("Mikkelin kaupunki", Full.InCurrentCulture());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void ToString_IsFinnish() => Assert.Equal("Mikkelin kaupunki", Full.ToString());
}
