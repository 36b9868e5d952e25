using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Perheverkko.Web.Features.Ptv;

namespace Perheverkko.Testing.Ptv;

/// <summary>
/// A fictional but realistic organisation in Mikkeli as PTV would serve it: three services (family counselling, the
/// maternity and child health clinic, family work) and two service locations with addresses, coordinates in PTV's
/// ETRS-TM35FIN, phone, e-mail, weekly hours and a Christmas closure; texts in Finnish, Swedish and English. Ids are
/// derived from the organisation's, so a test can seed the same set again and find it by name with <see cref="IdOf"/>.
/// </summary>
public sealed partial class FakePtv
{
    public void SeedExampleOrganisation(Guid ptvOrganisationId, string municipalityCode = "491")
    {
        Organisations[ptvOrganisationId] = true;
        var centre = ExampleId(ptvOrganisationId, "location:perhekeskus");
        var clinic = ExampleId(ptvOrganisationId, "location:neuvola");
        ServiceLocations[centre] = ServiceLocation(centre, ptvOrganisationId,
            ("Perhekeskus Mikkeli, kohtaamispaikka", "Familjecentret i S:t Michel, mötesplats", "Mikkeli Family Centre, meeting place"),
            "Avoin kohtaamispaikka lapsiperheille: perhekahvila, vertaistukea ja neuvontaa.", municipalityCode,
            ("Maaherrankatu", "13", "50100", "Mikkeli"), (61.6886, 27.2723), "+358", "447940000", "perhekeskus@mikkeli.example",
            "https://www.mikkeli.example/perhekeskus", [("Monday", "09:00:00", "15:00:00"), ("Tuesday", "09:00:00", "15:00:00"),
                ("Wednesday", "12:00:00", "18:00:00"), ("Thursday", "09:00:00", "15:00:00")], closedFrom: "2026-12-24", closedTo: "2026-12-26");
        ServiceLocations[clinic] = ServiceLocation(clinic, ptvOrganisationId,
            ("Neuvola Mikkeli keskusta", "Rådgivningen i S:t Michel centrum", "Mikkeli centre child health clinic"),
            "Äitiys- ja lastenneuvolan vastaanotot keskustassa.", municipalityCode,
            ("Porrassalmenkatu", "21", "50100", "Mikkeli"), (61.6872, 27.2660), "+358", "447941234", "neuvola@mikkeli.example",
            null, [("Monday", "08:00:00", "16:00:00"), ("Friday", "08:00:00", "14:00:00")], closedFrom: "2026-12-31", closedTo: null);
        AddService(ptvOrganisationId, "service:perheneuvola", ("Perheneuvola", "Familjerådgivningen", "Family counselling"),
            "Kasvatus- ja perheneuvontaa lapsiperheille, kun arjessa tai vanhemmuudessa on huolia.", ["P3.7"], ["KR1", "KR1.2"], municipalityCode, [centre]);
        AddService(ptvOrganisationId, "service:neuvola", ("Äitiys- ja lastenneuvola", "Mödra- och barnrådgivning", "Maternity and child health clinic"),
            "Raskauden seuranta ja lapsen kasvun ja kehityksen tuki ennen kouluikää.", ["P5.2"], ["KR1", "KR1.2"], municipalityCode, [clinic, centre]);
        AddService(ptvOrganisationId, "service:perhetyo", ("Perhetyö", "Familjearbete", "Family work"),
            "Kotiin annettavaa tukea lapsiperheen arkeen.", ["P3.6"], ["KR1.2"], municipalityCode, [centre]);
    }

    /// <summary>The PTV id of a service or service location by its Finnish name.</summary>
    public Guid IdOf(string finnishName) =>
        Services.Concat(ServiceLocations).First(e => (e.Value[e.Value.ContainsKey("serviceNames") ? "serviceNames" : "serviceChannelNames"] as JsonArray ?? [])
            .Any(n => (string?)n?["language"] == "fi" && (string?)n?["value"] == finnishName)).Key;

    /// <summary>Changes a service or service location in PTV as an editor there would (for drift).</summary>
    public void Change(Guid ptvId, Action<JsonObject> change)
    {
        var entry = Services.TryGetValue(ptvId, out var service) ? service : ServiceLocations[ptvId];
        change(entry);
        // PTV stamps every saved version.
        entry["modified"] = "2026-12-01T10:00:00.000Z";
    }

