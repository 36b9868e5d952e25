using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Agreements;

/// <summary>The agreement's versions and text, drafting, comments, freezing, the comparison and the public pages.</summary>
public sealed class AgreementTextTests
{
    private const string Draft = "/api/v1/agreement-versions/2030-2033";

    private static async Task AssertStatusAsync(HttpStatusCode expected, HttpResponseMessage response) =>
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    private static object Section(int number, string title, string body) => new { number, title, body };

    private static async Task<HttpClient> DraftFromInForceAsync(TestApp app)
    {
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var created = await coordinator.PostAsJsonAsync("/api/v1/agreement-versions",
            new { from = "2026-2029", startYear = 2030, endYear = 2033, title = "Etelä-Savon perhekeskustoiminnan yhteistyösopimus" });
        await AssertStatusAsync(HttpStatusCode.Created, created);
        Assert.Equal("/api/v1/agreement-versions/2030-2033", created.Headers.Location!.OriginalString);
        return coordinator;
    }

    [Theory, BothDatabases]
    public async Task The_seeded_versions_have_their_real_state_and_the_hash_of_their_text(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var anonymous = app.Anonymous();
        var versions = await anonymous.GetFromJsonAsync<JsonElement[]>("/api/v1/agreement-versions");
        Assert.Equal(["2022-2023", "2024-2025", "2026-2029"], versions!.Select(v => v.GetProperty("period").GetString()));
        // 2026–2029 is the text the county's committee handled, out for the parties' decisions: not in force (decision 0041).
        Assert.Equal(["Ended", "Ended", "OutForDecisions"], versions!.Select(v => v.GetProperty("status").GetString()));
        Assert.Equal([24, 0, 24], versions!.Select(v => v.GetProperty("sectionCount").GetInt32()));
        Assert.Equal(JsonValueKind.Null, versions![2].GetProperty("inForceFrom").ValueKind);
        Assert.Equal(JsonValueKind.Null, versions[1].GetProperty("textHash").ValueKind);

        foreach (var period in new[] { "2022-2023", "2026-2029" })
        {
            var text = await anonymous.GetStringAsync($"/api/v1/agreement-versions/{period}/text");
            Assert.Equal(versions.Single(v => v.GetProperty("period").GetString() == period).GetProperty("textHash").GetString(), AgreementText.Sha256(text));
        }
        var version = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/2026-2029");
        Assert.Equal(20, version.GetProperty("parties").GetArrayLength());
        Assert.Equal(2, version.GetProperty("backgroundDocuments").GetArrayLength());
        Assert.Equal("Sopimuksen irtisanominen", version.GetProperty("sections")[20].GetProperty("title").GetString());
        Assert.Empty(version.GetProperty("permittedActions").EnumerateArray());

        // Essote and Sosteri ceased on 31.12.2022 (the wellbeing county took over): parties of 2022–2023 until that day only.
        var first = SeedIds.For("agreement-version", "2022-2023");
        var ends = await app.WithDbAsync(db => db.Parties.Where(p => p.AgreementVersionId == first)
            .Select(p => new { p.OrganisationId, p.EndsOn, p.EndReason }).ToListAsync());
        foreach (var ceased in new[] { "essote", "sosteri" })
        {
            var party = ends.Single(p => p.OrganisationId == NetworkSeeder.OrganisationId(ceased));
            Assert.Equal((new DateOnly(2022, 12, 31), PartyEnd.Leaving), (party.EndsOn!.Value, party.EndReason!.Value));
        }
        // Sulkava, added by its 4.4.2022 handling (002), was never joined: the seeds do not say when it became a party.
        var notListed = new[] { "essote", "sosteri", "sulkava" }.Select(NetworkSeeder.OrganisationId).ToList();
        Assert.Null(ends.Single(p => p.OrganisationId == NetworkSeeder.OrganisationId("sulkava")).EndsOn);
        Assert.All(ends.Where(p => !notListed.Contains(p.OrganisationId)), p => Assert.Equal(new DateOnly(2023, 12, 31), p.EndsOn));
    }

