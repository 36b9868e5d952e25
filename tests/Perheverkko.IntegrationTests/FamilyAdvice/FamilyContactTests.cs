using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Protection;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.IntegrationTests.FamilyAdvice;

/// <summary>
/// Perheneuvo as a family uses it (issue 15, items 1, 2 and "Bad input and abuse"): the form routes a question to its
/// municipality's team or the regional queue, raises each rule with its stable code, stores only sealed words, mails a
/// receipt to the family and a link-only notice to staff, and shows the conversation on the private answer page.
/// </summary>
public sealed partial class FamilyContactTests
{
    private static readonly Guid Juva = NetworkSeeder.MunicipalityId("juva");
    private static readonly Guid Savonlinna = NetworkSeeder.MunicipalityId("savonlinna");
    private static readonly Guid Parenting = SeedIds.For("advice-topic", $"{NetworkSeeder.SouthSavo:N}-1");

    private static Dictionary<string, string> Fields(Guid? municipality, string question, string answerBy = "AnswerPage", string? email = null,
        string? phone = null, string? window = null, string? name = null, Guid? topic = null) => new()
    {
        ["Input.MunicipalityId"] = municipality?.ToString() ?? "",
        ["Input.TopicId"] = (topic ?? Parenting).ToString(),
        ["Input.Question"] = question,
        ["Input.AnswerBy"] = answerBy,
        ["Input.Email"] = email ?? "",
        ["Input.Phone"] = phone ?? "",
        ["Input.CallWindow"] = window ?? "",
        ["Input.Name"] = name ?? "",
    };