    /// <summary>Sets the Finnish text of one of an entry's typed texts ("serviceNames", "serviceChannelDescriptions", …).</summary>
    public static void SetText(JsonObject entry, string list, string type, string finnish)
    {
        var item = (entry[list] as JsonArray ?? []).OfType<JsonObject>().First(i => (string?)i["language"] == "fi" && (string?)i["type"] == type);
        item["value"] = finnish;
    }

    /// <summary>
    /// Adds a service PTV serves but the import must refuse: an unknown service class, no Finnish name, a text longer than
    /// the directory keeps; and a service location with only one coordinate.
    /// </summary>
    public (Guid Service, Guid Location) AddInvalidEntries(Guid ptvOrganisationId)
    {
        var service = AddService(ptvOrganisationId, "service:invalid", ("", "Ogiltig tjänst", "Invalid service"), new string('x', 4001),
            ["P99.1"], ["KR1.2"], "491", []);
        var location = ExampleId(ptvOrganisationId, "location:invalid");
        var channel = ServiceLocation(location, ptvOrganisationId, ("Rikkinäinen paikka", null, null), "Koordinaatti puuttuu.", "491",
            ("Hallituskatu", "1", "50100", "Mikkeli"), (61.69, 27.27), null, "401", null, null, [("Monday", "10:00:00", "09:00:00")], null, null);
        ((JsonObject)channel["addresses"]![0]!["streetAddress"]!)["longitude"] = null;
        ServiceLocations[location] = channel;
        return (service, location);
    }

    private Guid AddService(Guid organisation, string key, (string Fi, string? Sv, string? En) name, string description, string[] classes,
        string[] targetGroups, string municipalityCode, Guid[] channels)
    {
        var id = ExampleId(organisation, key);
        Services[id] = new JsonObject
        {
            ["id"] = id.ToString(),
            ["sourceId"] = null,
            ["type"] = "Service",
            ["fundingType"] = "PubliclyFunded",
            ["serviceNames"] = Texts(name, "Name"),
            ["serviceDescriptions"] = new JsonArray(Text("fi", description, "Description"), Text("fi", description.Length > 150 ? description[..150] : description, "Summary")),
            ["serviceChargeType"] = "FreeOfCharge",
            ["areaType"] = "LimitedType",
            ["areas"] = new JsonArray(new JsonObject
            {
                ["type"] = "Municipality", ["code"] = municipalityCode,
                ["name"] = new JsonArray(Item("fi", "Mikkeli")), ["municipalities"] = new JsonArray(),
            }),
            ["languages"] = new JsonArray("fi", "sv", "en"),
            ["serviceClasses"] = new JsonArray(classes.Select(c => (JsonNode)Finto(c, "ptvserclass2")).ToArray()),
            ["targetGroups"] = new JsonArray(targetGroups.Select(c => (JsonNode)Finto(c, "ptvkohderyhmat")).ToArray()),
            ["lifeEvents"] = new JsonArray(),
            ["ontologyTerms"] = new JsonArray(),
            ["serviceChannels"] = new JsonArray(channels.Select(c => (JsonNode)new JsonObject
            {
                ["serviceChannel"] = new JsonObject { ["id"] = c.ToString(), ["name"] = null },
                ["serviceChargeType"] = null, ["description"] = new JsonArray(), ["serviceHours"] = new JsonArray(),
                ["contactDetails"] = new JsonObject { ["emails"] = new JsonArray(), ["phoneNumbers"] = new JsonArray(), ["webPages"] = new JsonArray(), ["addresses"] = new JsonArray() },
            }).ToArray()),
            ["organizations"] = new JsonArray(new JsonObject
            {
                ["organization"] = new JsonObject { ["id"] = organisation.ToString(), ["name"] = "Mikkelin kaupunki" },
                ["roleType"] = "Responsible", ["provisionType"] = null, ["additionalInformation"] = new JsonArray(),
            }),
            ["publishingStatus"] = "Published",
            ["modified"] = "2026-11-02T08:15:00.000Z",
        };
        return id;
    }

