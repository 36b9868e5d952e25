using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Organisations;

namespace Perheverkko.UnitTests.Features.Agreements;

/// <summary>The canonical text and its hash: what the parties decide on and sign. A change here changes every hash.</summary>
public sealed class AgreementTextTests
{
    private static readonly SectionText[] Two =
    [
        new(2, "Sopimuksen kesto", "Tämä sopimus on voimassa 2026-2029."),
        new(1, "Hyvinvointialue", "Etelä-Savon hyvinvointialue"),
    ];

    [Fact]
    public void The_canonical_text_has_numbered_headings_in_order_with_empty_lines_between()
    {
        Assert.Equal("1. Hyvinvointialue\n\nEtelä-Savon hyvinvointialue\n\n2. Sopimuksen kesto\n\nTämä sopimus on voimassa 2026-2029.\n",
            AgreementText.Canonical(Two));
    }

    [Fact]
    public void The_hash_is_the_sha256_of_the_utf8_canonical_text()
    {
        // Computed independently: printf '1. Hyvinvointialue\n\nEtelä-Savon hyvinvointialue\n\n2. Sopimuksen kesto\n\nTämä sopimus on voimassa 2026-2029.\n' | sha256sum
        Assert.Equal("246c039f0122bc35b6b7a7bb8ca7cb262f37117936aa938921798417bd087d29", AgreementText.Sha256(AgreementText.Canonical(Two)));
    }

    [Fact]
    public void Line_endings_trailing_spaces_and_extra_empty_lines_do_not_change_the_hash()
    {
        var canonical = AgreementText.Canonical(Two);
        var hash = AgreementText.Sha256(canonical);
        Assert.Equal(hash, AgreementText.Sha256(canonical.Replace("\n", "\r\n")));
        Assert.Equal(hash, AgreementText.Sha256(canonical.Replace("\n", "\r")));
        Assert.Equal(hash, AgreementText.Sha256("\n\n" + canonical.Replace("\n", "  \n").Replace("\n\n", "\n\n\n") + "\n\n"));
        SectionText[] messy =
        [
            new(1, "  Hyvinvointialue ", "\r\n Etelä-Savon\thyvinvointialue  \r\n\r\n\r\n"),
            new(2, "Sopimuksen  kesto", "Tämä sopimus on voimassa 2026-2029.\r\n"),
        ];
        Assert.Equal(canonical, AgreementText.Canonical(messy));
    }

    [Fact]
    public void Normalising_twice_changes_nothing()
    {
        var once = AgreementText.Normalise(" a \r\n\r\n\r\n b\t c \r\n");
        Assert.Equal("a\n\nb c\n", once);
        Assert.Equal(once, AgreementText.Normalise(once));
    }

    [Theory]
    [InlineData(1, "Hyvinvointialue", "Etelä-Savon hyvinvointialue.")]
    [InlineData(1, "Hyvinvointialue", "Etelä-Savon Hyvinvointialue")]
    [InlineData(1, "Hyvinvointialueet", "Etelä-Savon hyvinvointialue")]
    [InlineData(3, "Hyvinvointialue", "Etelä-Savon hyvinvointialue")]
    [InlineData(1, "Hyvinvointialue", "Etelä-Savon\n\nhyvinvointialue")]
    public void Any_change_of_wording_number_or_paragraphs_changes_the_hash(int number, string title, string body)
    {
        var changed = new[] { new SectionText(number, title, body), Two[0] };
        Assert.NotEqual(AgreementText.Sha256(AgreementText.Canonical(Two)), AgreementText.Sha256(AgreementText.Canonical(changed)));
    }

    [Fact]
    public void The_seeded_texts_have_the_24_sections_of_the_seeds()
    {
        foreach (var file in new[] { "2022-2023.txt", "2026-2029.txt" })
        {
            var sections = AgreementTextSeeder.Parse(AgreementTextSeeder.ReadResource(file));
            Assert.Equal(Enumerable.Range(1, 24), sections.Select(s => s.Number));
            Assert.All(sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Body)));
        }
        var text2026 = AgreementTextSeeder.Parse(AgreementTextSeeder.ReadResource("2026-2029.txt"));
        Assert.Equal("Sopimuksen irtisanominen", text2026.Single(s => s.Number == 21).Title);
        Assert.Contains("kesäkuun loppuun mennessä", text2026.Single(s => s.Number == 21).Body);
        // The page furniture of the PDF (committee reference, web addresses, page number) is not part of §12.
        Assert.DoesNotContain("Hyvinvointilautakunta", text2026.Single(s => s.Number == 12).Body);
    }

    [Fact]
    public void The_party_list_in_section_3_of_2026_2029_is_the_seeded_party_list()
    {
        var section3 = AgreementTextSeeder.Parse(AgreementTextSeeder.ReadResource("2026-2029.txt")).Single(s => s.Number == 3);
        var listed = section3.Body.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
        Assert.Equal(SouthSavoNetwork.Periods.Single(p => p.StartYear == 2026).Parties.Select(p => p.ListedName), listed);
    }
}
