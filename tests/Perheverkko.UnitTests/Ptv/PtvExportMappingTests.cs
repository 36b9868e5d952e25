using System.Text.Json;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Ptv;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.UnitTests.Ptv;

/// <summary>What an export sends to PTV (docs/ptv.md, "Export"), PTV's coordinates, and how PTV's answers are read.</summary>
public sealed class PtvExportMappingTests
{
    private static readonly Guid PtvOrganisation = Guid.Parse("7b58c7b5-1e1f-4d7e-9b3a-2d1b6f0a9c11");

    [Fact]
    public void ETRS_TM35FIN_is_computed_from_WGS84_and_back()
    {
        // On the central meridian the easting is the false easting and the northing the scaled meridian arc (6 654 072.8 m × 0.9996 at 60°N).
        var (northing, easting) = EtrsTm35Fin.FromWgs84(60, 27);
        Assert.Equal(500000.0, easting, 3);
        Assert.Equal(6651411.19, northing, 2);
        // Mikkeli's market square and Helsinki's railway station, as Finnish maps give them (to a metre).
        var (mn, me) = EtrsTm35Fin.FromWgs84(61.6886, 27.2728);
        Assert.Equal((6839521.0, 514434.0), (Math.Round(mn), Math.Round(me)));
        var (hn, he) = EtrsTm35Fin.FromWgs84(60.1699, 24.9384);
        Assert.Equal((6672118.0, 385611.0), (Math.Round(hn), Math.Round(he)));
        foreach (var (lat, lon) in new[] { (59.81, 19.6), (61.6886, 27.2728), (69.9, 27.0), (63.1, 31.5) })
        {
            var (n, e) = EtrsTm35Fin.FromWgs84(lat, lon);
            var (backLat, backLon) = EtrsTm35Fin.ToWgs84(n, e);
            Assert.Equal(lat, backLat, 8);
            Assert.Equal(lon, backLon, 8);
        }
    }

