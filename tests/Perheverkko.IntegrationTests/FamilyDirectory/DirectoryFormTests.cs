using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.FamilyDirectory.DirectoryTestData;

namespace Perheverkko.IntegrationTests.FamilyDirectory;

/// <summary>The staff directory's forms as a browser posts them (issue #13 item 4).</summary>
public sealed class DirectoryFormTests
{
    private static readonly Guid Neuvola = Perheverkko.Web.Features.Directory.DirectorySeeder.ServiceId("neuvola-mikkeli");

    [Theory, BothDatabases]
    public async Task A_form_post_to_another_organisations_entry_shows_the_not_permitted_page_and_is_audited(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, DemoUsers.SavonlinnaRepresentative);
        foreach (var (path, handler, fields) in new (string, string, Dictionary<string, string>)[]
                 {
                     ($"/staff/directory/activities/{MikkeliDraft}", "Save", new() { ["Input.Version"] = "1", ["Input.Name.Fi"] = "Kaapattu" }),
                     ($"/staff/directory/activities/{MikkeliDraft}", "State", new() { ["version"] = "1", ["state"] = "Archived" }),
                     ($"/staff/directory/places/{ParishRoom}", "Save", new() { ["Input.Version"] = "2", ["Input.Name.Fi"] = "Kaapattu" }),
                     ($"/staff/directory/services/{Neuvola}", "Save", new() { ["Input.Version"] = "1", ["Input.Name.Fi"] = "Kaapattu" }),
                     ("/staff/directory/activities", "Save", new() { ["Input.OrganisationId"] = MikkeliCity.ToString(), ["Input.Name.Fi"] = "Toisen nimissä" }),
                 })
        {
            var refused = await Forms.PostAsync(client, path, fields, $"{path}?handler={handler}");
            var html = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{path} {handler}: {refused.StatusCode} {refused.Headers.Location}\n{html}");
            Assert.Contains("Ei käyttöoikeutta", html);
        }
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.AccessDenied && a.ObjectId == MikkeliDraft.ToString())));
    }
}
