using System.Net;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.Agreements.SigningKit;

namespace Perheverkko.IntegrationTests.Agreements;

public sealed class SigningPageTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    [Theory, BothDatabases]
    public async Task The_party_page_says_the_end_date_before_the_notice_is_confirmed_and_refuses_it_unconfirmed(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var year = Today(app).Year + 1;
        // A version in force with Mikkeli a party since the start, set directly: the signing round is tested in SigningFlowTests.
        await app.WithDbAsync(async db =>
        {
            var version = await db.AgreementVersions.Include(v => v.Parties).SingleAsync(v => v.Id == Period2026);
            db.Entry(version).Property(v => v.Status).CurrentValue = AgreementStatus.InForce;
            db.Entry(version).Property(v => v.TextHash).CurrentValue = TextHash;
            db.Entry(version).Property(v => v.InForceFrom).CurrentValue = Today(app);
            version.Parties.Single(p => p.OrganisationId == Mikkeli).Join(Today(app));
            return await db.SaveChangesAsync();
        });
        // A notice after June of next year ends with the year after it, within the period.
        var period = await PeriodLastingUntilAsync(app, year + 1);
        app.Clock.SetUtcNow(new DateTimeOffset(year, 7, 1, 9, 0, 0, TimeSpan.Zero));
        var browser = app.Anonymous();
        await Forms.SignInAsync(browser, DemoUsers.MikkeliRepresentative);
        var path = $"/staff/signing/{period}/parties/{Mikkeli}";

        var html = await browser.GetStringAsync(path);
        Assert.Contains($"Jos irtisanot tänään (1.7.{year}), sopimus päättyy osapuolesi osalta 31.12.{year + 1}", html);

        // The first post asks, with the end date; nothing is given until the second (the one confirm step, issue #13 item 3).
        var unconfirmed = await Forms.PostAsync(browser, path, new Dictionary<string, string>(), $"{path}?handler=GiveNotice");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var step = await unconfirmed.Content.ReadAsStringAsync();
        Assert.Contains("Irtisanotaanko sopimus osapuolen Mikkeli osalta?", step);
        Assert.Contains($"Irtisanominen annetaan tänään 1.7.{year}, ja sopimus päättyy osapuolen Mikkeli osalta 31.12.{year + 1}", step);
        Assert.Null(await app.WithDbAsync(db => db.Parties.Where(p => p.AgreementVersionId == Period2026 && p.OrganisationId == Mikkeli).Select(p => p.NoticeGivenOn).SingleAsync()));
        var confirmed = await Forms.PostAsync(browser, path, new Dictionary<string, string> { ["confirmed"] = "true" }, $"{path}?handler=GiveNotice");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains($"Irtisanottu 1.7.{year}; sopimus päättyy osapuolen osalta 31.12.{year + 1}.", await browser.GetStringAsync(path));
        Assert.Contains($"–31.12.{year + 1}", await app.Anonymous().GetStringAsync($"/agreement/{period}/decisions"));

        // Another party's representative sees no notice form for Mikkeli and cannot post one.
        var other = app.Anonymous();
        await Forms.SignInAsync(other, DemoUsers.SavonlinnaRepresentative);
        Assert.DoesNotContain("handler=GiveNotice", await other.GetStringAsync(path));
        var refused = await Forms.PostAsync(other, path, new Dictionary<string, string> { ["Confirm"] = "true" }, $"{path}?handler=Withdraw");
        Assert.Contains("/staff/denied", refused.Headers.Location?.OriginalString);
    }
}
