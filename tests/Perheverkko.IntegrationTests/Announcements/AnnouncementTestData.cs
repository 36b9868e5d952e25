using System.Net.Http.Json;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.IntegrationTests.Announcements;

internal static class AnnouncementTestData
{
    public static readonly Guid Mikkeli = NetworkSeeder.MunicipalityId("mikkeli");
    public static readonly Guid Savonlinna = NetworkSeeder.MunicipalityId("savonlinna");

    public static void SetNow(TestApp app, DateOnly day, int hour = 10) =>
        app.Clock.SetUtcNow(new DateTimeOffset(HelsinkiTime.ToUtc(day, new TimeOnly(hour, 0)), TimeSpan.Zero));

    /// <summary>A request body as the API takes it; dates and times are Helsinki local.</summary>
    public static object Body(string title, Guid? municipalityId, string from, string? until = null, string? fromTime = null, string? untilTime = null,
        string? linkKind = null, Guid? linkId = null, Guid? organisationId = null, int? version = null, string body = "Tervetuloa **kaikki** perheet!") => new
    {
        organisationId, municipalityId,
        title = new { fi = title, sv = title + " (sv)", en = (string?)null },
        body = new { fi = body, sv = (string?)null, en = (string?)null },
        linkKind, linkId, publishFromDate = from, publishFromTime = fromTime, publishUntilDate = until, publishUntilTime = untilTime, version,
    };

    public static async Task<Guid> WriteAsync(HttpClient client, object body) =>
        await ApiResponses.CreatedIdAsync(await client.PostAsJsonAsync("/api/v1/announcements", body));
}
