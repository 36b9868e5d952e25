using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Notifications;

namespace Perheverkko.IntegrationTests.Administration;

/// <summary>
/// Issue #13 item 6: the audit trail in the reader's language and Finnish time, people and objects by name with links
/// (ids only on hover and in the export), filters by person, object, event and Finnish dates, the CSV export (itself
/// audited), and the outbox's recipient, subject, state and attempts.
/// </summary>
public sealed class ReadableAuditTrailTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Actor Mikkeli = new(SeedIds.For("user", DemoUsers.MikkeliRepresentative), "Matti Meikäläinen", StaffRole.Representative,
        NetworkSeeder.OrganisationId("mikkeli"), NetworkSeeder.SouthSavo);
    private static readonly Actor Savonlinna = new(SeedIds.For("user", DemoUsers.SavonlinnaRepresentative), "Sanna Esimerkki", StaffRole.Representative,
        NetworkSeeder.OrganisationId("savonlinna"), NetworkSeeder.SouthSavo);

    /// <summary>Two rows about the leadership group at known moments of next year: 5.1. 23.30 and 6.1. 0.30 Finnish time (UTC+2); returns the year.</summary>
    private static async Task<int> TwoRowsAroundMidnightAsync(TestApp app)
    {
        var year = app.NextYear();
        app.Clock.SetUtcNow(new DateTimeOffset(year, 1, 5, 21, 30, 0, TimeSpan.Zero));
        await app.WithScopeAsync(s => s.GetRequiredService<AuditLog>().RecordNowAsync(Mikkeli, AuditEvent.GroupQuorumSet, AuditOutcome.Succeeded, "Group", Leadership, "Half"));
        app.Clock.SetUtcNow(new DateTimeOffset(year, 1, 5, 22, 30, 0, TimeSpan.Zero));
        await app.WithScopeAsync(s => s.GetRequiredService<AuditLog>().RecordNowAsync(Savonlinna, AuditEvent.GroupQuorumSet, AuditOutcome.Succeeded, "Group", Leadership, "Majority"));
        return year;
    }

    [Theory, BothDatabases]
    public async Task The_trail_speaks_the_readers_language_in_Finnish_time_and_filters_by_person_object_event_and_day(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var year = await TwoRowsAroundMidnightAsync(app);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        async Task<string> PageAsync(string query) => WebUtility.HtmlDecode(await coordinator.GetStringAsync("/staff/audit" + query));

        var both = await PageAsync("?event=GroupQuorumSet");
        Assert.Contains("Ryhmän päätösvaltaisuus asetettiin", both);               // the event's name, not its code
        Assert.DoesNotContain(">GroupQuorumSet<", both);
        Assert.Contains($"5.1.{year} 23.30.00", both);                                // Finnish time, not UTC
        Assert.Contains($"6.1.{year} 0.30.00", both);
        Assert.Contains($"href=\"/staff/groups/{Leadership}\" title=\"{Leadership}\"", both); // the object by name, its id on hover
        Assert.Contains($"title=\"{Mikkeli.UserId}\">Matti Meikäläinen</a>", both);      // the person by name, a link to their rows

        // By Finnish day: 6.1. holds only the row after Finnish midnight, 5.1. only the one before.
        var sixth = await PageAsync($"?event=GroupQuorumSet&from={year}-01-06&to={year}-01-06");
        Assert.Contains($"6.1.{year} 0.30.00", sixth);
        Assert.DoesNotContain($"5.1.{year} 23.30.00", sixth);
        var fifth = await PageAsync($"?event=GroupQuorumSet&from={year}-01-05&to={year}-01-05");
        Assert.Contains($"5.1.{year} 23.30.00", fifth);
        Assert.DoesNotContain($"6.1.{year} 0.30.00", fifth);

        // By person, and by object.
        var sanna = await PageAsync($"?actorId={Savonlinna.UserId}");
        Assert.Contains($"6.1.{year} 0.30.00", sanna);
        Assert.DoesNotContain($"5.1.{year} 23.30.00", sanna);
        var group = await PageAsync($"?objectType=Group&objectId={Leadership}");
        Assert.Contains($"5.1.{year} 23.30.00", group);
        Assert.Contains("id=\"object-filter\"", group);
        Assert.DoesNotContain("<td>Lokia katsottiin</td>", group); // the rows of the trail itself are not about the group
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(r => r.Event == AuditEvent.AuditTrailRead && r.Detail!.Contains(Savonlinna.UserId.ToString()!))));

        // Another language reads its own names.
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");
        Assert.Contains("Gruppens beslutförhet fastställdes", await PageAsync("?event=GroupQuorumSet"));
    }

    [Theory, BothDatabases]
    public async Task The_export_is_CSV_with_names_ids_and_Finnish_time_and_is_itself_audited(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var year = await TwoRowsAroundMidnightAsync(app);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);

        var response = await coordinator.GetAsync($"/staff/audit?handler=Export&event=GroupQuorumSet&from={year}-01-05&to={year}-01-06");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Aika;Tapahtuma;Tulos;Kuka;Käyttäjän tunnus;Kohteen tyyppi;Kohde;Kohteen tunnus;Lisätieto;Rivin numero", lines[0]);
        Assert.Equal(3, lines.Length);
        var newest = lines[1].Split(';');
        Assert.Equal([$"6.1.{year} 0.30.00", "Ryhmän päätösvaltaisuus asetettiin", "Onnistui", "Sanna Esimerkki", Savonlinna.UserId.ToString()!, "Ryhmä"], newest[..6]);
        Assert.Equal(Leadership.ToString(), newest[7]);
        Assert.Equal("Majority", newest[8]);
        Assert.False(string.IsNullOrEmpty(newest[6])); // the group's name
        Assert.StartsWith($"5.1.{year} 23.30.00;", lines[2]);

        var exported = await app.WithDbAsync(db => db.AuditRecords.SingleAsync(r => r.Event == AuditEvent.AuditTrailExported));
        Assert.Equal(SeedIds.For("user", DemoUsers.Coordinator), exported.ActorId);
        Assert.StartsWith("2 rows", exported.Detail);

        // Whoever may not read the trail may not download it either.
        var professional = await app.ClientForAsync(DemoUsers.Professional);
        Assert.Equal(HttpStatusCode.Forbidden, (await professional.GetAsync("/staff/audit?handler=Export")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task The_outbox_shows_recipient_subject_state_and_attempts_but_not_a_sealed_messages(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.WithScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<Outbox>();
            var plain = outbox.Enqueue(new EmailMessage(["kaisa.kuvitteellinen@perheverkko.example"], "Kokouskutsu: johtoryhmä 12.1.2027", "Tervetuloa."), NetworkSeeder.SouthSavo);
            plain.MarkFailedAttempt("421 try later", app.Clock.GetUtcNow().UtcDateTime);
            outbox.EnqueueSealed(new EmailMessage(["perhe@example.org"], "Vastaus kysymykseesi", "Hei."), NetworkSeeder.SouthSavo);
            await services.GetRequiredService<PerheverkkoDb>().SaveChangesAsync();
        });
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/staff/outbox"));
        foreach (var header in new[] { "Vastaanottaja", "Aihe", "Tila", "Yrityksiä" }) Assert.Contains($"<th scope=\"col\">{header}</th>", page);
        Assert.Contains("<td>kaisa.kuvitteellinen@perheverkko.example</td>", page);
        Assert.Contains("<td>Kokouskutsu: johtoryhmä 12.1.2027</td>", page);
        Assert.Contains("<td>Yritetään uudelleen</td>", page);
        Assert.Contains("<td>1</td>", page);
        Assert.Contains("421 try later", page);
        // The family's address and the subject of its answer stay sealed.
        Assert.DoesNotContain("perhe@example.org", page);
        Assert.DoesNotContain("Vastaus kysymykseesi", page);
        Assert.Contains("Salattu viesti perheelle", page);
    }
}
