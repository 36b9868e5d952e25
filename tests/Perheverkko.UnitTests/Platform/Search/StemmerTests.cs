using Perheverkko.Web.Platform.Search;

namespace Perheverkko.UnitTests.Platform.Search;

/// <summary>Known word/stem pairs of the published Snowball algorithms' sample vocabularies and descriptions.</summary>
public sealed class StemmerTests
{
    [Theory]
    [InlineData("edeltäjien", "edeltäj")]
    [InlineData("edeltäjiensä", "edeltäjie")]
    [InlineData("edeltäjiään", "edeltäjiä")]
    [InlineData("edeltäjä", "edeltäj")]
    [InlineData("edeltäneelle", "edeltän")]
    [InlineData("edeltänyt", "edeltäny")]
    [InlineData("edeltänyttä", "edeltänyt")]
    [InlineData("edeltävien", "edeltäv")]
    [InlineData("innostuessaan", "innostue")]
    [InlineData("innostuisivat", "innostuisiv")]
    [InlineData("innostukseen", "innostuks")]
    [InlineData("innostuminen", "innostumin")]
    [InlineData("innostuneempia", "innostun")]
    [InlineData("innostuneisuus", "innostuneisuus")]
    [InlineData("innostunutta", "innostunut")]
    [InlineData("innostustaan", "innostu")]
    [InlineData("innostutaan", "innostu")]
    public void Finnish(string word, string stem) => Assert.Equal(stem, FinnishStemmer.Stem(word));

    [Fact]
    public void Finnish_inflected_forms_of_one_word_share_a_stem()
    {
        foreach (var form in new[] { "perhekerhoon", "perhekerhossa", "perhekerhot", "perhekerhosta", "perhekerholle" })
            Assert.Equal(FinnishStemmer.Stem("perhekerho"), FinnishStemmer.Stem(form));
    }

    [Theory]
    [InlineData("klokhet", "klok")]
    [InlineData("barnen", "barn")]
    [InlineData("flickorna", "flick")]
    [InlineData("hästarna", "häst")]
    [InlineData("lekfullt", "lekfull")]
    [InlineData("familjer", "familj")]
    [InlineData("barnfamiljer", "barnfamilj")]
    public void Swedish(string word, string stem) => Assert.Equal(stem, SwedishStemmer.Stem(word));

    [Theory]
    [InlineData("consigned", "consign")]
    [InlineData("consigning", "consign")]
    [InlineData("consignment", "consign")]
    [InlineData("generously", "generous")]
    [InlineData("running", "run")]
    [InlineData("hopping", "hop")]
    [InlineData("hoping", "hope")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "tie")]
    [InlineData("families", "famili")]
    [InlineData("parents", "parent")]
    [InlineData("relational", "relat")]
    [InlineData("knightly", "knight")]
    [InlineData("skies", "sky")]
    public void English(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));
}
