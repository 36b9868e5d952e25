using System.Net;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.FamilyAdvice;

/// <summary>
/// Whose data (issue 15 item 9): the privacy notice names the organisation the region's Perheneuvo settings name as the
/// data controller, and the wellbeing county when they name none.
/// </summary>
public sealed class DataControllerTests
{
    [Theory, BothDatabases]
    public async Task The_privacy_notice_names_the_controller_set_in_the_Perheneuvo_settings(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var other = await app.WithDbAsync(db => db.Organisations.Where(o => o.RegionId == NetworkSeeder.SouthSavo
            && o.Kind != OrganisationKind.WellbeingCounty && o.ClosedOn == null).OrderBy(o => o.Slug).Select(o => new { o.Id, o.Name }).FirstAsync());
        var before = WebUtility.HtmlDecode(await app.Anonymous().GetStringAsync("/tietosuoja"));
        Assert.Contains("Eloisa", before);
        Assert.DoesNotContain(other.Name.Fi, before);

        async Task SetControllerAsync(Guid? controller) => await app.WithDbAsync(async db =>
        {
            var settings = await db.AdviceSettings.SingleAsync(s => s.RegionId == NetworkSeeder.SouthSavo);
            settings.Change(settings.Version, new AdviceSettingsDetails(settings.Phone, settings.PhoneHours, settings.UrgentNumbers,
                settings.FirstAnswerWorkingDays, settings.RetentionMonths, settings.ExtraDaysOffList, controller), app.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });

        await SetControllerAsync(other.Id);
        var after = WebUtility.HtmlDecode(await app.Anonymous().GetStringAsync("/tietosuoja"));
        Assert.Contains(other.Name.Fi, after);

        // No controller set: the wellbeing county again.
        await SetControllerAsync(null);
        Assert.Contains("Eloisa", WebUtility.HtmlDecode(await app.Anonymous().GetStringAsync("/tietosuoja")));
    }
}