    private static MeetingPlace Place(string? street = "Porrassalmenkatu 17 A", string? phone = "015 194 2000") => MeetingPlace.Create(
        Guid.Parse("0b0e2f44-6c43-4a5c-9d6e-3f1a2b3c4d5e"), Guid.NewGuid(), "perhetalo", Guid.NewGuid(), new MeetingPlaceDetails(
            new LocalizedText("Perhetalo Pikkuinen", "Familjehuset Pikkuinen"), new LocalizedText("**Avoin** kohtaamispaikka lapsiperheille.\n\nTervetuloa kahville!"),
            MeetingPlaceKind.MeetingPlace, Guid.NewGuid(), street, "50100", "Mikkeli", 61.6886, 27.2728, new LocalizedText(""),
            [new WeeklyOpening(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(16, 0)), new WeeklyOpening(DayOfWeek.Thursday, new TimeOnly(12, 0), new TimeOnly(18, 30))],
            [new OpeningException(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 26), null, null, new LocalizedText("Joulutauko")),
             new OpeningException(new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31), new TimeOnly(9, 0), new TimeOnly(12, 0), null)],
            [], phone, "perhetalo@mikkeli.example", "https://perhetalo.mikkeli.example", null), DateTime.UnixEpoch);

    [Fact]
    public void A_meeting_place_becomes_a_service_location_channel_in_PTVs_names()
    {
        var input = PtvExportMapping.MeetingPlace(Place(), PtvOrganisation, "491", archive: false);
        var json = JsonDocument.Parse(JsonSerializer.Serialize(input, PtvInput.Json)).RootElement;

        Assert.Equal("0b0e2f44-6c43-4a5c-9d6e-3f1a2b3c4d5e", json.GetProperty("sourceId").GetString());
        Assert.Equal(PtvOrganisation.ToString("D"), json.GetProperty("organizationId").GetString());
        Assert.Equal("Published", json.GetProperty("publishingStatus").GetString());
        Assert.Equal(["fi", "sv"], json.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["Name:fi:Perhetalo Pikkuinen", "Name:sv:Familjehuset Pikkuinen"],
            json.GetProperty("serviceChannelNames").EnumerateArray().Select(n => $"{n.GetProperty("type")}:{n.GetProperty("language")}:{n.GetProperty("value")}"));
        Assert.Equal(["Name:fi", "Name:sv"], json.GetProperty("displayNameType").EnumerateArray().Select(n => $"{n.GetProperty("type")}:{n.GetProperty("language")}"));
        // Summary and description in each language of the name; plain text; the Swedish one without a text of its own falls back to the name.
        var descriptions = json.GetProperty("serviceChannelDescriptions").EnumerateArray().Select(d => $"{d.GetProperty("type")}:{d.GetProperty("language")}:{d.GetProperty("value")}").ToList();
        Assert.Contains("Summary:fi:Avoin kohtaamispaikka lapsiperheille.", descriptions);
        Assert.Contains("Description:sv:Familjehuset Pikkuinen", descriptions);
        Assert.Contains("Description:fi:Avoin kohtaamispaikka lapsiperheille.\n\nTervetuloa kahville!", descriptions);
        Assert.Equal(4, descriptions.Count);

        var address = json.GetProperty("addresses")[0];
        Assert.Equal(("Location", "Single", "FI"), (address.GetProperty("type").GetString(), address.GetProperty("subType").GetString(), address.GetProperty("country").GetString()));
        var street = address.GetProperty("streetAddress");
        Assert.Equal(("Porrassalmenkatu", "17 A", "50100", "491"), (street.GetProperty("street")[0].GetProperty("value").GetString(),
            street.GetProperty("streetNumber").GetString(), street.GetProperty("postalCode").GetString(), street.GetProperty("municipality").GetString()));
        Assert.Equal(("6839520.92", "514434.115"), (street.GetProperty("latitude").GetString()![..10], street.GetProperty("longitude").GetString()));

        var phone = json.GetProperty("phoneNumbers")[0];
        Assert.Equal(("+358", "151942000", false), (phone.GetProperty("prefixNumber").GetString(), phone.GetProperty("number").GetString(), phone.GetProperty("isFinnishServiceNumber").GetBoolean()));
        Assert.Equal("perhetalo@mikkeli.example", json.GetProperty("emails")[0].GetProperty("value").GetString());
        Assert.Equal("https://perhetalo.mikkeli.example", json.GetProperty("webPages")[0].GetProperty("url").GetString());

        var hours = json.GetProperty("serviceHours").EnumerateArray().ToList();
        Assert.Equal(["DaysOfTheWeek", "Exceptional", "Exceptional"], hours.Select(h => h.GetProperty("serviceHourType").GetString()));
        Assert.True(hours[0].GetProperty("validForNow").GetBoolean());
        Assert.Equal(["Monday 09:00:00-16:00:00", "Thursday 12:00:00-18:30:00"],
            hours[0].GetProperty("openingHour").EnumerateArray().Select(o => $"{o.GetProperty("dayFrom")} {o.GetProperty("from")}-{o.GetProperty("to")}"));
        Assert.Equal(("2026-12-24T00:00:00", "2026-12-26T00:00:00", true, "Joulutauko"), (hours[1].GetProperty("validFrom").GetString(),
            hours[1].GetProperty("validTo").GetString(), hours[1].GetProperty("isClosed").GetBoolean(), hours[1].GetProperty("additionalInformation")[0].GetProperty("value").GetString()));
        Assert.Equal("Thursday 09:00:00-12:00:00", hours[2].GetProperty("openingHour").EnumerateArray()
            .Select(o => $"{o.GetProperty("dayFrom")} {o.GetProperty("from")}-{o.GetProperty("to")}").Single());

        // Archived here: PTV's copy is archived. No street address: no address is sent (PTV then says what it lacks).
        Assert.Equal("Deleted", PtvExportMapping.MeetingPlace(Place(), PtvOrganisation, "491", archive: true).PublishingStatus);
        Assert.Empty(PtvExportMapping.MeetingPlace(Place(street: null, phone: null), PtvOrganisation, "491", archive: false).Addresses);
    }

    [Fact]
    public void A_service_becomes_PTVs_service_with_its_codes_areas_and_charge()
    {
        var service = Service.Create(Guid.Parse("5d1c7a2e-8f3b-4e6a-b1c2-d3e4f5a6b7c8"), Guid.NewGuid(), Guid.NewGuid(), new ServiceDetails(
            new LocalizedText("Lapsiperheiden kotipalvelu"), new LocalizedText(string.Concat(Enumerable.Repeat("Kotipalvelu auttaa arjessa. ", 12))), ServiceLevel.Universal, null,
            null, null, [Audience.Families], [Topic.Parenting], [], [], null, null, null, null, Cost.Fee, "Maksu tulojen mukaan."), DateTime.UnixEpoch);
        var input = PtvExportMapping.Service(service, PtvOrganisation, ["491", "740"], archive: false,
            ["http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P3.1"], ["http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR2"], []);

        Assert.Equal(("5d1c7a2e-8f3b-4e6a-b1c2-d3e4f5a6b7c8", "Service", "PubliclyFunded", "Chargeable", "Published"),
            (input.SourceId, input.Type, input.FundingType, input.ServiceChargeType, input.PublishingStatus));
        Assert.Equal(("LimitedType", "Municipality"), (input.AreaType, input.Areas.Single().Type));
        Assert.Equal(["491", "740"], input.Areas.Single().AreaCodes);
        Assert.Equal(["fi"], input.Languages);
        Assert.Equal(PtvOrganisation.ToString("D"), input.MainResponsibleOrganization);
        Assert.Equal(("SelfProducedServices", PtvOrganisation), (input.ServiceProducers.Single().ProvisionType, input.ServiceProducers.Single().Organizations.Single()));
        var summary = input.ServiceDescriptions.Single(d => d.Type == "Summary").Value;
        Assert.True(summary.Length <= PtvExportMapping.SummaryMaxLength && summary.EndsWith("arjessa.…", StringComparison.Ordinal) | summary.EndsWith("auttaa…", StringComparison.Ordinal)
            | summary.EndsWith("Kotipalvelu…", StringComparison.Ordinal), summary);
        Assert.StartsWith("Kotipalvelu auttaa arjessa. Kotipalvelu", summary);
        Assert.Equal("Maksu tulojen mukaan.", input.ServiceDescriptions.Single(d => d.Type == "ChargeTypeAdditionalInfo").Value);
        var json = JsonSerializer.Serialize(input, PtvInput.Json);
        Assert.Contains("\"serviceClasses\":[\"http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P3.1\"]", json);
        Assert.Contains("\"mainResponsibleOrganization\":", json);
    }

    [Theory]
    [InlineData("015 194 2000", "+358", "151942000", false)]
    [InlineData("+358 44 123 4567", "+358", "441234567", false)]
    [InlineData("044-123 4567", "+358", "441234567", false)]
    [InlineData("0800 123 456", null, "0800123456", true)]
    [InlineData("+46 8 123 456", "+46", "8123456", false)]
    [InlineData("+1 212 555 0100", "+1", "2125550100", false)]
    public void A_phone_number_is_split_as_PTV_keeps_it(string phone, string? prefix, string number, bool serviceNumber)
    {
        var result = PtvExportMapping.Phone(phone);
        Assert.Equal((prefix, number, serviceNumber), (result.PrefixNumber, result.Number, result.IsFinnishServiceNumber));
    }

    [Fact]
    public void PTVs_answers_are_read_as_people_read_them()
    {
        Assert.Equal("ServiceNames: Type - Required value 'Name' was not found!\nServiceClasses: The ServiceClasses field is required.; Second message",
            PtvInputClient.ReadableError("{\"ServiceNames\":[\"Type - Required value 'Name' was not found!\"],\"ServiceClasses\":[\"The ServiceClasses field is required.\",\"Second message\"]}"));
        Assert.Equal("Not supported.", PtvInputClient.ReadableError("\"Not supported.\""));
        Assert.Equal("<html>Bad gateway</html>", PtvInputClient.ReadableError("  <html>Bad gateway</html> "));
        Assert.Equal(2000 + 1, PtvInputClient.ReadableError(new string('a', 3000)).Length);

        var payload = Convert.ToBase64String("{\"exp\":1767225600,\"username\":\"x\"}"u8.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225600), PtvInputClient.ExpiresAt($"e30.{payload}.sig"));
        Assert.Null(PtvInputClient.ExpiresAt("opaque-token"));
        Assert.Null(PtvInputClient.ExpiresAt("a.!!!.c"));
    }
}