    [Theory, BothDatabases]
    public async Task The_coordinator_drafts_representatives_comment_and_the_frozen_text_cannot_change(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await DraftFromInForceAsync(app);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var savonlinna = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        var professional = await app.ClientForAsync(DemoUsers.Professional);
        var anonymous = app.Anonymous();

        // A draft is the staff's: the public does not see it.
        await AssertStatusAsync(HttpStatusCode.NotFound, await anonymous.GetAsync(Draft));
        var draft = await coordinator.GetFromJsonAsync<JsonElement>(Draft);
        Assert.Equal("Draft", draft.GetProperty("version").GetProperty("status").GetString());
        Assert.Equal(24, draft.GetProperty("sections").GetArrayLength());
        Assert.Equal(20, draft.GetProperty("parties").GetArrayLength());

        var newWording = Section(2, "Sopimuksen kesto", "Tämä sopimus on voimassa 2030-2033. Sopimus päivitetään samassa syklissä kuin hyvinvointisuunnitelma.");
        await AssertStatusAsync(HttpStatusCode.NoContent, await coordinator.PutAsJsonAsync($"{Draft}/sections/2", newWording));

        // A representative comments but does not write the text; a professional and the public do neither.
        await AssertStatusAsync(HttpStatusCode.Forbidden, await mikkeli.PutAsJsonAsync($"{Draft}/sections/2", Section(2, "Oma", "Oma teksti")));
        await AssertStatusAsync(HttpStatusCode.Forbidden, await mikkeli.PostAsJsonAsync($"{Draft}/sections", Section(25, "Oma", "Oma teksti")));
        await AssertStatusAsync(HttpStatusCode.Created, await mikkeli.PostAsJsonAsync($"{Draft}/sections/2/comments", new { body = "Kausi on hyvä." }));
        await AssertStatusAsync(HttpStatusCode.Forbidden, await professional.PostAsJsonAsync($"{Draft}/sections/2/comments", new { body = "Ammattilainen" }));
        await AssertStatusAsync(HttpStatusCode.Unauthorized, await anonymous.PostAsJsonAsync($"{Draft}/sections/2/comments", new { body = "Nimetön" }));
        // Savonlinna leaves the draft's party list: its representative may no longer comment.
        await app.WithDbAsync(async db => await db.Parties.Where(p => p.OrganisationId == NetworkSeeder.OrganisationId("savonlinna") && db.AgreementVersions.Any(v => v.Id == p.AgreementVersionId && v.StartYear == 2030)).ExecuteDeleteAsync());
        await AssertStatusAsync(HttpStatusCode.Forbidden, await savonlinna.PostAsJsonAsync($"{Draft}/sections/2/comments", new { body = "Savonlinna" }));

        // Bad input changes nothing.
        var empty = await coordinator.PutAsJsonAsync($"{Draft}/sections/3", Section(3, "Sopimuksen osapuolet", "  "));
        await AssertStatusAsync(HttpStatusCode.UnprocessableEntity, empty);
        Assert.Equal("validation.failed", await CodeOfAsync(empty));
        var taken = await coordinator.PostAsJsonAsync($"{Draft}/sections", Section(3, "Toinen kolmas", "Teksti"));
        Assert.Equal("agreement.section_number_taken", await CodeOfAsync(taken));
        var withComments = await coordinator.DeleteAsync($"{Draft}/sections/2");
        Assert.Equal("agreement.section_has_comments", await CodeOfAsync(withComments));

        var comments = await professional.GetFromJsonAsync<JsonElement[]>($"{Draft}/comments");
        var comment = Assert.Single(comments!);
        Assert.Equal(2, comment.GetProperty("sectionNumber").GetInt32());

        await AssertStatusAsync(HttpStatusCode.Forbidden, await mikkeli.PostAsync($"{Draft}/freeze", null));
        var frozen = await coordinator.PostAsync($"{Draft}/freeze", null);
        await AssertStatusAsync(HttpStatusCode.OK, frozen);
        var hash = (await frozen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("textHash").GetString()!;
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, AgreementText.Sha256(await anonymous.GetStringAsync($"{Draft}/text")));
        Assert.NotEqual(hash, (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/2026-2029")).GetProperty("version").GetProperty("textHash").GetString());

        // After freezing: no change of wording, no comments, no second freeze.
        var before = await DatabaseFingerprint.TakeAsync(app);
        var edit = await coordinator.PutAsJsonAsync($"{Draft}/sections/2", Section(2, "Sopimuksen kesto", "Muutettu"));
        await AssertStatusAsync(HttpStatusCode.Conflict, edit);
        Assert.Equal("agreement.text_frozen", await CodeOfAsync(edit));
        Assert.Equal("agreement.text_frozen", await CodeOfAsync(await coordinator.PostAsJsonAsync($"{Draft}/sections", Section(25, "Uusi", "Teksti"))));
        Assert.Equal("agreement.text_frozen", await CodeOfAsync(await coordinator.DeleteAsync($"{Draft}/sections/24")));
        Assert.Equal("agreement.comments_closed", await CodeOfAsync(await mikkeli.PostAsJsonAsync($"{Draft}/sections/2/comments", new { body = "Myöhässä" })));
        Assert.Equal("agreement.not_a_draft", await CodeOfAsync(await coordinator.PostAsync($"{Draft}/freeze", null)));
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(app));

        // Frozen, it is public, and the comparison shows the one changed section.
        var diff = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/compare?from=2026-2029&to=2030-2033");
        var changed = diff.GetProperty("sections").EnumerateArray().Where(s => s.GetProperty("change").GetString() != "Unchanged").ToList();
        Assert.Equal(2, Assert.Single(changed).GetProperty("number").GetInt32());
        Assert.Equal("Savonlinna", Assert.Single(diff.GetProperty("parties").GetProperty("left").EnumerateArray()).GetProperty("listedName").GetString());
        var unknown = await anonymous.GetAsync("/api/v1/agreement-versions/compare?from=1999-2000&to=2030-2033");
        await AssertStatusAsync(HttpStatusCode.NotFound, unknown);
        Assert.Equal("agreement.diff_unknown_version", await CodeOfAsync(unknown));

        var page = await anonymous.GetStringAsync("/agreement/2030-2033");
        Assert.Contains(hash, page);
        Assert.Contains("/agreement/2030-2033/decisions", page);
        var audit = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.Event == AuditEvent.AgreementFrozen).Select(r => r.Detail).ToListAsync());
        Assert.Equal($"sha256 {hash}", Assert.Single(audit));
    }

    [Theory, BothDatabases]
    public async Task A_draft_without_sections_cannot_be_frozen_and_processing_is_recorded(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        // 2024–2025 has no text in the seeds, so a draft from it has none either.
        await AssertStatusAsync(HttpStatusCode.Created, await coordinator.PostAsJsonAsync("/api/v1/agreement-versions",
            new { from = "2024-2025", startYear = 2030, endYear = 2031, title = "Lyhyt sopimus" }));
        var taken = await coordinator.PostAsJsonAsync("/api/v1/agreement-versions", new { from = "2024-2025", startYear = 2030, endYear = 2031, title = "Toinen" });
        Assert.Equal("agreement.period_taken", await CodeOfAsync(taken));
        var noSections = await coordinator.PostAsync("/api/v1/agreement-versions/2030-2031/freeze", null);
        await AssertStatusAsync(HttpStatusCode.UnprocessableEntity, noSections);
        Assert.Equal("agreement.no_sections", await CodeOfAsync(noSections));
        Assert.Equal("Draft", (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/2030-2031")).GetProperty("version").GetProperty("status").GetString());

        var missing = await coordinator.PostAsJsonAsync("/api/v1/agreement-versions/2030-2031/processing", new { note = "" });
        await AssertStatusAsync(HttpStatusCode.UnprocessableEntity, missing);
        await AssertStatusAsync(HttpStatusCode.Created, await coordinator.PostAsJsonAsync("/api/v1/agreement-versions/2030-2031/processing",
            new { date = "2029-09-15", note = "Johtoryhmä puolsi luonnosta." }));
        var processing = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/2030-2031")).GetProperty("processing");
        Assert.Equal("2029-09-15", Assert.Single(processing.EnumerateArray()).GetProperty("date").GetString());
        var unknown = await coordinator.PostAsJsonAsync("/api/v1/agreement-versions/2030-2031/processing", new { meetingId = Guid.NewGuid() });
        Assert.Equal("agreement.meeting_not_found", await CodeOfAsync(unknown));
    }

    [Theory, BothDatabases]
    public async Task The_role_duties_list_what_is_still_open(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var professional = await app.ClientForAsync(DemoUsers.Professional);
        var duties = await professional.GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/2026-2029/duties");
        var open = duties.GetProperty("open").EnumerateArray().Select(d => (Kind: d.GetProperty("kind").GetString(), Name: d.GetProperty("listedName").GetString())).ToList();
        // No leadership-group members are seeded: every party lacks both.
        Assert.Equal(20, open.Count(d => d.Kind == "LeadershipRepresentative"));
        Assert.Equal(20, open.Count(d => d.Kind == "LeadershipDeputy"));
        // The directory's demo data gives every municipality a meeting place, so that duty is met everywhere.
        Assert.Equal(0, open.Count(d => d.Kind == "MeetingPlace"));
        // The demo coordinator works for the wellbeing county.
        Assert.DoesNotContain(open, d => d.Kind == "Coordinator");
        Assert.Equal(12 + 20 + 20 + 1, duties.GetProperty("checked").GetInt32());
        await AssertStatusAsync(HttpStatusCode.Unauthorized, await app.Anonymous().GetAsync("/api/v1/agreement-versions/2026-2029/duties"));
    }

    [Theory, BothDatabases]
    public async Task The_public_pages_show_the_agreement_in_force_its_text_parties_and_changes(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var anonymous = app.Anonymous();
        var inForce = await anonymous.GetStringAsync("/agreement");
        Assert.Contains("2026–2029", inForce);
        Assert.Contains("21. Sopimuksen irtisanominen", inForce);
        Assert.Contains("href=\"#section-21\"", inForce);
        Assert.Contains("Terveystalo kuntaturva Oy", inForce);
        Assert.Contains("Etelä-Savon lasten ja nuorten hyvinvointisuunnitelma 2024–2025", inForce);

        var withoutText = await anonymous.GetStringAsync("/agreement/2024-2025");
        Assert.Contains("Tämän sopimuksen tekstiä ei ole järjestelmässä", withoutText);

        var changes = await anonymous.GetStringAsync("/agreement/changes?from=2022-2023&to=2026-2029");
        Assert.Contains("<ins>", changes);
        Assert.Contains("<del>", changes);
        Assert.Contains("Enonkoski", changes); // joined
        Assert.Contains("Etelä-Savon sosiaali- ja terveystalot ESSOTE", changes); // left

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/agreement/1999-2000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/agreement/changes?from=1999-2000&to=2026-2029")).StatusCode);
    }
}
