using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Ptv;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Ptv;

public sealed class PtvCodesTests
{
    [Fact]
    public void Every_topic_goes_out_as_known_service_classes_that_come_back_as_the_same_topic()
    {
        foreach (var topic in Enum.GetValues<Topic>())
        {
            var uris = PtvCodes.ServiceClassUris([topic], ServiceLevel.Universal);
            Assert.NotEmpty(uris);
            Assert.All(uris, u => Assert.StartsWith(PtvCodes.ServiceClassList, u));
            Assert.All(uris, u => Assert.True(PtvCodes.IsKnown(PtvCodes.Normalise(u))));
            var back = PtvCodes.Topics(uris.Select(PtvCodes.Normalise), []);
            // PTV has no class for violence: its services go out as counselling and guidance, and come back as guidance.
            Assert.Contains(topic == Topic.Violence ? Topic.Guidance : topic, back);
        }
        Assert.Equal(["http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P3.2", "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P5.2"],
            PtvCodes.ServiceClassUris([Topic.Pregnancy, Topic.BabyCare], ServiceLevel.BasicHealth));
        // A service without topics still gets a class (PTV requires one), from its level.
        Assert.Equal(["http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P5.1"], PtvCodes.ServiceClassUris([], ServiceLevel.BasicHealth));
        Assert.Equal(["http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P3.6"], PtvCodes.ServiceClassUris([], ServiceLevel.BasicSocial));
    }

    [Fact]
    public void Audiences_go_out_as_citizens_and_their_group_and_the_groups_come_back()
    {
        Assert.Equal(["http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1", "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1.2",
            "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1.3"], PtvCodes.TargetGroupUris([Audience.Youth, Audience.Parents, Audience.Families]));
        Assert.Equal(["http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1"], PtvCodes.TargetGroupUris([]));
        foreach (var audience in new[] { Audience.Families, Audience.Children, Audience.Youth })
            Assert.Contains(audience, PtvCodes.Audiences(PtvCodes.TargetGroupUris([audience]).Select(PtvCodes.Normalise)));
        Assert.Equal([Audience.Families, Audience.Children], PtvCodes.Audiences(["KR1.2", "KR1"]));
        Assert.Empty(PtvCodes.LifeEventUris([Topic.Pregnancy], [Audience.ExpectingFamilies]));
    }

    [Fact]
    public void Codes_are_known_by_PTVs_lists_and_languages_by_ISO_639_1()
    {
        Assert.True(PtvCodes.IsKnown("P5.17"));
        Assert.True(PtvCodes.IsKnown("p3.1"));
        Assert.True(PtvCodes.IsKnown("KR1.2"));
        Assert.True(PtvCodes.IsKnown("KE4.1"));
        Assert.False(PtvCodes.IsKnown("P99.1"));
        Assert.False(PtvCodes.IsKnown("KR9"));
        Assert.False(PtvCodes.IsKnown("KE99"));
        Assert.False(PtvCodes.IsKnown("hyvinvointi"));
        Assert.Equal([Topic.Relationships, Topic.Pregnancy, Topic.BabyCare, Topic.ChildDevelopment], PtvCodes.Topics(["P3.1", "P5.2", "P27.1"], ["KE3"]));
        Assert.Equal("P5.2", PtvCodes.Normalise("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P5.2"));
        Assert.True(PtvCodes.IsLanguage("fi"));
        Assert.True(PtvCodes.IsLanguage("se"));
        Assert.False(PtvCodes.IsLanguage("suomi"));
        Assert.False(PtvCodes.IsLanguage("FI"));
        Assert.Equal(ServiceLevel.BasicHealth, PtvCodes.LevelOf(["P5.2"]));
        Assert.Equal(ServiceLevel.BasicSocial, PtvCodes.LevelOf(["P3.6"]));
        Assert.Equal(ServiceLevel.Universal, PtvCodes.LevelOf(["P4.12"]));
    }

    [Fact]
    public void Coordinates_convert_between_PTVs_ETRS_TM35FIN_and_WGS84()
    {
        // 60°N on the central meridian (27°E) is 6 651 411.19 m north in ETRS-TM35FIN: the meridian arc times the scale 0.9996.
        var (latitude, longitude) = EtrsTm35Fin.ToWgs84(6651411.19, 500000);
        Assert.Equal(60.0, latitude, 7);
        Assert.Equal(27.0, longitude, 7);
        // Helsinki's Senate Square, about 6 672 040 N, 386 375 E.
        (latitude, longitude) = EtrsTm35Fin.ToWgs84(6672040, 386375);
        Assert.InRange(latitude, 60.165, 60.175);
        Assert.InRange(longitude, 24.945, 24.960);
        // On the central meridian (27°E) easting is the false easting.
        Assert.Equal(500000, EtrsTm35Fin.FromWgs84(61.5, 27).Easting, 3);
        foreach (var (lat, lon) in new[] { (61.6886, 27.2723), (60.17, 24.95), (69.9, 27.0), (59.8, 21.0) })
        {
            var (n, e) = EtrsTm35Fin.FromWgs84(lat, lon);
            var back = EtrsTm35Fin.ToWgs84(n, e);
            Assert.Equal(lat, back.Latitude, 8);
            Assert.Equal(lon, back.Longitude, 8);
        }
    }

    [Fact]
    public async Task The_client_without_an_address_is_not_configured()
    {
        var client = new PtvOpenApiClient(new HttpClient(), new PtvOptions(), TimeProvider.System);
        var refusal = await Assert.ThrowsAsync<DomainRuleViolation>(() => client.ServicesAsync(Guid.NewGuid(), CancellationToken.None));
        Assert.Equal("ptv.not_configured", refusal.Rule.Code);
    }
}
