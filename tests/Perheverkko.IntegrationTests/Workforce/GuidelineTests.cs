using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Workforce;

/// <summary>The organisation's policies and guideline, the coordinator's overview and the lapse reminders (issue #16 items 3, 5, 6).</summary>
public sealed class GuidelineTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    [Theory, BothDatabases]
    public async Task Policies_and_the_guideline_are_the_organisations_own_with_their_limits(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var savonlinna = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        var validUntil = HelsinkiTime.Today(app.Clock).AddYears(1);

        var policy = await ApiResponses.CreatedIdAsync(await mikkeli.PostAsJsonAsync("/api/v1/workforce/policies",
            new { insurer = "Esimerkkivakuutus Oy", policyNumber = "VAP-2027-1", validUntil }));
        Assert.Equal("workforce.policy_number_taken", await ApiResponses.CodeOfAsync(await mikkeli.PostAsJsonAsync("/api/v1/workforce/policies",
            new { insurer = "Toinen Oy", policyNumber = " VAP-2027-1 ", validUntil })));
        // Another organisation may use the same number, and cannot touch Mikkeli's policy.
        await ApiResponses.CreatedIdAsync(await savonlinna.PostAsJsonAsync("/api/v1/workforce/policies", new { insurer = "Esimerkkivakuutus Oy", policyNumber = "VAP-2027-1", validUntil }));
        Assert.Equal(HttpStatusCode.Forbidden, (await savonlinna.PostAsync($"/api/v1/workforce/policies/{policy}/removal", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await savonlinna.PutAsJsonAsync($"/api/v1/workforce/policies/{policy}", new { insurer = "X", policyNumber = "X", validUntil })).StatusCode);
        Assert.Equal("workforce.policy_not_found", await ApiResponses.CodeOfAsync(await mikkeli.PostAsync($"/api/v1/workforce/policies/{Guid.NewGuid()}/removal", null)));
        var tooLong = await mikkeli.PutAsJsonAsync($"/api/v1/workforce/policies/{policy}", new { insurer = new string('x', 201), policyNumber = "VAP-2027-1", validUntil });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        await ApiResponses.OkAsync(await mikkeli.PutAsJsonAsync($"/api/v1/workforce/policies/{policy}", new { insurer = "Esimerkkivakuutus Oy", policyNumber = "VAP-2027-2", validUntil }));

        var volunteer = await GuidelineTestData.VolunteerAsync(app, Mikkeli, "Ville Vapaaehtoinen", policy, null);
        Assert.Equal("workforce.policy_in_use", await ApiResponses.CodeOfAsync(await mikkeli.PostAsync($"/api/v1/workforce/policies/{policy}/removal", null)));
        var listed = await mikkeli.GetFromJsonAsync<JsonElement>("/api/v1/workforce/policies");
        Assert.Equal(1, listed.GetArrayLength());
        Assert.Equal(("VAP-2027-2", 1), (listed[0].GetProperty("policyNumber").GetString(), listed[0].GetProperty("volunteers").GetInt32()));
        await app.WithDbAsync(async db =>
        {
            var worker = await db.Workers.SingleAsync(w => w.Id == volunteer);
            worker.Leave(worker.Version, HelsinkiTime.Today(app.Clock), app.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });
        await ApiResponses.OkAsync(await mikkeli.PostAsync($"/api/v1/workforce/policies/{policy}/removal", null));
        Assert.Equal(0, (await mikkeli.GetFromJsonAsync<JsonElement>("/api/v1/workforce/policies")).GetArrayLength());
        Assert.Null(await app.WithDbAsync(db => db.Workers.Where(w => w.Id == volunteer).Select(w => w.InsurancePolicyId).SingleAsync()));
        Assert.Equal(3, await app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Event == AuditEvent.InsurancePolicyChanged && a.ObjectId == policy.ToString())));

        // The guideline: defaults until saved, then the organisation's row; limits and staleness by code.
        var guideline = await mikkeli.GetFromJsonAsync<JsonElement>("/api/v1/workforce/settings");
        Assert.Equal((0, 30, 12), (guideline.GetProperty("version").GetInt32(), guideline.GetProperty("reminderDays").GetInt32(), guideline.GetProperty("retentionMonths").GetInt32()));
        foreach (var (body, code) in new (object, string)[]
        {
            (new { version = 0, recheckMonths = 121, volunteerCheckRequired = false, reminderDays = 30, retentionMonths = 12 }, "workforce.recheck_invalid"),
            (new { version = 0, recheckMonths = (int?)null, volunteerCheckRequired = false, reminderDays = 0, retentionMonths = 12 }, "workforce.reminder_days_invalid"),
            (new { version = 0, recheckMonths = 24, volunteerCheckRequired = true, reminderDays = 181, retentionMonths = 12 }, "workforce.reminder_days_invalid"),
            (new { version = 0, recheckMonths = 24, volunteerCheckRequired = true, reminderDays = 14, retentionMonths = 61 }, "workforce.retention_invalid"),
            (new { version = 5, recheckMonths = 24, volunteerCheckRequired = true, reminderDays = 14, retentionMonths = 6 }, "workforce.settings_stale"),
        })
            Assert.Equal(code, await ApiResponses.CodeOfAsync(await mikkeli.PutAsJsonAsync("/api/v1/workforce/settings", body)));
        await ApiResponses.OkAsync(await mikkeli.PutAsJsonAsync("/api/v1/workforce/settings",
            new { version = 0, recheckMonths = 24, volunteerCheckRequired = true, reminderDays = 14, retentionMonths = 0 }));
        guideline = await mikkeli.GetFromJsonAsync<JsonElement>("/api/v1/workforce/settings");
        Assert.Equal((1, 24, true, 14, 0), (guideline.GetProperty("version").GetInt32(), guideline.GetProperty("recheckMonths").GetInt32(),
            guideline.GetProperty("volunteerCheckRequired").GetBoolean(), guideline.GetProperty("reminderDays").GetInt32(), guideline.GetProperty("retentionMonths").GetInt32()));
        // Savonlinna's guideline is its own, untouched.
        Assert.Equal(0, (await savonlinna.GetFromJsonAsync<JsonElement>("/api/v1/workforce/settings")).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(DemoUsers.Admin)).GetAsync("/api/v1/workforce/settings")).StatusCode);

        // The pages: a refused value stays in its field with the message next to it; removal asks first.
        var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(browser, DemoUsers.MikkeliRepresentative);
        var refused = WebUtility.HtmlDecode(await (await Forms.PostAsync(browser, "/staff/people/guideline", new Dictionary<string, string>
        {
            ["Input.Version"] = "1", ["Input.RecheckMonths"] = "24", ["Input.VolunteerCheckRequired"] = "false", ["Input.ReminderDays"] = "500", ["Input.RetentionMonths"] = "3",
        })).Content.ReadAsStringAsync());
        Assert.Contains("value=\"500\"", refused);
        Assert.Contains("Muistutus lähtee 1–180 päivää", refused);
        Assert.Contains("148/2014", refused);
        var other = await GuidelineTestData.PolicyAsync(app, Mikkeli, "VAP-2027-3", HelsinkiTime.Today(app.Clock).AddDays(-1));
        var insurance = await browser.GetStringAsync("/staff/people/insurance");
        Assert.Contains("VAP-2027-3", insurance);
        var asked = await (await Forms.PostAsync(browser, "/staff/people/insurance", new Dictionary<string, string> { ["RemoveId"] = other.ToString() },
            "/staff/people/insurance?handler=Remove")).Content.ReadAsStringAsync();
        Assert.Contains("name=\"Confirm\" value=\"true\"", asked);
        Assert.True(await app.WithDbAsync(db => db.InsurancePolicies.AnyAsync(p => p.Id == other)));
        var removed = await Forms.PostAsync(browser, "/staff/people/insurance", new Dictionary<string, string> { ["RemoveId"] = other.ToString(), ["Confirm"] = "true" },
            "/staff/people/insurance?handler=Remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.InsurancePolicies.AnyAsync(p => p.Id == other)));
    }

    [Theory, BothDatabases]
    public async Task A_volunteers_policy_ending_is_told_once_counted_in_the_overview_and_the_activity_stays_published(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener();
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        var today = app.NextYearOn(3, 1);
        app.SetHelsinkiTime(today, 10);
        // Mikkeli's story time, published as it stands: a volunteer leads it under a policy that ends in ten days.
        var activity = DirectorySeeder.ActivityId("satutuokio-mikkeli");
        await GuidelineTestData.PublishAsIsAsync(app, activity);
        var policy = await GuidelineTestData.PolicyAsync(app, Mikkeli, "VAP-10", today.AddDays(9));
        var support = await GuidelineTestData.EmployeeAsync(app, Mikkeli, "Aino Esimerkki");
        var volunteer = await GuidelineTestData.VolunteerAsync(app, Mikkeli, "Ville Vapaaehtoinen", policy, support);
        await GuidelineTestData.TaskAsync(app, activity, volunteer, TaskRole.Leads);

        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        Assert.Equal(HttpStatusCode.Forbidden, (await representative.GetAsync("/api/v1/workforce/overview")).StatusCode);
        var overview = await coordinator.GetStringAsync("/api/v1/workforce/overview");
        Assert.DoesNotContain("Ville", overview);
        Assert.Equal((0, 1, 0), Row(overview, "organisations", Mikkeli));
        Assert.Equal(1, Row(overview, "municipalities", NetworkSeeder.MunicipalityId("mikkeli")).LapsesSoon);
        Assert.Contains("/staff/people/overview", await coordinator.GetStringAsync("/staff"));
        var desk = await representative.GetStringAsync("/staff");
        Assert.Contains("href=\"/staff/people\"", desk);
        Assert.DoesNotContain("/staff/people/overview", desk);

        Assert.Equal(1, await RemindAsync(app));
        Assert.Equal(0, await RemindAsync(app)); // once per lapse
        Assert.Equal(1, await app.DispatchOutboxAsync());
        var mail = Assert.Single(smtp.Received);
        Assert.Contains(DemoUsers.MikkeliRepresentative, mail.To);
        var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)));
        Assert.Contains("/staff/people", message.TextBody);
        Assert.DoesNotContain("Ville", message.TextBody);
        var notice = await app.WithDbAsync(db => db.LapseNotices.SingleAsync());
        Assert.Equal((volunteer, Requirement.Insured, today.AddDays(10)), (notice.WorkerId, notice.Requirement, notice.LapsesOn));
        Assert.Contains("1 lapsing", await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.WorkforceLapsesNotified).Select(a => a.Detail).SingleAsync()));

        // The policy has ended: the overview counts a lapse, the activity stays published, and the same lapse is not told again.
        app.Clock.SetUtcNow(new DateTimeOffset(HelsinkiTime.ToUtc(today.AddDays(10), new TimeOnly(10, 0)), TimeSpan.Zero));
        Assert.Equal((0, 0, 1), Row(await coordinator.GetStringAsync("/api/v1/workforce/overview"), "organisations", Mikkeli));
        Assert.Equal(PublicationState.Published, await app.WithDbAsync(db => db.Activities.Where(a => a.Id == activity).Select(a => a.State).SingleAsync()));
        Assert.Equal(0, await RemindAsync(app));
        var page = await coordinator.GetStringAsync("/staff/people/overview");
        Assert.Contains("<caption id=\"by-organisation\">", page);
        Assert.DoesNotContain("Ville", page);
        await MailFormat.AssertWellFormedAsync(app); // the lapse reminder
    }

    private static (int Holds, int LapsesSoon, int Lapsed) Row(string overview, string table, Guid id)
    {
        var row = JsonDocument.Parse(overview).RootElement.GetProperty(table).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        return (row.GetProperty("holds").GetInt32(), row.GetProperty("lapsesSoon").GetInt32(), row.GetProperty("lapsed").GetInt32());
    }

    private static async Task<int> RemindAsync(TestApp app)
    {
        var sent = 0;
        await app.WithScopeAsync(async services => sent = await services.GetRequiredService<WorkforceLapseReminders>().SendDueAsync(CancellationToken.None));
        return sent;
    }
}
