using System.Text.Json;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Ptv;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.UnitTests.Ptv;

/// <summary>PTV's Open API v11 JSON, as PTV serves it, to the directory's details, and every problem that keeps an entry out.</summary>
public sealed class PtvImportMappingTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Guid Mikkeli = Guid.NewGuid();
    private static readonly Dictionary<string, Guid> Municipalities = new() { ["491"] = Mikkeli, ["097"] = Guid.NewGuid() };
    private static readonly Guid PlaceHere = Guid.NewGuid();
    private const string Channel = "2d1b7f43-4f1c-4a44-9b0c-3f4f4a0a0d11";

    private const string ServiceJson = """
        {
          "id": "0b6f1bd0-2f3c-4ad5-8f3e-7c1b5e7d9a01", "sourceId": null, "type": "Service",
          "serviceNames": [ { "language": "fi", "value": "Perheneuvola", "type": "Name" }, { "language": "sv", "value": "Familjerådgivning", "type": "Name" },
                            { "language": "fi", "value": "Kasvatusneuvola", "type": "AlternativeName" } ],
          "serviceDescriptions": [ { "language": "fi", "value": "Lyhyesti.", "type": "Summary" }, { "language": "fi", "value": "Kasvatus- ja perheneuvontaa.", "type": "Description" },
                                   { "language": "en", "value": "In short.", "type": "Summary" },
                                   { "language": "fi", "value": "Asiakasmaksu tulojen mukaan.", "type": "ChargeTypeAdditionalInfo" } ],
          "serviceChargeType": "Chargeable", "areaType": "LimitedType",
          "areas": [ { "type": "Municipality", "code": "491", "name": [ { "value": "Mikkeli", "language": "fi" } ], "municipalities": [] } ],
          "languages": [ "fi", "sv" ],
          "serviceClasses": [ { "name": [ { "value": "Kasvatus- ja perheneuvonta", "language": "fi" } ], "code": "P3.7", "ontologyType": null,
                                "uri": "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P3.7", "parentId": null, "parentUri": null } ],
          "targetGroups": [ { "code": "KR1", "uri": "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1" },
                            { "code": null, "uri": "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1.2" } ],
          "lifeEvents": [ { "code": "KE3", "uri": "http://uri.suomi.fi/codelist/ptv/ptvelamantilanteet/code/KE3" } ],
          "serviceChannels": [ { "serviceChannel": { "id": "2d1b7f43-4f1c-4a44-9b0c-3f4f4a0a0d11", "name": "Perhekeskus" },
                                 "contactDetails": { "emails": [ { "value": "Perheneuvola@Mikkeli.example", "language": "fi" } ],
                                   "phoneNumbers": [ { "prefixNumber": "+358", "number": "447941111", "language": "fi", "isFinnishServiceNumber": false } ],
                                   "webPages": [ { "url": "https://www.mikkeli.example/perheneuvola", "value": "Perheneuvola", "language": "fi" } ] } },
                               { "serviceChannel": { "id": "9c4c0bb1-7d55-4d43-8e4f-5d2b0e2c7a99", "name": "Verkkosivu" } } ],
          "organizations": [ { "organization": { "id": "5f0e1a3b-0f0e-4d7a-9b2a-6c3e1e4d2b10", "name": "Mikkelin kaupunki" }, "roleType": "Responsible" } ],
          "publishingStatus": "Published", "modified": "2026-11-02T08:15:00.000Z"
        }
        """;

    private const string LocationJson = """
        {
          "id": "2d1b7f43-4f1c-4a44-9b0c-3f4f4a0a0d11", "serviceChannelType": "ServiceLocation", "organizationId": "5f0e1a3b-0f0e-4d7a-9b2a-6c3e1e4d2b10",
          "serviceChannelNames": [ { "language": "fi", "value": "Perhekeskus Mikkeli", "type": "Name" }, { "language": "en", "value": "Mikkeli Family Centre", "type": "Name" } ],
          "serviceChannelDescriptions": [ { "language": "fi", "value": "Kohtaamispaikka.", "type": "Summary" } ],
          "languages": [ "fi" ],
          "phoneNumbers": [ { "type": "Phone", "prefixNumber": "+358", "number": "447940000", "language": "sv" } ],
          "emails": [ { "value": "perhekeskus@mikkeli.example", "language": "fi" } ],
          "webPages": [ { "url": "https://www.mikkeli.example/perhekeskus", "value": "Perhekeskus", "language": "fi" } ],
          "addresses": [ { "type": "Postal", "subType": "PostOfficeBox", "streetAddress": null },
                         { "type": "Location", "subType": "Single", "streetAddress": {
                             "street": [ { "value": "Maaherrankatu", "language": "fi" } ], "streetNumber": "13", "postalCode": "50100",
                             "postOffice": [ { "value": "S:t Michel", "language": "sv" }, { "value": "MIKKELI", "language": "fi" } ],
                             "municipality": { "code": "491", "name": [ { "value": "Mikkeli", "language": "fi" } ] },
                             "latitude": "6839520.810", "longitude": "514407.659", "coordinateState": "Ok" } } ],
          "serviceHours": [
            { "serviceHourType": "DaysOfTheWeek", "validFrom": null, "validTo": null, "isClosed": false, "validForNow": true, "isAlwaysOpen": false,
              "openingHour": [ { "dayFrom": "Monday", "dayTo": null, "from": "09:00:00", "to": "15:00:00" },
                               { "dayFrom": "Sunday", "dayTo": "", "from": "12:00:00", "to": "00:00:00" } ] },
            { "serviceHourType": "DaysOfTheWeek", "validFrom": "2027-06-01T00:00:00", "validTo": "2027-08-31T00:00:00", "isClosed": false, "validForNow": false,
              "isAlwaysOpen": false, "openingHour": [ { "dayFrom": "Tuesday", "from": "10:00:00", "to": "12:00:00" } ] },
            { "serviceHourType": "Exceptional", "validFrom": "2026-12-23T22:00:00Z", "validTo": "2026-12-25T22:00:00Z", "isClosed": true, "validForNow": false,
              "additionalInformation": [ { "value": "Joulutauko", "language": "fi" } ], "openingHour": [] },
            { "serviceHourType": "Exceptional", "validFrom": "2026-12-31T00:00:00", "validTo": null, "isClosed": false, "validForNow": false,
              "openingHour": [ { "dayFrom": "Thursday", "from": "09:00:00", "to": "12:00:00" } ] },
            { "serviceHourType": "Special", "validFrom": null, "validTo": null, "isClosed": false, "validForNow": true, "openingHour": [] } ],
          "publishingStatus": "Published", "modified": "2026-11-02T08:15:00.000Z"
        }
        """;

    private static V11VmOpenApiService Service(string json = ServiceJson) => JsonSerializer.Deserialize<V11VmOpenApiService>(json, Json)!;
    private static V11VmOpenApiServiceLocationChannel Location(string json = LocationJson) => JsonSerializer.Deserialize<V11VmOpenApiServiceLocationChannel>(json, Json)!;

    [Fact]
    public void A_service_takes_its_names_descriptions_codes_area_languages_contacts_charge_and_places()
    {
        var mapped = PtvImportMapping.Service(Service(), Municipalities, new Dictionary<string, Guid> { [Channel] = PlaceHere });
        Assert.True(mapped.IsValid);
        Assert.Equal(("0b6f1bd0-2f3c-4ad5-8f3e-7c1b5e7d9a01", "Perheneuvola"), (mapped.PtvId, mapped.Name));
        var d = mapped.Details!;
        Assert.Equal(("Perheneuvola", "Familjerådgivning", (string?)null), (d.Name.Fi, d.Name.Sv, d.Name.En));
        Assert.Equal(("Kasvatus- ja perheneuvontaa.", "In short."), (d.Description.Fi, d.Description.En));
        Assert.Equal([Topic.Parenting, Topic.ChildDevelopment], d.Topics);
        Assert.Equal([Audience.Families, Audience.Children], d.Audiences);
        Assert.Equal(["fi", "sv"], d.Languages);
        Assert.Equal(Mikkeli, d.MunicipalityId);
        Assert.Equal([PlaceHere], d.MeetingPlaceIds);
        Assert.Equal(("+358 447941111", "perheneuvola@mikkeli.example", "https://www.mikkeli.example/perheneuvola"), (d.Phone, d.Email, d.WebUrl));
        Assert.Equal((Cost.Fee, "Asiakasmaksu tulojen mukaan."), (d.Cost, d.FeeNote));
        Assert.Equal((ServiceLevel.Universal, (int?)null, (string?)null), (d.Level, d.AgeMin, d.BookingUrl));
        Assert.Equal(["2d1b7f43-4f1c-4a44-9b0c-3f4f4a0a0d11", "9c4c0bb1-7d55-4d43-8e4f-5d2b0e2c7a99"], PtvImportMapping.ConnectedChannels(Service()));
        // A wider area serves the whole region.
        Assert.Null(PtvImportMapping.Service(Service(ServiceJson.Replace("\"LimitedType\"", "\"Nationwide\"")), Municipalities, new Dictionary<string, Guid>()).Details!.MunicipalityId);
    }

    [Fact]
    public void A_service_location_takes_its_address_converted_coordinates_contacts_and_hours()
    {
        var mapped = PtvImportMapping.Place(Location(), Municipalities);
        Assert.True(mapped.IsValid, string.Join("; ", mapped.Problems));
        var d = mapped.Details!;
        Assert.Equal(("Perhekeskus Mikkeli", "Mikkeli Family Centre", "Kohtaamispaikka."), (d.Name.Fi, d.Name.En, d.Description.Fi));
        Assert.Equal((Mikkeli, "Maaherrankatu 13", "50100", "MIKKELI"), (d.MunicipalityId, d.StreetAddress, d.PostalCode, d.PostOffice));
        Assert.Equal(61.6886, d.Latitude!.Value, 4);
        Assert.Equal(27.2723, d.Longitude!.Value, 4);
        Assert.Equal(("+358 447940000", "perhekeskus@mikkeli.example", "https://www.mikkeli.example/perhekeskus"), (d.Phone, d.Email, d.WebUrl));
        Assert.Equal((MeetingPlaceKind.MeetingPlace, 0, (Guid?)null), (d.Kind, d.Offers.Count, d.FamilyCentreId));
        // Monday's hours and Sunday's until midnight; next summer's hours are not this week's.
        Assert.Equal([new WeeklyOpening(DayOfWeek.Monday, new(9, 0), new(15, 0)), new WeeklyOpening(DayOfWeek.Sunday, new(12, 0), new(23, 59))], d.OpeningHours);
        // A closure given in UTC is Finnish days; other hours on one day.
        Assert.Equal([new OpeningException(new(2026, 12, 24), new(2026, 12, 26), null, null, new LocalizedText("Joulutauko")),
            new OpeningException(new(2026, 12, 31), new(2026, 12, 31), new(9, 0), new(12, 0), null)], d.OpeningExceptions);
    }

    [Fact]
    public void Every_problem_of_an_entry_is_reported_and_the_entry_is_not_taken()
    {
        var service = ServiceJson
            .Replace("\"value\": \"Perheneuvola\", \"type\": \"Name\"", "\"value\": \"Perheneuvola\", \"type\": \"AlternativeName\"")
            .Replace("\"code\": \"P3.7\"", "\"code\": \"P99.9\"")
            .Replace("\"code\": \"KE3\"", "\"code\": \"Lapsi\"")
            .Replace("[ \"fi\", \"sv\" ]", "[ \"fi\", \"suomi\" ]")
            .Replace("\"code\": \"491\", \"name\"", "\"code\": \"091\", \"name\"")
            .Replace("Kasvatus- ja perheneuvontaa.", new string('k', DirectoryEntry.DescriptionMaxLength + 1))
            .Replace("447941111", new string('4', 40));
        var mapped = PtvImportMapping.Service(Service(service), Municipalities, new Dictionary<string, Guid>());
        Assert.False(mapped.IsValid);
        Assert.Null(mapped.Details);
        Assert.Equal([PtvImportProblems.MunicipalityNotInRegion, PtvImportProblems.NoFinnishName, PtvImportProblems.TextTooLong, PtvImportProblems.UnknownCode,
            PtvImportProblems.UnknownLanguage], mapped.Problems.Select(p => p.Code).Distinct().Order());
        Assert.Contains(new PtvProblem(PtvImportProblems.UnknownCode, "serviceClasses: P99.9"), mapped.Problems);
        Assert.Contains(new PtvProblem(PtvImportProblems.UnknownCode, "lifeEvents: Lapsi"), mapped.Problems);
        Assert.Contains(new PtvProblem(PtvImportProblems.TextTooLong, "phone (45 > 40)"), mapped.Problems);
        Assert.Contains(new PtvProblem(PtvImportProblems.TextTooLong, $"description.fi ({DirectoryEntry.DescriptionMaxLength + 1} > {DirectoryEntry.DescriptionMaxLength})"), mapped.Problems);

        foreach (var (location, code) in new[]
        {
            (LocationJson.Replace("\"longitude\": \"514407.659\"", "\"longitude\": null"), PtvImportProblems.InvalidCoordinates),
            (LocationJson.Replace("\"latitude\": \"6839520.810\"", "\"latitude\": \"61.68\""), PtvImportProblems.InvalidCoordinates),
            (LocationJson.Replace("\"latitude\": \"6839520.810\"", "\"latitude\": \"9999999.0\""), PtvImportProblems.InvalidCoordinates),
            (LocationJson.Replace("\"to\": \"15:00:00\"", "\"to\": \"08:00:00\""), PtvImportProblems.InvalidHours),
            (LocationJson.Replace("\"dayFrom\": \"Monday\"", "\"dayFrom\": \"Maanantai\""), PtvImportProblems.InvalidHours),
            (LocationJson.Replace("\"dayTo\": \"\"", "\"dayTo\": \"Monday\""), PtvImportProblems.InvalidHours),
            (LocationJson.Replace("\"validTo\": \"2026-12-25T22:00:00Z\"", "\"validTo\": \"2026-12-01T00:00:00\""), PtvImportProblems.InvalidHours),
            (LocationJson.Replace("\"code\": \"491\"", "\"code\": \"853\""), PtvImportProblems.MunicipalityNotInRegion),
            (LocationJson.Replace("\"language\": \"fi\", \"value\": \"Perhekeskus Mikkeli\"", "\"language\": \"se\", \"value\": \"Perhekeskus Mikkeli\""), PtvImportProblems.NoFinnishName),
            (LocationJson.Replace("\"50100\"", "\"501000\""), PtvImportProblems.TextTooLong),
            (LocationJson.Replace("perhekeskus@mikkeli.example", new string('p', 250) + "@mikkeli.example"), PtvImportProblems.TextTooLong),
            (LocationJson.Replace("https://www.mikkeli.example/perhekeskus", "https://www.mikkeli.example/" + new string('p', 500)), PtvImportProblems.TextTooLong),
        })
        {
            var place = PtvImportMapping.Place(Location(location), Municipalities);
            Assert.False(place.IsValid);
            Assert.Equal(code, Assert.Single(place.Problems).Code);
        }
    }

    [Fact]
    public void A_changed_field_reads_the_same_way_here_and_in_PTV()
    {
        var d = PtvImportMapping.Place(Location(), Municipalities).Details!;
        Assert.Equal("Perhekeskus Mikkeli / Mikkeli Family Centre", PtvImportMapping.Describe(d, "name"));
        Assert.Equal("Maaherrankatu 13, 50100 MIKKELI", PtvImportMapping.Describe(d, "streetAddress"));
        Assert.Equal("Monday 09:00–15:00; Sunday 12:00–23:59", PtvImportMapping.Describe(d, "openingHours"));
        Assert.Equal("2026-12-24–2026-12-26 closed (Joulutauko); 2026-12-31–2026-12-31 09:00–12:00", PtvImportMapping.Describe(d, "openingExceptions"));
        var s = PtvImportMapping.Service(Service(), Municipalities, new Dictionary<string, Guid> { [Channel] = PlaceHere }).Details!;
        Assert.Equal("Perhekeskus Mikkeli", PtvImportMapping.Describe(s, "meetingPlaceIds", id => id == PlaceHere ? "Perhekeskus Mikkeli" : "?"));
        Assert.Equal("Parenting, ChildDevelopment", PtvImportMapping.Describe(s, "topics", _ => ""));
    }
}
