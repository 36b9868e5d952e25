using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Search;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Features.Workforce;
using static Perheverkko.Web.Features.Directory.DemoProgramme;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// The directory's seed. Always: the family centres' premises as meeting places beside the youth guidance centres
/// the network seed adds. With <c>Seed:DemoData</c>: fictional meeting places (one central one per municipality and
/// a few more), services and a programme of activities, all marked as demo (<see cref="DirectoryEntry.IsDemo"/>).
/// Idempotent by stable ids; afterwards every published item is (re)indexed for search.
/// </summary>
public sealed class DirectorySeeder(PerheverkkoDb db, SearchReindex search, TimeProvider clock)
{
    public static Guid PlaceId(string slug) => SeedIds.For("meeting-place", slug);
    public static Guid ActivityId(string key) => SeedIds.For("activity", key);
    public static Guid ServiceId(string key) => SeedIds.For("service", key);

    /// <returns>How many rows were added.</returns>
    public async Task<int> SeedAsync(bool demo, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new List<DirectoryEntry>();
        foreach (var f in SouthSavoNetwork.FamilyCentres)
        {
            var place = MeetingPlace.Create(PlaceId(f.Slug), NetworkSeeder.SouthSavo, f.Slug, NetworkSeeder.OrganisationId(f.OrganisationSlug),
                new MeetingPlaceDetails(new LocalizedText(f.Fi, f.Sv, f.En), new LocalizedText(""), MeetingPlaceKind.Other,
                    NetworkSeeder.MunicipalityId(f.MunicipalitySlug), null, null, null, null, null, new LocalizedText(""), [], [],
                    [CentralOffer.EarlySupport, CentralOffer.PerheneuvoBase, CentralOffer.Services], null, null, null,
                    SeedIds.For("family-centre", f.Slug)), now);
            place.MoveTo(1, PublicationState.Published, now);
            rows.Add(place);
        }
        var people = demo ? DemoPeople(now) : null;
        if (people is not null) rows.AddRange(DemoRows(people, now));
        if (demo) await FamilyCentreContactsAsync(cancellationToken);

        var added = 0;
        foreach (var row in rows)
        {
            if (await db.FindAsync(row.GetType(), [row.Id], cancellationToken) is not null) continue;
            db.Add(row);
            added++;
        }
        // The demo activities' people (issue #16) before their tasks; an organisation's own data is never overwritten.
        foreach (var row in people is null ? Enumerable.Empty<object>() : people.Policies.Cast<object>().Concat(people.Workers).Concat(people.Tasks))
        {
            var id = (Guid)row.GetType().GetProperty("Id")!.GetValue(row)!;
            if (await db.FindAsync(row.GetType(), [id], cancellationToken) is not null) continue;
            db.Add(row);
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (added > 0) await search.RunAsync(cancellationToken);
        return added;
    }

    /// <summary>Fictional people who lead and help in the published demo activities, so each passes the publish gate honestly.</summary>
    private static WorkforceDemo.Rows DemoPeople(DateTime now) =>
        WorkforceDemo.For(NetworkSeeder.SouthSavo, Activities.Where(a => a.Publish).Select(a => new WorkforceDemo.DemoActivity(ActivityId(a.Key),
            NetworkSeeder.OrganisationId(a.OrganisationSlug), a.Leaders?.Contains("vapaaehto", StringComparison.OrdinalIgnoreCase) == true,
            // 504/2002 §2: a group for children alone, no parent there; with parents or fathers in the room it is not.
            a.Audiences.Contains(Audience.Children) && !a.Audiences.Any(x => x is Audience.Families or Audience.Parents or Audience.Fathers))).ToList(), now);

    private static IEnumerable<DirectoryEntry> DemoRows(WorkforceDemo.Rows people, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        foreach (var p in Places)
        {
            var contact = PlaceContact(p);
            var place = MeetingPlace.Create(PlaceId(p.Slug), NetworkSeeder.SouthSavo, p.Slug, NetworkSeeder.OrganisationId(p.OrganisationSlug),
                new MeetingPlaceDetails(new LocalizedText(p.Fi, p.Sv, p.En), new LocalizedText(p.DescriptionFi, p.DescriptionSv, p.DescriptionEn),
                    p.Kind, NetworkSeeder.MunicipalityId(p.MunicipalitySlug), p.Street, p.PostalCode, p.PostOffice, p.Latitude, p.Longitude,
                    new LocalizedText(p.AccessibilityFi, p.AccessibilitySv, p.AccessibilityEn), p.Hours, ChristmasClosure(today), p.Offers,
                    contact.Phone, contact.Email, contact.WebUrl, null, contact.BookingUrl, IsAdviceHomeBase(p)), now, demo: true);
            place.MoveTo(1, PublicationState.Published, now);
            yield return place;
        }
        foreach (var s in Services)
        {
            var contact = ServiceContact(s);
            var service = Service.Create(ServiceId(s.Key), NetworkSeeder.SouthSavo, NetworkSeeder.OrganisationId(s.OrganisationSlug),
                new ServiceDetails(new LocalizedText(s.Fi, s.Sv, s.En), new LocalizedText(s.DescriptionFi, s.DescriptionSv, s.DescriptionEn),
                    s.Level, s.MunicipalitySlug is null ? null : NetworkSeeder.MunicipalityId(s.MunicipalitySlug), s.AgeMin, s.AgeMax,
                    s.Audiences, s.Topics, s.Languages, s.PlaceSlugs.Select(PlaceId).ToList(), contact.Phone, contact.Email, contact.WebUrl, null,
                    Cost.Free, null, contact.BookingUrl), now, demo: true);
            service.MoveTo(1, PublicationState.Published, now);
            yield return service;
        }
        // The programme recurs from the start of this season without an end, so the demo stays alive whenever it is seeded.
        var seasonStart = new DateOnly(today.Month >= 8 ? today.Year : today.Year - 1, 8, 15);
        foreach (var a in Activities)
        {
            var schedule = a.Single
                ? Schedule.Once(today.AddDays(a.DaysFromSeed), a.Starts, a.Ends)
                : Schedule.EveryWeek(seasonStart, null, a.Starts, a.Ends, a.Day) with { Cancelled = Holidays(a.Day, seasonStart) };
            var place = Places.Single(p => p.Slug == a.PlaceSlug);
            var activity = Activity.Create(ActivityId(a.Key), NetworkSeeder.SouthSavo, NetworkSeeder.OrganisationId(a.OrganisationSlug),
                new ActivityDetails(new LocalizedText(a.Fi, a.Sv, a.En), new LocalizedText(a.DescriptionFi, a.DescriptionSv, a.DescriptionEn),
                    a.Kind, NetworkSeeder.MunicipalityId(place.MunicipalitySlug), PlaceId(place.Slug), null,
                    a.CoOrganiserSlugs.Select(NetworkSeeder.OrganisationId).ToList(), a.AgeMin, a.AgeMax, a.Audiences, a.Topics, a.Languages,
                    schedule, a.RegistrationRequired, null, a.RegistrationRequired ? "perheneuvo@perheverkko.example" : null, a.Capacity,
                    Cost.Free, null, a.Leaders, a.Insurance), now, demo: true);
            if (a.Publish) activity.MoveTo(1, PublicationState.Published, WorkforceDemo.GapsOf(people, activity.Id, today), now);
            yield return activity;
        }
    }

    /// <summary>
    /// The family centres are the network seed's (real organisations): their contact data is invented here, in the demo
    /// step only, marked as demo, and only where a centre has none (an operator's own data is never overwritten).
    /// </summary>
    private async Task FamilyCentreContactsAsync(CancellationToken cancellationToken)
    {
        foreach (var f in FamilyCentreContacts)
        {
            var centre = await db.FamilyCentres.FindAsync([SeedIds.For("family-centre", f.Slug)], cancellationToken);
            if (centre is null || centre.Phone is not null || centre.StreetAddress is not null) continue;
            centre.SetContact(new FamilyCentreContact(f.Street, f.PostalCode, f.PostOffice, f.Latitude, f.Longitude, f.Contact.Phone,
                f.Contact.Email, f.Contact.WebUrl, f.Contact.BookingUrl, new LocalizedText(f.HoursFi, f.HoursSv, f.HoursEn)), demo: true);
        }
    }

    /// <summary>The places close over Christmas and New Year.</summary>
    private static IReadOnlyList<OpeningException> ChristmasClosure(DateOnly today)
    {
        var year = today.Month == 12 || today.Month >= 8 ? today.Year : today.Year - 1;
        return [new OpeningException(new DateOnly(year, 12, 23), new DateOnly(year + 1, 1, 6), null, null, new LocalizedText("Joulutauko", "Jullov", "Christmas break"))];
    }

    /// <summary>Weekly groups do not meet over Christmas: the dates of that weekday from 23 December to 6 January are cancelled.</summary>
    private static IReadOnlyList<DateOnly> Holidays(DayOfWeek day, DateOnly seasonStart)
    {
        var from = new DateOnly(seasonStart.Year, 12, 23);
        return Enumerable.Range(0, 15).Select(from.AddDays).Where(d => d.DayOfWeek == day).ToList();
    }
}
