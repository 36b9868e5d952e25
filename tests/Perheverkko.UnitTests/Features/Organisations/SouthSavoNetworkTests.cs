using Perheverkko.Web.Features.Organisations;
using static Perheverkko.Web.Features.Organisations.SouthSavoNetwork;

namespace Perheverkko.UnitTests.Features.Organisations;

/// <summary>The seeded network against the seed documents (000 §3, 001 §3) and the domain brief.</summary>
public sealed class SouthSavoNetworkTests
{
    private static PeriodFact Period(int start, int end) => Assert.Single(Periods, p => p.StartYear == start && p.EndYear == end);

    private static HashSet<string> PartySlugs(int start, int end) => Period(start, end).Parties.Select(p => p.OrganisationSlug).ToHashSet();

    /// <summary>Municipality slugs name the municipality's own organisation as well.</summary>
    private static Dictionary<string, OrganisationKind> KnownOrganisations() =>
        Municipalities.Select(m => (m.Slug, Kind: OrganisationKind.Municipality))
            .Concat(OtherOrganisations.Select(o => (o.Slug, o.Kind)))
            .ToDictionary(o => o.Slug, o => o.Kind);

    [Fact]
    public void There_are_the_twelve_municipalities_of_the_2026_2029_list()
    {
        string[] expected =
        [
            "Enonkoski", "Hirvensalmi", "Juva", "Kangasniemi", "Mikkeli", "Mäntyharju", "Pertunmaa",
            "Pieksämäki", "Puumala", "Rantasalmi", "Savonlinna", "Sulkava",
        ];
        Assert.Equal(12, Municipalities.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Municipalities.Select(m => m.Fi).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Municipality_codes_are_unique_and_three_digits()
    {
        Assert.All(Municipalities, m => Assert.Matches(@"^\d{3}$", m.Code));
        Assert.Equal(Municipalities.Count, Municipalities.Select(m => m.Code).Distinct().Count());
    }

    [Fact]
    public void Municipalities_have_their_organisation_named_in_every_language()
    {
        Assert.All(Municipalities, m =>
        {
            Assert.False(string.IsNullOrWhiteSpace(m.OrganisationFi));
            Assert.False(string.IsNullOrWhiteSpace(m.OrganisationSv));
            Assert.False(string.IsNullOrWhiteSpace(m.OrganisationEn));
        });
    }

    [Fact]
    public void Organisation_slugs_are_unique_and_url_safe()
    {
        var slugs = Municipalities.Select(m => m.Slug).Concat(OtherOrganisations.Select(o => o.Slug)).ToList();
        Assert.Equal(slugs.Count, slugs.Distinct(StringComparer.Ordinal).Count());
        Assert.All(slugs, s => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", s));
    }

    [Fact]
    public void The_agreement_periods_are_2022_2023_2024_2025_and_2026_2029()
    {
        Assert.Equal([(2022, 2023), (2024, 2025), (2026, 2029)], Periods.Select(p => (p.StartYear, p.EndYear)));
    }

    [Fact]
    public void Agreement_2026_2029_has_exactly_twenty_parties()
    {
        Assert.Equal(20, Period(2026, 2029).Parties.Count);
        Assert.Equal(20, PartySlugs(2026, 2029).Count);
    }

    [Fact]
    public void Agreement_2024_2025_has_the_same_party_list_as_2026_2029()
    {
        Assert.Equal(Period(2026, 2029).Parties, Period(2024, 2025).Parties);
    }

    [Fact]
    public void Agreement_2022_2023_has_nineteen_parties()
    {
        Assert.Equal(19, Period(2022, 2023).Parties.Count);
        Assert.Equal(19, PartySlugs(2022, 2023).Count);
    }

    [Fact]
    public void Enonkoski_Hirvensalmi_Sulkava_and_Eloisa_joined_after_2022_2023()
    {
        var joined = PartySlugs(2026, 2029).Except(PartySlugs(2022, 2023)).Order(StringComparer.Ordinal);
        Assert.Equal(["eloisa", "enonkoski", "hirvensalmi", "sulkava"], joined);
        Assert.Equal(WellbeingCounty, "eloisa");
    }

    [Fact]
    public void Essote_Sosteri_and_Vaalijala_left_after_2022_2023()
    {
        var left = PartySlugs(2022, 2023).Except(PartySlugs(2026, 2029)).Order(StringComparer.Ordinal);
        Assert.Equal(["essote", "sosteri", "vaalijala"], left);
    }

    [Fact]
    public void Essote_and_Sosteri_closed_when_the_wellbeing_county_took_over()
    {
        foreach (var slug in new[] { "essote", "sosteri" })
            Assert.Equal(new DateOnly(2022, 12, 31), Assert.Single(OtherOrganisations, o => o.Slug == slug).ClosedOn);
        Assert.Null(Assert.Single(OtherOrganisations, o => o.Slug == WellbeingCounty).ClosedOn);
    }

    [Fact]
    public void Every_party_slug_refers_to_a_known_organisation()
    {
        var known = KnownOrganisations();
        foreach (var period in Periods)
        foreach (var (listedName, slug) in period.Parties)
        {
            Assert.True(known.ContainsKey(slug), $"{period.StartYear}–{period.EndYear}: '{listedName}' → unknown '{slug}'");
            Assert.False(string.IsNullOrWhiteSpace(listedName));
        }
    }

    [Fact]
    public void Every_organisation_is_a_party_in_some_period()
    {
        var parties = Periods.SelectMany(p => p.Parties.Select(x => x.OrganisationSlug)).ToHashSet();
        Assert.All(KnownOrganisations().Keys, slug => Assert.Contains(slug, parties));
    }

    [Fact]
    public void Parties_of_2026_2029_by_kind_are_twelve_municipalities_one_county_four_ngos_two_parishes_one_company()
    {
        var known = KnownOrganisations();
        var byKind = PartySlugs(2026, 2029).GroupBy(s => known[s]).ToDictionary(g => g.Key, g => g.Count());
        var expected = new Dictionary<OrganisationKind, int>
        {
            [OrganisationKind.Municipality] = 12,
            [OrganisationKind.WellbeingCounty] = 1,
            [OrganisationKind.Ngo] = 4,
            [OrganisationKind.Parish] = 2,
            [OrganisationKind.Company] = 1,
        };
        Assert.Equal(expected.OrderBy(e => e.Key), byKind.OrderBy(e => e.Key));
    }

    [Fact]
    public void All_twelve_municipalities_are_parties_of_2026_2029()
    {
        Assert.Subset(PartySlugs(2026, 2029), Municipalities.Select(m => m.Slug).ToHashSet());
    }

    [Fact]
    public void There_are_three_family_centres_in_Mikkeli_Savonlinna_and_Pieksamaki_kept_by_the_wellbeing_county()
    {
        Assert.Equal(3, FamilyCentres.Count);
        Assert.Equal(["mikkeli", "pieksamaki", "savonlinna"], FamilyCentres.Select(f => f.MunicipalitySlug).Order(StringComparer.Ordinal));
        Assert.All(FamilyCentres, f => Assert.Equal(WellbeingCounty, f.OrganisationSlug));
        Assert.Equal(["Mikkelin perhekeskus", "Pieksämäen perhekeskus", "Savonlinnan perhekeskus"], FamilyCentres.Select(f => f.Fi).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_youth_guidance_centres_are_Olkkari_Pientare_and_Ohjaamo_Savonlinna()
    {
        var byName = YouthGuidanceCentres.ToDictionary(y => y.Fi, y => y.MunicipalitySlug);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Olkkari"] = "mikkeli",
            ["Pientare"] = "pieksamaki",
            ["Ohjaamo Savonlinna"] = "savonlinna",
        }.OrderBy(e => e.Key, StringComparer.Ordinal), byName.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Places_refer_to_known_municipalities_and_organisations_and_have_unique_slugs()
    {
        var municipalities = Municipalities.Select(m => m.Slug).ToHashSet();
        var organisations = KnownOrganisations();
        var places = FamilyCentres.Concat(YouthGuidanceCentres).ToList();
        Assert.All(places, p =>
        {
            Assert.Contains(p.MunicipalitySlug, municipalities);
            Assert.True(organisations.ContainsKey(p.OrganisationSlug), p.OrganisationSlug);
        });
        Assert.Equal(places.Count, places.Select(p => p.Slug).Distinct().Count());
    }
}
