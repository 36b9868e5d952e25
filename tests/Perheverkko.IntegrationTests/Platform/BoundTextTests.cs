using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// Issue #12 item 3's net: one input rule at model binding refuses control, non- and direction characters in every
/// text the API or a form binds — a JSON body's field, a query value no handler reads, a form's field — with 422 and
/// the field's message on the API (as a use case's check answers), a field message on the form, and nothing stored.
/// </summary>
public sealed class BoundTextTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    [Theory, BothDatabases]
    public async Task Refused_characters_are_refused_where_they_are_bound_on_the_api_and_on_forms(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var api = await app.ClientForAsync(DemoUsers.Admin);
        var browser = app.Anonymous();
        await Forms.SignInAsync(browser, DemoUsers.Admin);
        var texts = app.Services.GetRequiredService<Perheverkko.Web.Platform.Localization.Texts>();
        // The start of the message, in whichever language the admin reads (before any character HTML would encode).
        var messages = new[] { "fi", "en" }.Select(l => texts.Get(l, BoundText.Code)[..20]).ToArray();

        foreach (var bad in new[] { "\u0001", "\u202E", "\0" })
        {
            // A JSON body: the field is named as in the JSON.
            var json = await api.PostAsJsonAsync($"/api/v1/organisations/{Mikkeli}/contact-persons",
                new { name = $"Kalle{bad}Kokeilija", email = "kalle.kokeilija@perheverkko.example", role = "ContactPerson", title = "Koordinaattori" });
            await AssertRefusedAsync(json, "name");

            // Query values: one a handler reads, one nobody reads; on the API, HSDS and a feed.
            foreach (var url in new[] { "/api/v1/directory?q=", "/api/v1/organisations?whatever=", "/hsds/services?search=",
                         $"/directory/municipalities/mikkeli/calendar.ics?x=" })
                await AssertRefusedAsync(await api.GetAsync(url + Uri.EscapeDataString($"a{bad}b")), null);

            // A form post: the message next to the field, the form as typed, nothing stored.
            var form = await Forms.PostAsync(browser, $"/staff/organisations/{Mikkeli}", new Dictionary<string, string>
            {
                ["Contact.Name"] = "Kalle Kokeilija", ["Contact.Email"] = "kalle.kokeilija@perheverkko.example",
                ["Contact.Role"] = "ContactPerson", ["Contact.Title"] = $"Koordi{bad}naattori",
            }, $"/staff/organisations/{Mikkeli}?handler=AddContact");
            var html = await form.Content.ReadAsStringAsync();
            if (bad == "\0")
            {
                // ASP.NET Core's form reading refuses a NUL before anything is bound: 400, the form is not taken.
                Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
                continue;
            }
            Assert.True(form.StatusCode == HttpStatusCode.OK, $"U+{(int)bad[0]:X4}: {(int)form.StatusCode}");
            Assert.True(messages.Any(html.Contains), $"No field message in the form: {html.Length} characters");
            Assert.Contains("Kalle Kokeilija", html);
        }

        // A lone surrogate in JSON is not a text at all: refused as malformed, never a 500.
        var surrogate = await api.PostAsync($"/api/v1/organisations/{Mikkeli}/contact-persons", new StringContent(
            "{\"name\":\"Kalle\\ud800\",\"email\":\"kalle.kokeilija@perheverkko.example\",\"role\":\"ContactPerson\"}", Encoding.UTF8, "application/json"));
        Assert.InRange((int)surrogate.StatusCode, 400, 499);

        Assert.False(await app.WithDbAsync(db => db.ContactPersons.AnyAsync(c => c.Email == "kalle.kokeilija@perheverkko.example")));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string? field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(Perheverkko.Web.Platform.Rules.InputInvalid.Code, problem.GetProperty("code").GetString());
        var errors = problem.GetProperty("errors");
        var messages = field is null ? errors.EnumerateObject().Select(e => e.Value).ToList() : [errors.GetProperty(field)];
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.StartsWith("The text contains control", m[0].GetString()));
    }
}
