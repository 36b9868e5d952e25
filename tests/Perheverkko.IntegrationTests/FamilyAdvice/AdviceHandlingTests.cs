using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.FamilyAdvice;

public sealed class AdviceHandlingTests
{
    private static async Task<JsonElement> ContactAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/perheneuvo/contacts/{id}");

    private static async Task<int> VersionAsync(HttpClient client, Guid id) => (await ContactAsync(client, id)).GetProperty("version").GetInt32();

    private static async Task<string[]> QueueIdsAsync(HttpClient client, string query = "")
    {
        var queue = await client.GetFromJsonAsync<JsonElement>($"/api/v1/perheneuvo/contacts{query}");
        return queue.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToArray();
    }

    [Theory, BothDatabases]
    public async Task Juva_worker_sees_and_handles_a_Juva_contact_and_Mikkeli_worker_cannot(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await AdviceTestData.ContactAsync(app, "juva");
        var juva = await app.ClientForAsync(DemoUsers.JuvaAdviceWorker);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliAdviceWorker);

        var queueText = await juva.GetStringAsync("/api/v1/perheneuvo/contacts");
        Assert.Contains(id.ToString(), queueText);
        Assert.DoesNotContain("nuku", queueText); // the list carries no words of the family
        Assert.DoesNotContain(id.ToString(), await QueueIdsAsync(mikkeli));

