using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Bulletins;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Bulletins;

/// <summary>
/// Bulletins for professionals and parties (issue #18 item 2) with a real SMTP listener: each recipient gets one mail in
/// their language, even when in several audiences; unsubscribing stops the optional ones only; sending is once only;
/// an empty audience, bad text, a stranger and another region are refused with nothing saved.
/// </summary>
public sealed partial class BulletinTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private const string Outsider = "ulla.ulkopuolinen@perheverkko.example";

    private static object Draft(bool optional, params object[] audiences) => new
    {
        subject = new { fi = "Verkoston uutiset", sv = "Nätverkets nyheter", en = "Network news" },
        body = new { fi = "Hei! **Tärkeä** asia.\n\n- yksi\n- kaksi", sv = "Hej! **Viktig** sak.", en = "Hello! An **important** matter." },
        optional,
        audiences,
    };

    private static MimeMessage Mime(ReceivedMail mail) => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)));

    [GeneratedRegex(@"https://perheverkko\.example/bulletins/unsubscribe/[A-Za-z0-9_-]+")]
    private static partial Regex UnsubscribeLink();

    [Theory, BothDatabases]
    public async Task Each_recipient_gets_one_mail_in_their_language_and_unsubscribing_stops_only_the_optional_ones(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener();
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        var southSavo = await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == Mikkeli).Select(o => o.RegionId).SingleAsync());
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Email == DemoUsers.Professional)).Language = "en";
            (await db.Users.SingleAsync(u => u.Email == DemoUsers.SavonlinnaRepresentative)).Language = "sv";
            return await db.SaveChangesAsync();
        });
        // The professional is a staff account AND a member of the leadership group; an outsider (no account) is a deputy, her address typed in capitals.
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var from = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var member = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { staffUserId = SeedIds.For("user", DemoUsers.Professional), organisationId = Mikkeli, role = "Member", from }));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { name = "Ulla Ulkopuolinen", email = Outsider.ToUpperInvariant(), organisationId = Mikkeli, role = "Deputy", deputyForId = member, from }));
        await app.DispatchOutboxAsync();
        smtp.Received.Clear();

        var staff = await app.WithDbAsync(async db =>
        {
            var parties = await db.Organisations.Where(o => o.RegionId == southSavo).Select(o => o.Id).ToListAsync();
            return (await db.Users.Where(u => u.OrganisationId != null && parties.Contains(u.OrganisationId.Value)).Select(u => u.Email!).ToListAsync())
                .Select(e => e.ToLowerInvariant()).ToHashSet();
        });
        var expected = staff.Append(Outsider).ToHashSet();

        var created = await coordinator.PostAsJsonAsync("/api/v1/bulletins", Draft(true, new { kind = "PartyStaff" }, new { kind = "GroupMembers", id = Leadership }));
        var id = await CreatedIdAsync(created);
        var count = await (await coordinator.GetAsync($"/api/v1/bulletins/{id}/recipients/count")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(expected.Count, count.GetProperty("recipients").GetInt32());
        // The group adds only the outsider: the professional was already reached as staff.
        Assert.Equal(1, count.GetProperty("perAudience")[1].GetProperty("recipients").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/bulletins/{id}/sending", null)).StatusCode);
        var again = await coordinator.PostAsync($"/api/v1/bulletins/{id}/sending", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("bulletin.already_sent", await CodeOfAsync(again));
        var changed = await coordinator.PutAsJsonAsync($"/api/v1/bulletins/{id}", Draft(true, new { kind = "PartyStaff" }));
        Assert.Equal("bulletin.already_sent", await CodeOfAsync(changed));

        Assert.Equal(expected.Count, await app.DispatchOutboxAsync());
        var mails = smtp.Received.ToList();
        Assert.Equal(expected.Count, mails.Count);
        Assert.Equal(expected.Order(), mails.Select(m => Assert.Single(m.To).ToLowerInvariant()).Order());
        var byRecipient = mails.ToDictionary(m => m.To[0].ToLowerInvariant(), Mime);
        Assert.Equal("Network news", byRecipient[DemoUsers.Professional].Subject);
        Assert.Equal("Nätverkets nyheter", byRecipient[DemoUsers.SavonlinnaRepresentative].Subject);
        Assert.Equal("Verkoston uutiset", byRecipient[Outsider].Subject);
        Assert.Equal("Verkoston uutiset", byRecipient[DemoUsers.Coordinator].Subject);
        foreach (var mail in byRecipient.Values)
        {
            Assert.Contains($"https://perheverkko.example/staff/bulletins/{id}", mail.TextBody);
            Assert.Matches(UnsubscribeLink(), mail.TextBody);
            Assert.Contains("<strong>", mail.HtmlBody);
            Assert.Contains($"href=\"https://perheverkko.example/staff/bulletins/{id}\"", mail.HtmlBody);
            Assert.StartsWith("<https://perheverkko.example/api/v1/bulletins/unsubscribe/", mail.Headers["List-Unsubscribe"]);
            Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        }
        Assert.Contains("<strong>important</strong>", byRecipient[DemoUsers.Professional].HtmlBody);

        // The web copy counts the deliveries from the outbox; the audit row counts per audience and names nobody.
        var copy = await (await coordinator.GetAsync($"/api/v1/bulletins/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(expected.Count, copy.GetProperty("deliveries").GetProperty("sent").GetInt32());
        Assert.Equal("Sent", copy.GetProperty("state").GetString());
        var sentDetail = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.BulletinSent).Select(a => a.Detail).SingleAsync());
        Assert.Contains("PartyStaff", sentDetail);
        Assert.DoesNotContain("@", sentDetail);

        // The outsider opens her link: the GET only asks (a mail scanner unsubscribes nobody); the button does it.
        var outsiderLink = UnsubscribeLink().Match(byRecipient[Outsider].TextBody ?? "").Value;
        var path = new Uri(outsiderLink).AbsolutePath;
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ask = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains(Outsider, await ask.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.BulletinOptOuts.AnyAsync()));
        var done = await Forms.PostAsync(anonymous, path, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Tilaus on peruttu", await done.Content.ReadAsStringAsync());
        Assert.Equal(Outsider, await app.WithDbAsync(db => db.BulletinOptOuts.Select(o => o.Email).SingleAsync()));
        var unsubscribed = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.BulletinUnsubscribed).Select(a => a.Detail).SingleAsync());
        Assert.DoesNotContain("@", unsubscribed);
        // The professional's mail client uses the one-click header (RFC 8058).
        var oneClick = byRecipient[DemoUsers.Professional].Headers["List-Unsubscribe"]!.Trim('<', '>');
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsync(new Uri(oneClick).AbsolutePath,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }))).StatusCode);
        // A forged or garbled link: a clear page, a clear problem, never a 500.
        var forged = await anonymous.GetAsync("/bulletins/unsubscribe/not-a-real-token");
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Peruutuslinkki ei kelpaa", await forged.Content.ReadAsStringAsync());
        var forgedClick = await anonymous.PostAsync("/api/v1/bulletins/unsubscribe/not-a-real-token", null);
        Assert.Equal(HttpStatusCode.NotFound, forgedClick.StatusCode);
        Assert.Equal("bulletin.unsubscribe_link_invalid", await CodeOfAsync(forgedClick));

        // Another optional bulletin to the group reaches nobody now: refused, nothing saved.
        var bulletins = await app.WithDbAsync(db => db.Bulletins.CountAsync());
        var nobody = await coordinator.PostAsJsonAsync("/api/v1/bulletins", Draft(true, new { kind = "GroupMembers", id = Leadership }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nobody.StatusCode);
        Assert.Equal("bulletin.no_recipients", await CodeOfAsync(nobody));
        Assert.Equal(bulletins, await app.WithDbAsync(db => db.Bulletins.CountAsync()));
        // A required one still reaches both, without an unsubscribe link.
        smtp.Received.Clear();
        var notice = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/bulletins", Draft(false, new { kind = "GroupMembers", id = Leadership })));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/bulletins/{notice}/sending", null)).StatusCode);
        Assert.Equal(2, await app.DispatchOutboxAsync());
        var required = smtp.Received.Select(Mime).ToList();
        Assert.Equal([DemoUsers.Professional, Outsider], required.Select(m => m.To.Mailboxes.Single().Address.ToLowerInvariant()).Order());
        Assert.All(required, m => Assert.DoesNotMatch(UnsubscribeLink(), m.TextBody));
        Assert.All(required, m => Assert.Null(m.Headers["List-Unsubscribe"]));

        // A year on, the addresses of the deliveries are cleared; the counts stay.
        app.Clock.Advance(TimeSpan.FromDays(BulletinsPersonalData.DeliveryRetentionMonths * 31));
        await app.WithScopeAsync(async services => Assert.Equal(expected.Count + 2, await services.GetRequiredService<BulletinRetention>().ClearDueAsync(CancellationToken.None)));
        Assert.False(await app.WithDbAsync(db => db.BulletinDeliveries.AnyAsync(d => d.Email != null)));
        var later = await (await coordinator.GetAsync($"/api/v1/bulletins/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(expected.Count, later.GetProperty("deliveries").GetProperty("sent").GetInt32());
        await MailFormat.AssertWellFormedAsync(app); // the bulletins with their List-Unsubscribe links
    }

    [Theory, BothDatabases]
    public async Task Empty_audiences_bad_text_strangers_and_another_region_are_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var second = await SecondRegion.SeedAsync(app);

        async Task Refused(HttpResponseMessage response, HttpStatusCode status, string code)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal(code, await CodeOfAsync(response));
        }
        await Refused(await coordinator.PostAsJsonAsync("/api/v1/bulletins", Draft(false)), HttpStatusCode.UnprocessableEntity, "bulletin.no_audience");
        // Nobody in South Savo is a communication owner yet.
        await Refused(await coordinator.PostAsJsonAsync("/api/v1/bulletins", Draft(false, new { kind = "CommunicationOwners" })), HttpStatusCode.UnprocessableEntity, "bulletin.no_recipients");
        await Refused(await coordinator.PostAsJsonAsync("/api/v1/bulletins", Draft(false, new { kind = "GroupMembers", id = SecondRegion.GroupId })), HttpStatusCode.NotFound, "bulletin.audience_not_found");
        var nul = await coordinator.PostAsJsonAsync("/api/v1/bulletins", new
        {
            subject = new { fi = "Otsikko\u0000" }, body = new { fi = "Teksti" }, optional = false, audiences = new[] { new { kind = "Signatories" } },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nul.StatusCode);
        var problem = await nul.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("validation.failed", problem.GetProperty("code").GetString());
        // validation.control_characters, as the API words it, on the field.
        Assert.StartsWith("The text contains control or direction characters", problem.GetProperty("errors").GetProperty("subject.fi")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Bulletins.CountAsync()));

        // The form keeps what was typed and shows the message next to the field.
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(browser, DemoUsers.Coordinator)).StatusCode);
        var form = await Forms.PostAsync(browser, "/staff/bulletins/new", new Dictionary<string, string>
        {
            ["Input.Subject.Fi"] = "Kevään\u0001 koulutukset", ["Input.Body.Fi"] = "Ilmoittaudu **pian**.", ["Input.Kinds"] = "Signatories",
        }, "/staff/bulletins/new?handler=Preview");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var html = await form.Content.ReadAsStringAsync();
        Assert.Matches("id=\"Input_Subject_Fi-error\" class=\"field-error\">[^<]+<", html);
        Assert.Contains("Ilmoittaudu **pian**.", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.Bulletins.CountAsync()));

        // One Perheneuvo team may be chosen on the page instead of all of them; the draft keeps it.
        var juvaTeam = await app.WithDbAsync(db => db.AdviceTeams.Where(t => db.Municipalities.Any(m => m.Id == t.MunicipalityId && m.Slug == "juva"))
            .Select(t => t.Id).SingleAsync());
        var teamForm = await Forms.PostAsync(browser, "/staff/bulletins/new", new Dictionary<string, string>
        {
            ["Input.Subject.Fi"] = "Juvan tiimille", ["Input.Body.Fi"] = "Teksti.", ["Input.TeamId"] = juvaTeam.ToString(),
        }, "/staff/bulletins/new?handler=Preview");
        Assert.Equal(HttpStatusCode.OK, teamForm.StatusCode);
        Assert.Matches($"<option value=\"{juvaTeam}\" selected=\"selected\"", await teamForm.Content.ReadAsStringAsync());
        var teamDraft = await app.WithDbAsync(async db => (await db.Bulletins.ToListAsync()).Single());
        Assert.Equal([new BulletinAudience(BulletinAudienceKind.AdviceTeams, juvaTeam)], teamDraft.Audiences);
        await app.WithDbAsync(db => db.Bulletins.Where(b => b.Id == teamDraft.Id).ExecuteDeleteAsync());

        // A representative may neither write nor send (403, nothing changed), nor see a draft.
        var id = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/bulletins", Draft(false, new { kind = "Signatories" })));
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        Assert.Equal(HttpStatusCode.Forbidden, (await representative.PostAsJsonAsync("/api/v1/bulletins", Draft(false, new { kind = "Signatories" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await representative.PostAsync($"/api/v1/bulletins/{id}/sending", null)).StatusCode);
        await Refused(await representative.GetAsync($"/api/v1/bulletins/{id}"), HttpStatusCode.NotFound, "bulletin.not_found");
        Assert.Empty((await (await representative.GetAsync("/api/v1/bulletins")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray());
        Assert.Equal((BulletinState.Draft, 0, 0), await app.WithDbAsync(async db => (
            await db.Bulletins.Where(b => b.Id == id).Select(b => b.State).SingleAsync(), await db.BulletinDeliveries.CountAsync(), await db.OutboxMessages.CountAsync())));

        // A stale version is refused; another region's coordinator does not find the bulletin.
        await Refused(await coordinator.PutAsJsonAsync($"/api/v1/bulletins/{id}", new
        {
            subject = new { fi = "Uusi" }, body = new { fi = "Teksti" }, optional = false, audiences = new[] { new { kind = "Signatories" } }, version = 99,
        }), HttpStatusCode.Conflict, "bulletin.stale");
        var other = await second.CoordinatorClientAsync();
        await Refused(await other.GetAsync($"/api/v1/bulletins/{id}"), HttpStatusCode.NotFound, "bulletin.not_found");
        await Refused(await other.PostAsync($"/api/v1/bulletins/{id}/sending", null), HttpStatusCode.NotFound, "bulletin.not_found");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/staff/bulletins/{id}")).StatusCode);
        Assert.Equal(BulletinState.Draft, await app.WithDbAsync(db => db.Bulletins.Where(b => b.Id == id).Select(b => b.State).SingleAsync()));

        // The Perheneuvo teams' workers and the parties' contact persons, each address once: the count before sending.
        var teamsAndContacts = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/bulletins", Draft(false, new { kind = "AdviceTeams" }, new { kind = "ContactPersons" })));
        var southSavo = await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == Mikkeli).Select(o => o.RegionId).SingleAsync());
        var expected = await app.WithDbAsync(async db =>
        {
            var teams = db.AdviceTeams.Where(t => t.RegionId == southSavo).Select(t => t.Id);
            var workers = await db.AdviceTeamMembers.Where(m => teams.Contains(m.TeamId)).Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email!).ToListAsync();
            var parties = db.Organisations.Where(o => o.RegionId == southSavo).Select(o => o.Id);
            var contacts = await db.ContactPersons.Where(c => parties.Contains(c.OrganisationId) && c.Role == ContactRole.ContactPerson).Select(c => c.Email).ToListAsync();
            Assert.NotEmpty(workers);
            return workers.Concat(contacts).Select(e => e.ToLowerInvariant()).Distinct().Count();
        });
        var reach = await (await coordinator.GetAsync($"/api/v1/bulletins/{teamsAndContacts}/recipients/count")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(expected, reach.GetProperty("recipients").GetInt32());
    }
}
