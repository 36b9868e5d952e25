using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Announcements;

/// <summary>
/// With <c>Seed:DemoData</c>: two fictional announcements for South Savo, current from the day the demo is seeded, so the
/// front page and Mikkeli's page show the slot: one for Mikkeli by the city, one for the whole region by the wellbeing
/// county. Idempotent by stable ids; an announcement changed or withdrawn since is left as it is.
/// </summary>
public sealed class AnnouncementSeeder(PerheverkkoDb db, TimeProvider clock)
{
    public static Guid MikkeliDemoId { get; } = SeedIds.For("announcement", "demo:mikkeli");
    public static Guid RegionDemoId { get; } = SeedIds.For("announcement", "demo:region");

    /// <returns>How many rows were added.</returns>
    public async Task<int> SeedAsync(bool demo, CancellationToken cancellationToken = default)
    {
        if (!demo) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var from = now.AddDays(-1);
        var rows = new[]
        {
            new Announcement(MikkeliDemoId, NetworkSeeder.SouthSavo, NetworkSeeder.OrganisationId("mikkeli"), new AnnouncementContent(
                new LocalizedText("Kohtaamispaikka Kaislan perhekahvila jatkuu (demo)", "Familjecaféet på mötesplatsen Kaisla fortsätter (demo)",
                    "The family café at meeting place Kaisla continues (demo)"),
                new LocalizedText("Perhekahvila on avoinna **tiistaisin** koko kauden. Tervetuloa koko perheen voimin! Tämä on keksitty esimerkkitiedote.",
                    "Familjecaféet är öppet **på tisdagar** hela säsongen. Välkommen med hela familjen! Detta är ett påhittat exempel.",
                    "The family café is open **on Tuesdays** all season. The whole family is welcome! This is an invented example."),
                NetworkSeeder.MunicipalityId("mikkeli"), DirectoryLinkKind.MeetingPlace, DirectorySeeder.PlaceId("kohtaamispaikka-kaisla"), from, null), now),
            new Announcement(RegionDemoId, NetworkSeeder.SouthSavo, NetworkSeeder.OrganisationId(SouthSavoNetwork.WellbeingCounty), new AnnouncementContent(
                new LocalizedText("Perheneuvo palvelee koko Etelä-Savossa (demo)", "Perheneuvo betjänar i hela Södra Savolax (demo)",
                    "Perheneuvo serves all of South Savo (demo)"),
                new LocalizedText("Perheneuvo on perheiden yksi yhteydenottokanava koko verkostoon. Tämä on keksitty esimerkkitiedote.",
                    "Perheneuvo är familjernas enda kontaktkanal till hela nätverket. Detta är ett påhittat exempel.",
                    "Perheneuvo is families' one way to contact the whole network. This is an invented example."),
                null, null, null, from.AddHours(-1), null), now),
        };
        var added = 0;
        foreach (var row in rows)
        {
            if (await db.Announcements.FindAsync([row.Id], cancellationToken) is not null) continue;
            db.Announcements.Add(row);
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