        var contact = await ContactAsync(juva, id);
        Assert.Equal(AdviceTestData.Question, contact.GetProperty("entries")[0].GetProperty("text").GetString());
        Assert.Contains("Reply", contact.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await mikkeli.GetAsync($"/api/v1/perheneuvo/contacts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mikkeli.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/claim", new { version = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await juva.GetAsync($"/api/v1/perheneuvo/contacts/{Guid.NewGuid()}")).StatusCode);

        var version = contact.GetProperty("version").GetInt32();
        await OkAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/claim", new { version }));
        Assert.Equal("advice.stale", await CodeOfAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/claim", new { version })));
        var mikkeliWorker = SeedIds.For("user", DemoUsers.MikkeliAdviceWorker);
        Assert.Equal("advice.worker_not_in_team", await CodeOfAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/assignment",
            new { version = await VersionAsync(juva, id), userId = mikkeliWorker })));
        await OkAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/notes", new { version = await VersionAsync(juva, id), text = "Sisäinen: soita huomenna." }));
        Assert.Equal("advice.referral_not_found", await CodeOfAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/referrals",
            new { version = await VersionAsync(juva, id), directoryEntryId = Guid.NewGuid() })));
        var service = await app.WithDbAsync(db => db.Services.Where(s => s.State == PublicationState.Published).Select(s => s.Id).FirstAsync());
        await OkAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/referrals", new { version = await VersionAsync(juva, id), directoryEntryId = service }));
        await OkAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/calls", new { version = await VersionAsync(juva, id), reached = false, summary = "Ei vastannut." }));
        var reply = await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/replies", new { version = await VersionAsync(juva, id), text = "Hei, neuvolasta saa apua unipulmiin." });
        Assert.False((await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("emailSent").GetBoolean());
        await OkAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/closing", new { version = await VersionAsync(juva, id), outcome = "ReferredToService" }));
        Assert.Equal("advice.closed", await CodeOfAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/replies",
            new { version = await VersionAsync(juva, id), text = "Vielä" })));
        await OkAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/answer-link/revocation", new { version = await VersionAsync(juva, id) }));
        Assert.Equal("advice.link_revoked", await CodeOfAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/answer-link/revocation",
            new { version = await VersionAsync(juva, id) })));

        var closed = await ContactAsync(juva, id);
        Assert.Equal("Closed", closed.GetProperty("state").GetString());
        Assert.Equal("ReferredToService", closed.GetProperty("outcome").GetString());
        Assert.Contains(closed.GetProperty("entries").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Note" && !e.GetProperty("shownToFamily").GetBoolean());
        // Every opening of the contact (12 by the worker here) is in the audit trail, and none holds a word of the family.
        var reads = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.FamilyContactRead && a.ObjectId == id.ToString()).ToListAsync());
        Assert.Equal(12, reads.Count(r => r.Outcome == AuditOutcome.Succeeded));
        var trail = await app.WithDbAsync(db => db.AuditRecords.Select(a => a.Detail).ToListAsync());
        Assert.DoesNotContain(trail, d => d != null && (d.Contains("nuku") || d.Contains("neuvolasta")));
    }

    [Theory, BothDatabases]
    public async Task The_coordinator_reads_the_regional_queue_but_not_a_team_contact(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var regional = await AdviceTestData.ContactAsync(app, null);
        var juvaContact = await AdviceTestData.ContactAsync(app, "juva");
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var ids = await QueueIdsAsync(coordinator);
        Assert.Contains(regional.ToString(), ids);
        Assert.DoesNotContain(juvaContact.ToString(), ids);
        Assert.Equal(AdviceTestData.Question, (await ContactAsync(coordinator, regional)).GetProperty("entries")[0].GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/api/v1/perheneuvo/contacts/{juvaContact}")).StatusCode);
        Assert.DoesNotContain(regional.ToString(), await QueueIdsAsync(await app.ClientForAsync(DemoUsers.JuvaAdviceWorker)));
        // A professional outside the teams has no queue at all.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(DemoUsers.Professional)).GetAsync("/api/v1/perheneuvo/contacts")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task A_transfer_from_Juva_to_Mikkeli_moves_the_contact_and_the_notice_carries_only_a_link(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener();
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        var id = await AdviceTestData.ContactAsync(app, "juva");
        var juva = await app.ClientForAsync(DemoUsers.JuvaAdviceWorker);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliAdviceWorker);
        var version = await VersionAsync(juva, id);
        Assert.Equal(InputInvalid.Code, await CodeOfAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/transfer",
            new { version, municipalityId = NetworkSeeder.MunicipalityId("mikkeli") })));
        Assert.Equal("advice.transfer_same_team", await CodeOfAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/transfer",
            new { version, municipalityId = NetworkSeeder.MunicipalityId("juva"), reason = "Sama" })));
        Assert.Equal("advice.municipality_not_found", await CodeOfAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/transfer",
            new { version, municipalityId = Guid.NewGuid(), reason = "Ei ole" })));
        await OkAsync(await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/transfer",
            new { version, municipalityId = NetworkSeeder.MunicipalityId("mikkeli"), reason = "Perhe muutti Mikkeliin (salainen syy)" }));

        Assert.Equal(HttpStatusCode.Forbidden, (await juva.GetAsync($"/api/v1/perheneuvo/contacts/{id}")).StatusCode);
        Assert.DoesNotContain(id.ToString(), await QueueIdsAsync(juva));
        Assert.Contains(id.ToString(), await QueueIdsAsync(mikkeli));
        var moved = await ContactAsync(mikkeli, id);
        Assert.Equal("Perhe muutti Mikkeliin (salainen syy)", moved.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "Transfer").GetProperty("text").GetString());

        Assert.Equal(1, await app.DispatchOutboxAsync());
        var mail = Assert.Single(smtp.Received);
        Assert.Equal([DemoUsers.MikkeliAdviceWorker], mail.To);
        var body = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data))).TextBody;
        Assert.Contains($"https://perheverkko.example/staff/perheneuvo/{id}", body);
        Assert.DoesNotContain("nuku", body);
        Assert.DoesNotContain("salainen", body);
        await MailFormat.AssertWellFormedAsync(app); // the transfer notice
    }

    [Theory, BothDatabases]
    public async Task A_reply_by_email_reaches_the_family_with_a_fresh_working_link(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener();
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        var id = await AdviceTestData.ContactAsync(app, "juva", AnswerBy.Email, "perhe.virtanen@example.org");
        var juva = await app.ClientForAsync(DemoUsers.JuvaAdviceWorker);
        var reply = await juva.PostAsJsonAsync($"/api/v1/perheneuvo/contacts/{id}/replies",
            new { version = await VersionAsync(juva, id), text = "Hei! Perhekerho Mikkelissä sopii teille." });
        Assert.True((await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("emailSent").GetBoolean());
        // Sealed in the outbox until sent: the database does not show the family's address or the answer.
        var payloads = await app.WithDbAsync(db => db.OutboxMessages.Select(m => m.Payload).ToListAsync());
        Assert.DoesNotContain(payloads, p => p.Contains("virtanen") || p.Contains("Perhekerho"));

        await MailFormat.AssertWellFormedAsync(app); // the sealed reply, before it is sent and erased
        Assert.Equal(1, await app.DispatchOutboxAsync());
        var mail = Assert.Single(smtp.Received);
        Assert.Equal(["perhe.virtanen@example.org"], mail.To);
        var body = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data))).TextBody;
        Assert.Contains("Perhekerho Mikkelissä sopii teille.", body);
        var match = System.Text.RegularExpressions.Regex.Match(body ?? "", @"https://perheverkko\.example/perheneuvo/vastaus/([A-Za-z0-9_-]{43})");
        Assert.True(match.Success, body);
        var hash = AnswerSecrets.HashOf(match.Groups[1].Value);
        Assert.Equal(id, await app.WithDbAsync(db => db.AnswerLinks.Where(l => l.Hash == hash).Select(l => l.ContactId).SingleAsync()));
        Assert.Equal(2, await app.WithDbAsync(db => db.AnswerLinks.CountAsync(l => l.ContactId == id)));
    }

    [Theory, BothDatabases]
    public async Task Recording_a_phone_contact_routes_it_and_checks_its_input(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var juva = await app.ClientForAsync(DemoUsers.JuvaAdviceWorker);
        var topic = await app.WithDbAsync(db => db.AdviceTopics.Where(t => t.RegionId == NetworkSeeder.SouthSavo).Select(t => t.Id).FirstAsync());
        Assert.Equal("advice.topic_not_found", await CodeOfAsync(await juva.PostAsJsonAsync("/api/v1/perheneuvo/contacts",
            new { channel = "Phone", topicId = Guid.NewGuid(), summary = "Soitti unesta." })));
        Assert.Equal("advice.municipality_not_found", await CodeOfAsync(await juva.PostAsJsonAsync("/api/v1/perheneuvo/contacts",
            new { channel = "Phone", topicId = topic, municipalityId = Guid.NewGuid(), summary = "Soitti unesta." })));
        Assert.Equal("advice.phone_needed", await CodeOfAsync(await juva.PostAsJsonAsync("/api/v1/perheneuvo/contacts",
            new { channel = "Phone", topicId = topic, municipalityId = NetworkSeeder.MunicipalityId("juva"), summary = "Soitti unesta.", callBack = true })));
        var id = await CreatedIdAsync(await juva.PostAsJsonAsync("/api/v1/perheneuvo/contacts",
            new { channel = "MeetingPlace", topicId = topic, municipalityId = NetworkSeeder.MunicipalityId("juva"), summary = "Kävi kohtaamispaikassa.", phone = "040 000 0001", callBack = true }));
        var contact = await ContactAsync(juva, id);
        Assert.Equal("MeetingPlace", contact.GetProperty("channel").GetString());
        Assert.Equal(FamilyAdviceSeeder.TeamId("juva").ToString(), contact.GetProperty("teamId").GetString());
        Assert.Equal("PhoneCall", contact.GetProperty("answerBy").GetString());
        Assert.Equal("040 000 0001", contact.GetProperty("phone").GetString());
        var stored = await app.WithDbAsync(db => db.FamilyContacts.Where(c => c.Id == id).Select(c => c.Details.Phone).SingleAsync());
        Assert.DoesNotContain("040", stored);
    }

    [Theory, BothDatabases]
    public async Task Settings_topics_and_teams_are_the_coordinators_and_audited(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(DemoUsers.JuvaAdviceWorker)).GetAsync("/api/v1/perheneuvo/settings")).StatusCode);
        var settings = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/perheneuvo/settings");
        var version = settings.GetProperty("version").GetInt32();
        object Change(int v, int days = 3, int months = 12, Guid? controller = null) => new
        {
            version = v, phone = "+358 40 000 0002 (demo)", phoneHours = new { fi = "ma–pe 9–12" }, urgentNumbers = new { fi = "Kriisipuhelin (demo)" },
            firstAnswerWorkingDays = days, retentionMonths = months, extraDaysOff = new[] { "2027-12-27" }, dataControllerId = controller,
        };
        Assert.Equal("advice.response_days_invalid", await CodeOfAsync(await coordinator.PutAsJsonAsync("/api/v1/perheneuvo/settings", Change(version, days: 0))));
        Assert.Equal("advice.retention_invalid", await CodeOfAsync(await coordinator.PutAsJsonAsync("/api/v1/perheneuvo/settings", Change(version, months: 61))));
        Assert.Equal("advice.data_controller_not_found", await CodeOfAsync(await coordinator.PutAsJsonAsync("/api/v1/perheneuvo/settings", Change(version, controller: Guid.NewGuid()))));
        await OkAsync(await coordinator.PutAsJsonAsync("/api/v1/perheneuvo/settings", Change(version)));
        Assert.Equal("advice.settings_stale", await CodeOfAsync(await coordinator.PutAsJsonAsync("/api/v1/perheneuvo/settings", Change(version))));
        settings = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/perheneuvo/settings");
        Assert.Equal(3, settings.GetProperty("firstAnswerWorkingDays").GetInt32());
        Assert.Equal("2027-12-27", settings.GetProperty("extraDaysOff")[0].GetString());

        var topics = settings.GetProperty("topics").EnumerateArray().ToList();
        var first = topics[0].GetProperty("id").GetGuid();
        Assert.Equal("advice.topic_not_found", await CodeOfAsync(await coordinator.PutAsJsonAsync("/api/v1/perheneuvo/topics",
            new { topics = new[] { new { id = (Guid?)Guid.NewGuid(), name = new { fi = "X" }, active = (bool?)true } } })));
        await OkAsync(await coordinator.PutAsJsonAsync("/api/v1/perheneuvo/topics", new
        {
            topics = new object[] { new { id = (Guid?)null, name = new { fi = "Uusi aihe", sv = "Nytt ämne", en = "New topic" }, active = true }, new { id = first, name = new { fi = "Arki" }, active = false } },
        }));
        topics = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/perheneuvo/settings")).GetProperty("topics").EnumerateArray().ToList();
        Assert.Equal(9, topics.Count); // a retired topic stays
        Assert.Equal("Uusi aihe", topics[0].GetProperty("name").GetProperty("fi").GetString());
        Assert.False(topics[1].GetProperty("active").GetBoolean());

        var professional = SeedIds.For("user", DemoUsers.Professional);
        var savonlinna = NetworkSeeder.MunicipalityId("savonlinna");
        Assert.Equal("advice.worker_not_staff", await CodeOfAsync(await coordinator.PostAsJsonAsync("/api/v1/perheneuvo/team-members", new { municipalityId = savonlinna, userId = Guid.NewGuid() })));
        Assert.Equal("advice.municipality_not_found", await CodeOfAsync(await coordinator.PostAsJsonAsync("/api/v1/perheneuvo/team-members", new { municipalityId = Guid.NewGuid(), userId = professional })));
        await OkAsync(await coordinator.PostAsJsonAsync("/api/v1/perheneuvo/team-members", new { municipalityId = savonlinna, userId = professional }));
        Assert.Equal("advice.already_member", await CodeOfAsync(await coordinator.PostAsJsonAsync("/api/v1/perheneuvo/team-members", new { municipalityId = savonlinna, userId = professional })));
        // The professional now has a queue: Savonlinna's.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(DemoUsers.Professional)).GetAsync("/api/v1/perheneuvo/contacts")).StatusCode);
        await OkAsync(await coordinator.PostAsJsonAsync("/api/v1/perheneuvo/team-members/removal", new { municipalityId = savonlinna, userId = professional }));
        Assert.Equal("advice.not_member", await CodeOfAsync(await coordinator.PostAsJsonAsync("/api/v1/perheneuvo/team-members/removal", new { municipalityId = savonlinna, userId = professional })));

        var events = await app.WithDbAsync(db => db.AuditRecords.Select(a => a.Event).ToListAsync());
        Assert.Contains(AuditEvent.AdviceSettingsChanged, events);
        Assert.Contains(AuditEvent.AdviceTopicsChanged, events);
        Assert.Equal(2, events.Count(e => e == AuditEvent.AdviceTeamChanged));
    }
}