    private static async Task<(string Html, string Reference, string AnswerPath)> SendAsync(HttpClient client, Dictionary<string, string> fields,
        string path = "/perheneuvo")
    {
        var response = await Forms.PostAsync(client, path, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var reference = ReferenceOnReceipt().Match(html);
        Assert.True(reference.Success, "no receipt: " + html);
        var link = LinkOnReceipt().Match(html);
        return (html, reference.Groups[1].Value, new Uri(WebUtility.HtmlDecode(link.Groups[1].Value)).AbsolutePath);
    }

    private static Task<FamilyContact> ContactAsync(TestApp app, string reference) =>
        app.WithDbAsync(db => db.FamilyContacts.Include(c => c.Entries).SingleAsync(c => c.Reference == reference));

    private static Task<int> CountAsync(TestApp app) => app.WithDbAsync(db => db.FamilyContacts.CountAsync());

    [Theory, BothDatabases]
    public async Task A_question_goes_to_its_municipality_team_or_else_to_the_regional_queue(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var juva = await SendAsync(client, Fields(Juva, "Miten tuen lasta uuden koulun alussa?"));
        var unknown = await SendAsync(client, Fields(null, "Mistä saa apua riitoihin?"));
        var noTeam = await SendAsync(client, Fields(Savonlinna, "Kenen puoleen käännyn?"), "/r/etela-savo/perheneuvo");

        var toJuva = await ContactAsync(app, juva.Reference);
        Assert.Equal(FamilyAdviceSeeder.TeamId("juva"), toJuva.TeamId);
        Assert.Equal(Juva, toJuva.MunicipalityId);
        Assert.Equal(ContactState.Received, toJuva.State);
        Assert.Equal(ContactChannel.Electronic, toJuva.Channel);
        Assert.True(toJuva.DueOn > DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddDays(-1)));
        Assert.Single(toJuva.Entries, e => e.Kind == ContactEntryKind.FamilyMessage);
        Assert.Null((await ContactAsync(app, unknown.Reference)).TeamId);
        var savonlinna = await ContactAsync(app, noTeam.Reference);
        Assert.Null(savonlinna.TeamId);
        Assert.Equal(Savonlinna, savonlinna.MunicipalityId);
        Assert.Matches("^PN-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", juva.Reference);
        // The receipt audit row names no actor and carries no personal detail.
        var audit = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.ObjectId == toJuva.Id.ToString()).ToListAsync());
        var received = Assert.Single(audit);
        Assert.Null(received.ActorId);
        Assert.Null(received.Detail);
    }

    [Theory, BothDatabases]
    public async Task Every_rule_of_the_form_is_raised_with_its_stable_code(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        async Task<string> CodeOf(SubmitContact.Request request)
        {
            string code = "";
            await app.WithScopeAsync(async services =>
            {
                var violation = await Assert.ThrowsAnyAsync<DomainRuleViolation>(() =>
                    services.GetRequiredService<SubmitContact>().HandleAsync(null, request, CancellationToken.None));
                code = violation.Rule.Code;
            });
            return code;
        }
        SubmitContact.Request Valid() => new(Juva, Parenting, "Kysymys", AnswerBy.AnswerPage, null, null, null, null, "fi");
        Assert.Equal(FamilyAdviceRules.TopicNotFound.Code, await CodeOf(Valid() with { TopicId = Guid.NewGuid() }));
        Assert.Equal("advice.topic_not_found", FamilyAdviceRules.TopicNotFound.Code);
        Assert.Equal(FamilyAdviceRules.MunicipalityNotFound.Code, await CodeOf(Valid() with { MunicipalityId = Guid.NewGuid() }));
        Assert.Equal("advice.municipality_not_found", FamilyAdviceRules.MunicipalityNotFound.Code);
        Assert.Equal(FamilyAdviceRules.EmailNeeded.Code, await CodeOf(Valid() with { AnswerBy = AnswerBy.Email }));
        Assert.Equal("advice.email_needed", FamilyAdviceRules.EmailNeeded.Code);
        Assert.Equal(FamilyAdviceRules.PhoneNeeded.Code, await CodeOf(Valid() with { AnswerBy = AnswerBy.PhoneCall, Phone = "040 123 4567" }));
        Assert.Equal(FamilyAdviceRules.PhoneNeeded.Code, await CodeOf(Valid() with { AnswerBy = AnswerBy.PhoneCall, CallWindow = "aamuisin" }));
        Assert.Equal("advice.phone_needed", FamilyAdviceRules.PhoneNeeded.Code);
        Assert.Equal(0, await CountAsync(app));

        // On the page, the rule's message stands next to its field and what the family wrote is shown again.
        var response = await Forms.PostAsync(app.Anonymous(), "/perheneuvo", Fields(Juva, "Tämä kysymys ei saa kadota", "Email", name: "Aino Esimerkki"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"advice-email-error\"[^>]*>[^<]+<", html);
        Assert.Contains("Tämä kysymys ei saa kadota", html);
        Assert.Contains("value=\"Aino Esimerkki\"", html);
        Assert.Equal(0, await CountAsync(app));
    }

    [Theory, BothDatabases]
    public async Task Nothing_is_stored_when_the_form_has_an_error_and_the_family_keeps_what_they_wrote(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var outbox = await app.WithDbAsync(db => db.OutboxMessages.CountAsync());
        var tooLong = new string('ä', FamilyContact.QuestionMaxLength + 1);
        var response = await Forms.PostAsync(client, "/perheneuvo", Fields(Juva, tooLong, name: "Eero Esimerkki"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("id=\"advice-question-error\"[^>]*>[^<]*4000[^<]*<", html);
        Assert.Contains(tooLong, html);

        var noTopic = Fields(Juva, "Kysymys ilman aihetta", name: "Eero Esimerkki");
        noTopic["Input.TopicId"] = "";
        html = WebUtility.HtmlDecode(await (await Forms.PostAsync(client, "/perheneuvo", noTopic)).Content.ReadAsStringAsync());
        Assert.Matches("id=\"advice-topic-error\"[^>]*>[^<]+<", html);
        Assert.Contains("Kysymys ilman aihetta", html);
        Assert.Matches($"value=\"{Juva}\" selected=\"selected\"|selected=\"selected\" value=\"{Juva}\"", html);

        Assert.Equal(0, await CountAsync(app));
        Assert.Equal(outbox, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));
        // Exactly the limit is taken.
        await SendAsync(client, Fields(Juva, new string('ä', FamilyContact.QuestionMaxLength)));
        Assert.Equal(1, await CountAsync(app));
    }

    [Theory, BothDatabases]
    public async Task The_database_holds_no_word_of_the_question_nor_the_familys_details(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        const string question = "Salainen huoli: lapsemme Kuutti-Kyösti ei nuku öisin";
        const string email = "kuutti.kotivanhempi@example.org";
        const string name = "Kaisla Kotivanhempi";
        var sent = await SendAsync(app.Anonymous(), Fields(Juva, question, "PhoneCall", email, "040 765 4321", "arkiaamuisin", name));
        var contact = await ContactAsync(app, sent.Reference);
        // The use case sealed them: the app opens them with its key.
        var protector = app.Services.GetRequiredService<ContentProtector>();
        Assert.Equal(question, protector.Open(contact.Entries.Single().SealedText));
        Assert.Equal(email, protector.Open(contact.Details.Email));
        Assert.Equal("arkiaamuisin", protector.Open(contact.Details.CallWindow));

        string[] secrets = [question, "Kuutti-Kyösti", email, name, "765 4321", "arkiaamuisin"];
        if (provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-journal" }.Where(File.Exists))
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                await stream.CopyToAsync(memory);
                var bytes = memory.ToArray();
                foreach (var secret in secrets)
                {
                    Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
                    Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)));
                }
            }
        }
        else
        {
            var dump = await app.WithDbAsync(async db =>
            {
                var rows = new List<string>();
                // Every column of every row, as text: what a dump of these tables would show.
                string[] queries =
                [
                    "SELECT row_to_json(t)::text AS \"Value\" FROM \"FamilyContacts\" t",
                    "SELECT row_to_json(t)::text AS \"Value\" FROM \"ContactEntries\" t",
                    "SELECT row_to_json(t)::text AS \"Value\" FROM \"OutboxMessages\" t",
                    "SELECT row_to_json(t)::text AS \"Value\" FROM \"AnswerLinks\" t",
                    "SELECT row_to_json(t)::text AS \"Value\" FROM \"AuditRecords\" t",
                ];
                foreach (var sql in queries) rows.AddRange(await db.Database.SqlQueryRaw<string>(sql).ToListAsync());
                return string.Join("\n", rows);
            });
            Assert.Contains(sent.Reference, dump);
            foreach (var secret in secrets) Assert.DoesNotContain(secret, dump);
        }
    }

    [Theory, BothDatabases]
    public async Task The_family_gets_a_receipt_with_the_link_and_the_team_a_notice_without_the_words(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener();
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        var sent = await SendAsync(app.Anonymous(), Fields(Juva, "Vauvamme itkee paljon iltaisin, mikä avuksi", "Email", "aino.aiti@example.org", name: "Aino Äiti"));
        var contact = await ContactAsync(app, sent.Reference);
        Assert.StartsWith("https://perheverkko.example/perheneuvo/vastaus/", WebUtility.HtmlDecode(LinkOnReceipt().Match(sent.Html).Groups[1].Value));

        await MailFormat.AssertWellFormedAsync(app); // the sealed receipt (erased once sent) and the team notice
        Assert.Equal(2, await app.DispatchOutboxAsync());
        var mails = smtp.Received.ToDictionary(m => Assert.Single(m.To), m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))));
        var receipt = mails["aino.aiti@example.org"];
        Assert.Contains(sent.Reference, receipt.Subject);
        Assert.Contains("https://perheverkko.example" + sent.AnswerPath, receipt.TextBody);
        Assert.Contains("arkipäivän", receipt.TextBody);
        Assert.Contains("Linkki on ainoa avain", receipt.TextBody);

        var notice = mails[DemoUsers.JuvaAdviceWorker];
        Assert.Contains($"https://perheverkko.example/staff/perheneuvo/{contact.Id}", notice.TextBody);
        Assert.Contains("Juva", notice.TextBody);
        foreach (var word in new[] { "Vauvamme", "itkee", "iltaisin", "avuksi", "Aino", "aino.aiti", sent.Reference, "vastaus/" })
        {
            Assert.DoesNotContain(word, notice.TextBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(word, notice.Subject, StringComparison.OrdinalIgnoreCase);
        }
        // The family's mail is erased from the outbox once sent; the regional queue's notice goes to the coordinator.
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "email-sealed" && m.Payload.Length > 0 && m.SentAt == null)));
        smtp.Received.Clear();
        await SendAsync(app.Anonymous(), Fields(null, "Kysymys ilman kuntaa"));
        Assert.Equal(1, await app.DispatchOutboxAsync());
        Assert.Contains(DemoUsers.Coordinator, Assert.Single(smtp.Received).To);
    }

    [Theory, BothDatabases]
    public async Task The_answer_page_shows_the_conversation_and_the_family_writes_back(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var sent = await SendAsync(client, Fields(Juva, "Miten puhun lapselle erosta? <script>alert(1)</script>"));
        var page = await client.GetAsync(sent.AnswerPath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("no-store", page.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", Assert.Single(page.Headers.GetValues("Referrer-Policy")));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.Contains("<meta name=\"referrer\" content=\"no-referrer\">", html);
        Assert.Contains(sent.Reference, html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>alert(1)", html);

        // Staff answer, refer to a published service and note something the family never sees.
        var service = await app.WithDbAsync(db => db.Services.Where(s => s.State == PublicationState.Published).Select(s => new { s.Id, s.Name }).FirstAsync());
        var worker = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.JuvaAdviceWorker).Select(u => u.Id).SingleAsync());
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Perheverkko.Web.Data.PerheverkkoDb>();
            var protector = services.GetRequiredService<ContentProtector>();
            var contact = await db.FamilyContacts.Include(c => c.Entries).SingleAsync(c => c.Reference == sent.Reference);
            var now = app.Clock.GetUtcNow().UtcDateTime;
            contact.Reply(contact.Version, protector.Seal("Hyvä kysymys. Kerro <b>rehellisesti</b> ja lapsen ikätasolla.")!, worker, now);
            contact.Refer(contact.Version, service.Id, protector.Seal("Tästä palvelusta saatte tukea."), worker, now);
            contact.Note(contact.Version, protector.Seal("SISÄINEN MUISTIINPANO")!, worker, now);
            contact.Close(contact.Version, ContactOutcome.ReferredToService, worker, now);
            await db.SaveChangesAsync();
        });
        html = WebUtility.HtmlDecode(await client.GetStringAsync(sent.AnswerPath));
        Assert.Contains("Kerro <b>rehellisesti</b> ja", WebUtility.HtmlDecode(html));
        Assert.Contains("&lt;b&gt;rehellisesti", await client.GetStringAsync(sent.AnswerPath));
        Assert.Contains($"href=\"/directory/services/{service.Id}\"", html);
        Assert.Contains(service.Name.Fi, html);
        Assert.DoesNotContain("SISÄINEN MUISTIINPANO", html);
        var workerName = await app.WithDbAsync(db => db.Users.Where(u => u.Id == worker).Select(u => u.DisplayName).SingleAsync());
        Assert.DoesNotContain(workerName, html);

        // The family writes back to a closed contact: it opens again, and the page says so.
        var written = await Forms.PostAsync(client, sent.AnswerPath, new Dictionary<string, string> { ["Input.Message"] = "Kiitos! Vielä yksi kysymys." });
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        html = WebUtility.HtmlDecode(await written.Content.ReadAsStringAsync());
        Assert.Contains("Kiitos! Vielä yksi kysymys.", html);
        Assert.Contains("avasimme sen uudelleen", html);
        var reopened = await ContactAsync(app, sent.Reference);
        Assert.Equal(ContactState.InProgress, reopened.State);
        Assert.Equal(2, reopened.Entries.Count(e => e.Kind == ContactEntryKind.FamilyMessage));

        // Too long a message is refused next to its field, and nothing is added.
        var tooLong = await Forms.PostAsync(client, sent.AnswerPath, new Dictionary<string, string> { ["Input.Message"] = new('x', 4001) });
        Assert.Matches("id=\"advice-message-error\"[^>]*>[^<]+<", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(2, (await ContactAsync(app, sent.Reference)).Entries.Count(e => e.Kind == ContactEntryKind.FamilyMessage));
    }

    [Theory, BothDatabases]
    public async Task Unknown_ill_formed_and_revoked_links_give_the_same_404(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var sent = await SendAsync(client, Fields(Juva, "Kysymys"));
        var (unknown, _) = AnswerSecrets.New();
        var missing = await client.GetAsync("/sivua-ei-ole-olemassa");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notFound = Comparable(await missing.Content.ReadAsStringAsync(), "/sivua-ei-ole-olemassa");
        foreach (var path in new[] { $"/perheneuvo/vastaus/{unknown}", "/perheneuvo/vastaus/lyhyt", $"/r/etela-savo/perheneuvo/vastaus/{unknown}" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(notFound, Comparable(await response.Content.ReadAsStringAsync(), path));
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(sent.AnswerPath)).StatusCode);
        var worker = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.JuvaAdviceWorker).Select(u => u.Id).SingleAsync());
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Perheverkko.Web.Data.PerheverkkoDb>();
            var contact = await db.FamilyContacts.SingleAsync(c => c.Reference == sent.Reference);
            contact.RevokeAnswerLink(contact.Version, worker, app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });
        var revoked = await client.GetAsync(sent.AnswerPath);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(notFound, Comparable(await revoked.Content.ReadAsStringAsync(), sent.AnswerPath));
    }

    [Theory, BothDatabases]
    public async Task A_filled_honeypot_gets_a_receipt_and_nothing_is_stored_or_mailed(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var outbox = await app.WithDbAsync(db => db.OutboxMessages.CountAsync());
        var fields = Fields(Juva, "Osta halpoja tuotteita", "Email", "robotti@example.org");
        fields["Website"] = "https://roskaa.example";
        var sent = await SendAsync(app.Anonymous(), fields);
        Assert.Equal(0, await CountAsync(app));
        Assert.Equal(outbox, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync(sent.AnswerPath)).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task Sending_is_rate_limited_per_client_address_and_reading_is_not(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string?> { ["RateLimits:PublicFormPerMinute"] = "2" });
        var client = app.Anonymous();
        await SendAsync(client, Fields(Juva, "Ensimmäinen"));
        await SendAsync(client, Fields(Juva, "Toinen"));
        var third = await Forms.PostAsync(client, "/perheneuvo", Fields(Juva, "Kolmas"));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("<h1", await third.Content.ReadAsStringAsync());
        Assert.Equal(2, await CountAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/perheneuvo")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task The_form_shows_the_emergency_notice_and_the_privacy_link_before_sending_in_each_language(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var texts = new Perheverkko.Web.Platform.Localization.Texts();
        foreach (var language in Perheverkko.Web.Platform.Localization.Texts.Languages)
        {
            var client = app.Anonymous();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            var html = WebUtility.HtmlDecode(await client.GetStringAsync("/perheneuvo"));
            Assert.Contains($"<html lang=\"{language}\">", html);
            var form = html.IndexOf("<form method=\"post\" class=\"form\"", StringComparison.Ordinal);
            var notice = html.IndexOf(texts.Get(language, "advice.public.notice.emergency"), StringComparison.Ordinal);
            var privacy = html.IndexOf("href=\"/tietosuoja\"", form, StringComparison.Ordinal);
            var send = html.IndexOf("type=\"submit\" class=\"primary\"", form, StringComparison.Ordinal);
            Assert.True(form > 0 && notice > 0 && notice < form, "the emergency notice comes before the form");
            Assert.True(privacy > 0 && privacy < send, "the privacy link comes before the send button");
            Assert.Contains("112", texts.Get(language, "advice.public.notice.emergency"));
            Assert.Contains("000 000 0000", html); // the demo urgent number
            Assert.Contains("+358 40 000 0000", html); // the demo phone
            Assert.Contains("name=\"Website\"", html);
            Assert.Contains(language == "sv" ? "Jockas" : "Juva", html);
        }
    }

    /// <summary>A page without what differs by request: the antiforgery token and the address itself (the language switch's way back).</summary>
    private static string Comparable(string html, string path) =>
        AntiforgeryValue().Replace(html.Replace(WebUtility.HtmlEncode(path), "PATH").Replace(path, "PATH").Replace(Uri.EscapeDataString(path), "PATH"), "");

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex AntiforgeryValue();

    [GeneratedRegex("id=\"advice-reference\">([^<]+)<")]
    private static partial Regex ReferenceOnReceipt();

    [GeneratedRegex("id=\"advice-answer-link\" href=\"([^\"]+)\"")]
    private static partial Regex LinkOnReceipt();
}
