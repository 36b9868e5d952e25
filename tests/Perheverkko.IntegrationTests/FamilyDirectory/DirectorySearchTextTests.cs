using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.DirectoryTestData;

namespace Perheverkko.IntegrationTests.FamilyDirectory;

/// <summary>
/// The public search with text, through the full-text index (Platform/Search): inflected and compound Finnish words
/// find the directory's items, with the filters applied on top.
/// </summary>
public sealed class DirectorySearchTextTests
{
    [Theory, BothDatabases]
    public async Task A_family_finds_the_family_club_in_Mikkeli_with_inflected_words(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var found = await SearchAsync(app.Anonymous(), "q=" + Uri.EscapeDataString("perhekerho Mikkelissä"));
        Assert.Equal(MikkeliFamilyClub, found[0]);
        Assert.Contains(MikkeliFamilyClub, await SearchAsync(app.Anonymous(), "q=perhekerhoon&municipality=mikkeli"));
    }

    [Theory, BothDatabases]
    public async Task Filters_apply_to_text_hits_and_name_matches_come_first(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var anonymous = app.Anonymous();
        var savonlinna = await SearchAsync(anonymous, "q=perhekerho&municipality=savonlinna");
        Assert.Contains(Web.Features.Directory.DirectorySeeder.ActivityId("perhekerho-savonlinna"), savonlinna);
        Assert.DoesNotContain(MikkeliFamilyClub, savonlinna);
        // "Kaisla" is the name of a place and appears in the texts of the activities held there: the place comes first.
        Assert.Equal(Kaisla, (await SearchAsync(anonymous, "q=Kaisla"))[0]);
        Assert.Empty(await SearchAsync(anonymous, "q=perhekerho&kind=Service"));
    }

    // The public search lists activities with an occurrence in the coming year: the activity's Fridays begin a month
    // after the app's today, well within it.
    [Theory, BothDatabases]
    public async Task An_item_is_found_once_published_and_not_after_it_is_archived(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var id = await CreateAsync(coordinator, Activity("Kummitusjuttuilta", Mikkeli, Kaisla, Weekly("Friday", app.Today().AddMonths(1).Iso()), organisation: MikkeliCity));
        Assert.Empty(await SearchAsync(app.Anonymous(), "q=kummitusjuttuilta"));
        await NameLeaderAsync(app, id);
        var published = await MoveAsync(coordinator, id, 1, "Published");
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        Assert.Equal([id], await SearchAsync(app.Anonymous(), "q=kummitusjuttuilta"));
        Assert.True((await MoveAsync(coordinator, id, 2, "Archived")).IsSuccessStatusCode);
        Assert.Empty(await SearchAsync(app.Anonymous(), "q=kummitusjuttuilta"));
    }
}
