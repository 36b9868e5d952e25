using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.IntegrationTests.Privacy;

/// <summary>
/// The privacy notice made from the register and the accessibility statement with its feedback route (decision 0031):
/// both pages in every language, the feedback queued as one e-mail, refused without a message, dropped silently when
/// the honeypot is filled, and rate-limited per client address.
/// </summary>
public sealed class PrivacyPagesTests
{
    private static readonly Texts Texts = new();

    private static HttpClient In(TestApp app, string language)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    [Theory, BothDatabases]
    public async Task The_privacy_notice_lists_every_category_of_the_register_in_each_language(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var categories = app.Services.GetRequiredService<PersonalDataRegister>().Categories;
        Assert.Contains(categories, c => c.Key == "contact-persons");
        foreach (var language in Texts.Languages)
        {
            foreach (var path in new[] { "/tietosuoja", "/r/etela-savo/tietosuoja" })
            {
                var response = await In(app, language).GetAsync(path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                Assert.Contains($"<html lang=\"{language}\">", html);
                Assert.Contains(Texts.Get(language, "privacy.title"), html);
                // The controller is the region's wellbeing county (the seeded network's administering party).
                Assert.Contains("Eloisa", html);
                foreach (var category in categories)
                {
                    Assert.Contains($"id=\"{category.Key}\"", html);
                    Assert.Contains(Texts.Get(language, category.TitleKey), html);
                    Assert.Contains(Texts.Get(language, category.RetentionKey), html);
                }
                Assert.Contains(Texts.Get(language, "privacy.not_client_record.title"), html);
                Assert.Contains("https://tietosuoja.fi", html);
            }
        }
    }

    [Theory, BothDatabases]
    public async Task The_accessibility_statement_shows_in_each_language_with_its_feedback_form_and_the_footer_links(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        foreach (var language in Texts.Languages)
        {
            foreach (var path in new[] { "/saavutettavuus", "/r/etela-savo/saavutettavuus" })
            {
                var response = await In(app, language).GetAsync(path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                Assert.Contains(Texts.Get(language, "accessibility.title"), html);
                Assert.Contains(Texts.Get(language, "accessibility.enforcement.title"), html);
                Assert.Contains("https://www.saavutettavuusvaatimukset.fi/", html);
                Assert.Contains("name=\"Input.Message\"", html);
                Assert.Contains("name=\"Website\"", html);
                Assert.Contains(Texts.Get(language, "privacy.footer.privacy"), html);
            }
        }
        // Every public page carries the two links, on a region's own address within the region.
        var front = await app.Anonymous().GetStringAsync("/organisations");
        Assert.Contains("href=\"/tietosuoja\"", front);
        Assert.Contains("href=\"/saavutettavuus\"", front);
        var regional = await app.Anonymous().GetStringAsync("/r/etela-savo/organisations");
        Assert.Contains("href=\"/r/etela-savo/tietosuoja\"", regional);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/r/ei-tallaista/tietosuoja")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task Feedback_is_queued_as_one_mail_to_the_coordinator_and_the_sender_sees_the_receipt(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var before = await OutboxCountAsync(app);
        var response = await Forms.PostAsync(app.Anonymous(), "/saavutettavuus", new Dictionary<string, string>
        {
            ["Input.Name"] = "Tiina Testaaja", ["Input.Email"] = "tiina.testaaja@example.org", ["Input.Page"] = "/directory",
            ["Input.Message"] = "Hakukentän <b>nimi</b> ei kuulu ruudunlukijalla.", ["Website"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/saavutettavuus/kiitos", response.Headers.Location?.OriginalString);
        var receipt = await app.Anonymous().GetAsync("/saavutettavuus/kiitos");
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Contains(Texts.Get("fi", "accessibility.sent.title"), WebUtility.HtmlDecode(await receipt.Content.ReadAsStringAsync()));

        var messages = await app.WithDbAsync(db => db.OutboxMessages.OrderBy(m => m.CreatedAt).ToListAsync());
        Assert.Equal(before + 1, messages.Count);
        var email = JsonSerializer.Deserialize<EmailMessage>(messages[^1].Payload, JsonSerializerOptions.Web)!;
        Assert.Equal([DemoUsers.Coordinator], email.To);
        Assert.Contains("Hakukentän <b>nimi</b> ei kuulu ruudunlukijalla.", email.TextBody);
        Assert.Contains("tiina.testaaja@example.org", email.TextBody);
        Assert.Contains("/directory", email.TextBody);
        Assert.Equal(Perheverkko.Web.Features.Organisations.NetworkSeeder.SouthSavo, messages[^1].RegionId);
        await MailFormat.AssertWellFormedAsync(app); // the accessibility feedback
    }

    [Theory, BothDatabases]
    public async Task Feedback_goes_to_the_configured_accessibility_address_when_there_is_one(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string?> { ["Accessibility:FeedbackAddress"] = "saavutettavuus@hyvinvointialue.example" });
        await Forms.PostAsync(app.Anonymous(), "/saavutettavuus", new Dictionary<string, string> { ["Input.Message"] = "Kontrasti on liian heikko." });
        var messages = await app.WithDbAsync(db => db.OutboxMessages.ToListAsync());
        var email = JsonSerializer.Deserialize<EmailMessage>(messages.OrderBy(m => m.CreatedAt).Last().Payload, JsonSerializerOptions.Web)!;
        Assert.Equal(["saavutettavuus@hyvinvointialue.example"], email.To);
    }

    [Theory, BothDatabases]
    public async Task Feedback_without_a_message_or_with_a_bad_address_is_refused_next_to_the_field_and_nothing_is_sent(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var before = await OutboxCountAsync(app);
        var empty = await Forms.PostAsync(app.Anonymous(), "/saavutettavuus", new Dictionary<string, string> { ["Input.Message"] = "  ", ["Input.Email"] = "ei-osoite" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var html = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Matches("id=\"feedback-message-error\"[^>]*>" + Texts.Get("fi", "validation.required"), html);
        Assert.Matches("id=\"feedback-email-error\"[^>]*>" + Texts.Get("fi", "validation.email"), html);
        Assert.Contains("aria-invalid=\"true\"", html);

        var tooLong = await Forms.PostAsync(app.Anonymous(), "/saavutettavuus", new Dictionary<string, string> { ["Input.Message"] = new string('x', 4001) });
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains(string.Format(Texts.Get("fi", "validation.max_length"), 4000), WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()));
        Assert.Equal(before, await OutboxCountAsync(app));
    }

    [Theory, BothDatabases]
    public async Task A_filled_honeypot_shows_the_same_receipt_and_sends_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var before = await OutboxCountAsync(app);
        var response = await Forms.PostAsync(app.Anonymous(), "/saavutettavuus", new Dictionary<string, string>
        {
            ["Input.Message"] = "Osta halpoja kelloja!", ["Website"] = "https://roskaa.example",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/saavutettavuus/kiitos", response.Headers.Location?.OriginalString);
        Assert.Equal(before, await OutboxCountAsync(app));
    }

    [Fact]
    public async Task Feedback_is_rate_limited_per_client_address_but_reading_the_page_is_not()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["RateLimits:PublicFormPerMinute"] = "3" });
        var browser = app.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await Forms.PostAsync(browser, "/saavutettavuus", new Dictionary<string, string> { ["Input.Message"] = "Palaute " + i })).StatusCode);
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/saavutettavuus")).StatusCode);
    }

    private static Task<int> OutboxCountAsync(TestApp app) => app.WithDbAsync(db => db.OutboxMessages.CountAsync());
}
