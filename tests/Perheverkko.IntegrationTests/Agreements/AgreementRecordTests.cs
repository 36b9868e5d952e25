using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.Agreements.SigningKit;

namespace Perheverkko.IntegrationTests.Agreements;

/// <summary>
/// A faithful agreement record (issue #13 item 7): the seeded history says what the seeds tell and no more, with the
/// decisions they document in full (decision 0041); the party lists are compared by organisation; and the irreversible
/// steps of the agreement ask first (item 3): freezing, sending for signatures, giving notice and ending.
/// </summary>
public sealed class AgreementRecordTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    private static async Task<HttpResponseMessage> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private static List<JsonElement> Parties(JsonElement view) => view.GetProperty("parties").EnumerateArray().ToList();

    [Theory, BothDatabases]
    public async Task The_seeded_history_says_what_the_seeds_tell_and_its_decisions_in_full(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var anonymous = app.Anonymous();

        // 2024–2025 was decided and signed before Perheverkko: no one "awaits a decision" or has "0/1 signed".
        var decisions2024 = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/2024-2025/decisions");
        Assert.True(decisions2024.GetProperty("signedOutsidePerheverkko").GetBoolean());
        var sulkava = Parties(decisions2024).Single(p => p.GetProperty("listedName").GetString() == "Sulkava");
        Assert.Equal(("Vapaa-aika- ja sivistyslautakunta", "2024-02-08", 4, "33/12.07.02/2022", "Approved"),
            (sulkava.GetProperty("organ").GetString(), sulkava.GetProperty("meetingDate").GetString(), sulkava.GetProperty("section").GetInt32(),
                sulkava.GetProperty("registerNumber").GetString(), sulkava.GetProperty("status").GetString()));
        Assert.All(Parties(decisions2024), p =>
        {
            Assert.True(p.GetProperty("recordedOutsidePerheverkko").GetBoolean());
            Assert.Equal(JsonValueKind.Null, p.GetProperty("signaturesGiven").ValueKind);
        });
        Assert.All(Parties(decisions2024).Where(p => p.GetProperty("listedName").GetString() != "Sulkava"),
            p => Assert.Equal(JsonValueKind.Null, p.GetProperty("status").ValueKind));

        // The decision in full, as 002 records it: offices, not persons.
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var dashboard = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/2024-2025/signing");
        Assert.True(dashboard.GetProperty("version").GetProperty("signedOutsidePerheverkko").GetBoolean());
        var decision = Parties(dashboard).Single(p => p.GetProperty("organisationId").GetGuid() == NetworkSeeder.OrganisationId("sulkava")).GetProperty("decision");
        Assert.Equal("Vapaa-aika- ja sivistyslautakunta 8.2.2024 § 4, 33/12.07.02/2022", decision.GetProperty("reference").GetString());
        Assert.Equal(("Vs. hallintojohtaja", "Vs. hallintojohtaja", "Vs. hallintojohtaja"), (decision.GetProperty("preparer").GetString(),
            decision.GetProperty("presenter").GetString(), decision.GetProperty("authorisedToSign").GetString()));
        Assert.StartsWith("Vapaa-aika- ja sivistyslautakunta hyväksyy Etelä-Savon perhekeskustoiminnan yhteistyösopimuksen", decision.GetProperty("proposal").GetString());
        Assert.Equal("Päätösehdotus hyväksyttiin.", decision.GetProperty("decision").GetString());
        Assert.Contains("joka on käsitelty peruspalvelulautakunnassa 4.4.2022", decision.GetProperty("background").GetString());
        Assert.Equal("Siemenaineisto 002", decision.GetProperty("recordedBy").GetString());

        // 2022–2023: Sulkava's handling on 4.4.2022, without § or outcome; the party is not joined (the seeds do not say when).
        var decisions2022 = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/2022-2023/decisions");
        var handled = Parties(decisions2022).Single(p => p.GetProperty("listedName").GetString() == "Sulkavan kunta");
        Assert.Equal(("Peruspalvelulautakunta", "2022-04-04", "Processed"), (handled.GetProperty("organ").GetString(),
            handled.GetProperty("meetingDate").GetString(), handled.GetProperty("status").GetString()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (handled.GetProperty("section").ValueKind, handled.GetProperty("joinedOn").ValueKind));

        // 2026–2029: out for decisions, the county's committee's handling (001's footer) its only decision; not signed outside.
        var decisions2026 = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/2026-2029/decisions");
        Assert.Equal(("OutForDecisions", false), (decisions2026.GetProperty("status").GetString(), decisions2026.GetProperty("signedOutsidePerheverkko").GetBoolean()));
        var county = Parties(decisions2026).Single(p => p.GetProperty("listedName").GetString() == "Etelä-Savon hyvinvointialue Eloisa");
        Assert.Equal(("Hyvinvointilautakunta", "2025-11-24", 66, "Processed"), (county.GetProperty("organ").GetString(),
            county.GetProperty("meetingDate").GetString(), county.GetProperty("section").GetInt32(), county.GetProperty("status").GetString()));
        Assert.All(Parties(decisions2026).Where(p => p.GetProperty("listedName").GetString() != "Etelä-Savon hyvinvointialue Eloisa"),
            p => Assert.Equal("Pending", p.GetProperty("status").GetString()));

        // The pages say so too, the public one and the coordinator's.
        var publicPage = await anonymous.GetStringAsync("/agreement/2022-2023/decisions");
        Assert.Contains("Kirjattu Perheverkon ulkopuolella", publicPage);
        Assert.Contains("Käsitelty (päätöksen sisältöä ei ole kirjattu)", publicPage);
        Assert.DoesNotContain("allekirjoitettu", publicPage);
        Assert.DoesNotContain("Odottaa päätöstä", publicPage);
        var staff = app.Anonymous();
        await Forms.SignInAsync(staff, DemoUsers.Coordinator);
        var staffPage = await staff.GetStringAsync("/staff/signing/2024-2025");
        Assert.Contains("id=\"recorded-outside\"", staffPage);
        Assert.DoesNotContain("Allekirjoittajaa ei ole nimetty", staffPage);
        // With nothing in force, /agreement shows the latest version and its status.
        Assert.Contains("Osapuolten päätettävänä", await anonymous.GetStringAsync("/agreement"));
    }

    [Theory, BothDatabases]
    public async Task The_party_lists_are_paired_by_organisation_and_a_renumbered_section_is_moved(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var comparison = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/compare?from=2022-2023&to=2026-2029");
        var parties = comparison.GetProperty("parties");
        Guid[] Ids(string list) => parties.GetProperty(list).EnumerateArray().Select(p => p.GetProperty("organisationId").GetGuid()).ToArray();
        // "Juvan kunta" (000) and "Juva" (001) are one organisation: it stayed, it did not leave.
        Assert.Contains(NetworkSeeder.OrganisationId("juva"), Ids("stayed"));
        Assert.DoesNotContain(NetworkSeeder.OrganisationId("juva"), Ids("left"));
        Assert.Contains(NetworkSeeder.OrganisationId("enonkoski"), Ids("joined"));
        Assert.Contains(NetworkSeeder.OrganisationId("essote"), Ids("left"));
        // 000 §11 Kohtaamispaikkatoiminta is 001 §12: one section, moved and changed.
        var sections = comparison.GetProperty("sections").EnumerateArray().ToList();
        var meetingPlaces = sections.Single(s => s.GetProperty("oldTitle").GetString() == "Kohtaamispaikkatoiminta" || s.GetProperty("newTitle").GetString() == "Kohtaamispaikkatoiminta");
        Assert.Equal((12, 11, "Changed"), (meetingPlaces.GetProperty("number").GetInt32(), meetingPlaces.GetProperty("movedFrom").GetInt32(), meetingPlaces.GetProperty("change").GetString()));
        Assert.Equal(("Kohtaamispaikkatoiminta", "Kohtaamispaikkatoiminta"), (meetingPlaces.GetProperty("oldTitle").GetString(), meetingPlaces.GetProperty("newTitle").GetString()));
    }

    [Theory, BothDatabases]
    public async Task Freezing_and_sending_for_signatures_ask_first_and_sending_names_the_parties_without_a_decision(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinatorApi = await app.ClientForAsync(DemoUsers.Coordinator);
        await OkAsync(coordinatorApi.PostAsJsonAsync("/api/v1/agreement-versions",
            new { from = "2026-2029", startYear = 2030, endYear = 2033, title = "Etelä-Savon perhekeskustoiminnan yhteistyösopimus" }));
        var id = await app.WithDbAsync(db => db.AgreementVersions.Where(v => v.StartYear == 2030).Select(v => v.Id).SingleAsync());
        async Task<AgreementStatus> StatusAsync() => await app.WithDbAsync(db => db.AgreementVersions.Where(v => v.Id == id).Select(v => v.Status).SingleAsync());
        var coordinator = app.Anonymous();
        await Forms.SignInAsync(coordinator, DemoUsers.Coordinator);

        const string version = "/staff/agreement/2030-2033";
        var asked = await Forms.PostAsync(coordinator, version, new Dictionary<string, string>(), $"{version}?handler=Freeze");
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var step = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Lukitaanko sopimuksen 2030–2033 teksti päätöksentekoon?", step);
        Assert.Contains("Tekstin 24 pykälää lukitaan", step);
        Assert.Contains("name=\"confirmed\" value=\"true\"", step);
        Assert.Equal(AgreementStatus.Draft, await StatusAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(coordinator, version, new Dictionary<string, string> { ["confirmed"] = "true" }, $"{version}?handler=Freeze")).StatusCode);
        Assert.Equal(AgreementStatus.OutForDecisions, await StatusAsync());

        // Mikkeli's approving decision is recorded; the other nineteen are named as missing.
        await OkAsync(coordinatorApi.PutAsJsonAsync($"/api/v1/agreement-versions/2030-2033/parties/{Mikkeli}/decision", new
        {
            organ = "Kaupunginhallitus", meetingDate = Today(app).ToString("yyyy-MM-dd"), section = "5", status = "Approved",
        }));
        const string signing = "/staff/signing/2030-2033";
        var sendAsked = await Forms.PostAsync(coordinator, signing, new Dictionary<string, string>(), $"{signing}?handler=Send");
        Assert.Equal(HttpStatusCode.OK, sendAsked.StatusCode);
        var sendStep = await sendAsked.Content.ReadAsStringAsync();
        Assert.Contains("Lähetetäänkö sopimus 2030–2033 allekirjoitettavaksi?", sendStep);
        var missing = System.Text.RegularExpressions.Regex.Match(sendStep, "Hyväksyvä päätös puuttuu vielä 19 osapuolelta: ([^.]*)\\.").Groups[1].Value;
        Assert.Contains("Juva", missing);
        Assert.Contains("Savonlinnan seurakunta", missing);
        Assert.DoesNotContain("Mikkeli,", missing + ",");
        Assert.Contains("Allekirjoittajaa ei ole vielä nimetty 20 osapuolelle", sendStep);
        Assert.Equal(AgreementStatus.OutForDecisions, await StatusAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(coordinator, signing, new Dictionary<string, string> { ["confirmed"] = "true" }, $"{signing}?handler=Send")).StatusCode);
        Assert.Equal(AgreementStatus.OutForSigning, await StatusAsync());
    }

    [Theory, BothDatabases]
    public async Task Giving_notice_and_ending_a_version_ask_first(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // A version in force with Mikkeli a party since today, set directly: the signing round is tested in SigningFlowTests.
        await app.WithDbAsync(async db =>
        {
            var version = await db.AgreementVersions.Include(v => v.Parties).SingleAsync(v => v.Id == Period2026);
            db.Entry(version).Property(v => v.Status).CurrentValue = AgreementStatus.InForce;
            db.Entry(version).Property(v => v.InForceFrom).CurrentValue = Today(app);
            version.Parties.Single(p => p.OrganisationId == Mikkeli).Join(Today(app));
            return await db.SaveChangesAsync();
        });
        var path = $"/staff/signing/2026-2029/parties/{Mikkeli}";
        var representative = app.Anonymous();
        await Forms.SignInAsync(representative, DemoUsers.MikkeliRepresentative);
        Assert.DoesNotContain("name=\"Confirm\"", await representative.GetStringAsync(path));
        async Task<DateOnly?> NoticeAsync() => await app.WithDbAsync(db =>
            db.Parties.Where(p => p.AgreementVersionId == Period2026 && p.OrganisationId == Mikkeli).Select(p => p.NoticeGivenOn).SingleAsync());

        var asked = await Forms.PostAsync(representative, path, new Dictionary<string, string>(), $"{path}?handler=GiveNotice");
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Irtisanotaanko sopimus osapuolen Mikkeli osalta?", await asked.Content.ReadAsStringAsync());
        Assert.Null(await NoticeAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(representative, path, new Dictionary<string, string> { ["confirmed"] = "true" }, $"{path}?handler=GiveNotice")).StatusCode);
        Assert.Equal(Today(app), await NoticeAsync());

        const string dashboard = "/staff/signing/2026-2029";
        var coordinator = app.Anonymous();
        await Forms.SignInAsync(coordinator, DemoUsers.Coordinator);
        // Without a last day the use case refuses at once: the field's message, no step.
        var noDay = await Forms.PostAsync(coordinator, dashboard, new Dictionary<string, string>(), $"{dashboard}?handler=End");
        Assert.DoesNotContain("name=\"confirmed\"", await noDay.Content.ReadAsStringAsync());
        var endAsked = await Forms.PostAsync(coordinator, dashboard, new Dictionary<string, string> { ["Ending.LastDay"] = "2029-12-31" }, $"{dashboard}?handler=End");
        Assert.Equal(HttpStatusCode.OK, endAsked.StatusCode);
        var endStep = await endAsked.Content.ReadAsStringAsync();
        Assert.Contains("Päätetäänkö sopimuskausi 2026–2029 päivään 31.12.2029?", endStep);
        Assert.Contains("name=\"Ending.LastDay\" value=\"2029-12-31\"", endStep);
        Assert.Equal(AgreementStatus.InForce, await app.WithDbAsync(db => db.AgreementVersions.Where(v => v.Id == Period2026).Select(v => v.Status).SingleAsync()));
        var ended = await Forms.PostAsync(coordinator, dashboard, new Dictionary<string, string> { ["Ending.LastDay"] = "2029-12-31", ["confirmed"] = "true" }, $"{dashboard}?handler=End");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var after = await app.WithDbAsync(db => db.AgreementVersions.Where(v => v.Id == Period2026).Select(v => new { v.Status, v.EndedOn }).SingleAsync());
        Assert.Equal((AgreementStatus.Ended, new DateOnly(2029, 12, 31)), (after.Status, after.EndedOn!.Value));
    }
}