    private static JsonObject ServiceLocation(Guid id, Guid organisation, (string Fi, string? Sv, string? En) name, string description,
        string municipalityCode, (string Street, string Number, string PostalCode, string PostOffice) address, (double Latitude, double Longitude) wgs84,
        string? phonePrefix, string? phone, string? email, string? web, (string Day, string From, string To)[] weekly, string? closedFrom, string? closedTo)
    {
        var (northing, easting) = EtrsTm35Fin.FromWgs84(wgs84.Latitude, wgs84.Longitude);
        var hours = new JsonArray(new JsonObject
        {
            ["serviceHourType"] = "DaysOfTheWeek", ["validFrom"] = null, ["validTo"] = null, ["isClosed"] = false, ["validForNow"] = true,
            ["isAlwaysOpen"] = false, ["isReservation"] = false, ["additionalInformation"] = new JsonArray(),
            ["openingHour"] = new JsonArray(weekly.Select(w => (JsonNode)new JsonObject { ["dayFrom"] = w.Day, ["dayTo"] = null, ["from"] = w.From, ["to"] = w.To }).ToArray()),
        });
        if (closedFrom is not null)
            hours.Add(new JsonObject
            {
                ["serviceHourType"] = "Exceptional", ["validFrom"] = closedFrom + "T00:00:00", ["validTo"] = closedTo is null ? null : closedTo + "T00:00:00",
                ["isClosed"] = true, ["validForNow"] = false, ["isAlwaysOpen"] = false, ["isReservation"] = false,
                ["additionalInformation"] = new JsonArray(Item("fi", "Suljettu")), ["openingHour"] = new JsonArray(),
            });
        return new JsonObject
        {
            ["id"] = id.ToString(),
            ["sourceId"] = null,
            ["serviceChannelType"] = "ServiceLocation",
            ["organizationId"] = organisation.ToString(),
            ["serviceChannelNames"] = Texts(name, "Name"),
            ["serviceChannelDescriptions"] = new JsonArray(Text("fi", description, "Description"), Text("fi", description, "Summary")),
            ["areaType"] = "Nationwide",
            ["areas"] = new JsonArray(),
            ["phoneNumbers"] = phone is null ? new JsonArray() : new JsonArray(new JsonObject
            {
                ["type"] = "Phone", ["additionalInformation"] = null, ["serviceChargeType"] = "Chargeable", ["chargeDescription"] = null,
                ["prefixNumber"] = phonePrefix, ["isFinnishServiceNumber"] = false, ["number"] = phone, ["language"] = "fi",
            }),
            ["emails"] = email is null ? new JsonArray() : new JsonArray(Item("fi", email)),
            ["languages"] = new JsonArray("fi", "sv"),
            ["webPages"] = web is null ? new JsonArray() : new JsonArray(new JsonObject { ["url"] = web, ["value"] = name.Fi, ["language"] = "fi" }),
            ["addresses"] = new JsonArray(new JsonObject
            {
                ["type"] = "Location", ["subType"] = "Single",
                ["streetAddress"] = new JsonObject
                {
                    ["street"] = new JsonArray(Item("fi", address.Street)),
                    ["streetNumber"] = address.Number,
                    ["postalCode"] = address.PostalCode,
                    ["postOffice"] = new JsonArray(Item("fi", address.PostOffice), Item("sv", address.PostOffice == "Mikkeli" ? "S:t Michel" : address.PostOffice)),
                    ["municipality"] = new JsonObject { ["code"] = municipalityCode, ["name"] = new JsonArray(Item("fi", "Mikkeli")) },
                    ["additionalInformation"] = new JsonArray(),
                    ["latitude"] = northing.ToString("0.000", CultureInfo.InvariantCulture),
                    ["longitude"] = easting.ToString("0.000", CultureInfo.InvariantCulture),
                    ["coordinateState"] = "Ok",
                },
                ["country"] = "FI",
            }),
            ["serviceHours"] = hours,
            ["services"] = new JsonArray(),
            ["publishingStatus"] = "Published",
            ["modified"] = "2026-11-02T08:15:00.000Z",
        };
    }

    private static JsonArray Texts((string Fi, string? Sv, string? En) text, string type) =>
        new(new[] { ("fi", text.Fi), ("sv", text.Sv), ("en", text.En) }.Where(t => !string.IsNullOrEmpty(t.Item2)).Select(t => (JsonNode)Text(t.Item1, t.Item2!, type)).ToArray());

    private static JsonObject Text(string language, string value, string type) => new() { ["language"] = language, ["value"] = value, ["type"] = type };

    private static JsonObject Item(string language, string value) => new() { ["value"] = value, ["language"] = language };

    private static JsonObject Finto(string code, string list) => new()
    {
        ["name"] = new JsonArray(Item("fi", code)), ["code"] = code, ["ontologyType"] = null,
        ["uri"] = $"http://uri.suomi.fi/codelist/ptv/{list}/code/{code}", ["parentId"] = null, ["parentUri"] = null,
    };

    private static Guid ExampleId(Guid organisation, string key) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(organisation.ToString() + "/" + key)).AsSpan(0, 16));
}
