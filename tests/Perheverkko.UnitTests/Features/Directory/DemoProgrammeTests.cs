using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;

namespace Perheverkko.UnitTests.Features.Directory;

/// <summary>The demo directory is plausible: 003 §2.2's central meeting place in every municipality, all inside Finland, every published group complete.</summary>
public sealed class DemoProgrammeTests
{
    [Fact]
    public void Every_municipality_has_a_central_meeting_place_it_maintains()
    {
        foreach (var m in SouthSavoNetwork.Municipalities)
            Assert.Contains(DemoProgramme.Places, p => p.MunicipalitySlug == m.Slug && p.OrganisationSlug == m.Slug && p.Kind == MeetingPlaceKind.CentralMeetingPlace);
        Assert.All(DemoProgramme.Places, p => Assert.True(FinlandBounds.Contains(p.Latitude, p.Longitude), p.Slug));
        Assert.Equal(DemoProgramme.Places.Count, DemoProgramme.Places.Select(p => p.Slug).Distinct().Count());
    }

    [Fact]
    public void Every_municipality_has_activities_and_the_published_ones_have_the_four_agreed_things()
    {
        var places = DemoProgramme.Places.ToDictionary(p => p.Slug);
        foreach (var m in SouthSavoNetwork.Municipalities)
            Assert.Contains(DemoProgramme.Activities, a => places[a.PlaceSlug].MunicipalitySlug == m.Slug);
        Assert.All(DemoProgramme.Activities.Where(a => a.Publish), a => Assert.False(string.IsNullOrWhiteSpace(a.Leaders) || string.IsNullOrWhiteSpace(a.Insurance), a.Key));
        Assert.Contains(DemoProgramme.Activities, a => !a.Publish);
        Assert.Equal(DemoProgramme.Activities.Count, DemoProgramme.Activities.Select(a => a.Key).Distinct().Count());
        Assert.All(DemoProgramme.Services.SelectMany(s => s.PlaceSlugs), slug =>
            Assert.True(places.ContainsKey(slug) || SouthSavoNetwork.FamilyCentres.Any(f => f.Slug == slug), slug));
    }
}
