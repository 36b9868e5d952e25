using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Search;

namespace Perheverkko.Bench;

public sealed record Counts(int Regions, int Municipalities, int Organisations, int Places, int Services, int Activities)
{
    public override string ToString() =>
        $"{Regions} regions, {Municipalities} municipalities, {Organisations} organisations, {Places} meeting places, {Services} services, {Activities} activities";
}

/// <summary>
/// A national-scale directory for the load benchmark: 22 regions, 300 municipalities, 5,000 meeting places and
/// 200,000 services and activities (times <c>scale</c>), all published, with Finnish names and texts built from word
/// lists. Every name is made up (places, organisations); no person is named. The same seed gives the same data.
/// Rows go in through the app's own entities and DbContext in batches, and each batch is indexed for search through
/// <see cref="DirectorySearchDocuments"/> and <see cref="SearchIndex.UpsertManyAsync"/>, as the app itself reindexes.
/// </summary>
public sealed class NationalDataset(IServiceProvider services, double scale, TextWriter log)
{
    public const int RegionCount = 22, MunicipalityCount = 300, PlaceCount = 5_000, ItemCount = 200_000;
    public const double ServiceShare = 0.15;
    private const int Batch = 2_000;

    /// <summary>The first generated activity: present when the dataset has been generated.</summary>
    public static readonly Guid MarkerId = ItemId("activity", 0);

    private readonly Random random = new(2026);

    private static Guid ItemId(string kind, int i) => SeedIds.For("bench-" + kind, i.ToString(CultureInfo.InvariantCulture));

    public async Task<Counts> GenerateAsync()
    {
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);

        // ---- regions, municipalities, organisations ------------------------------------------------------
        List<Municipality> municipalities;
        List<Organisation> organisations;
        int newRegions, regionTotal;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerheverkkoDb>();
            var regions = await db.Regions.ToListAsync();
            municipalities = await db.Municipalities.ToListAsync();
            organisations = await db.Organisations.ToListAsync();
            var usedSlugs = regions.Select(r => r.Slug).Concat(municipalities.Select(m => m.Slug)).Concat(organisations.Select(o => o.Slug)).ToHashSet();
            var addedRegions = Words.Regions.Where(r => !usedSlugs.Contains(Slug(r))).Take(RegionCount - regions.Count)
                .Select(name => new Region(SeedIds.For("bench-region", Slug(name)), Slug(name), new LocalizedText(name), RegionTerms.SouthSavo, DateTime.UtcNow)).ToList();
            newRegions = addedRegions.Count;
            regionTotal = regions.Count + newRegions;
            db.Regions.AddRange(addedRegions);
            var codes = Enumerable.Range(1, 998).Select(c => c.ToString("000", CultureInfo.InvariantCulture))
                .Except(municipalities.Select(m => m.Code)).ToList();
            var names = MunicipalityNames().Where(n => !usedSlugs.Contains(Slug(n))).Take(MunicipalityCount - municipalities.Count).ToList();
            for (var i = 0; i < names.Count; i++)
            {
                var region = addedRegions[i % addedRegions.Count];
                var municipality = new Municipality(SeedIds.For("bench-municipality", Slug(names[i])), Slug(names[i]), codes[i], new LocalizedText(names[i]), region.Id);
                municipalities.Add(municipality);
                db.Municipalities.Add(municipality);
                var organisation = Organisation.Create(SeedIds.For("bench-organisation", municipality.Slug), region.Id, municipality.Slug + "-kunta",
                    OrganisationKind.Municipality, new LocalizedText(names[i] + "n kunta"), null, municipality.Id, now);
                organisations.Add(organisation);
                db.Organisations.Add(organisation);
            }
            foreach (var region in addedRegions)
            {
                var county = Organisation.Create(SeedIds.For("bench-organisation", region.Slug), region.Id, region.Slug + "-hyvinvointialue",
                    OrganisationKind.WellbeingCounty, new LocalizedText(region.Name.Fi + "n hyvinvointialue"), null, null, now);
                organisations.Add(county);
                db.Organisations.Add(county);
            }
            // Associations and parishes of the larger places: one for every few municipalities.
            for (var i = 0; i < names.Count; i += 3)
            {
                var (kind, suffix) = i % 2 == 0 ? (OrganisationKind.Ngo, " perheyhdistys ry") : (OrganisationKind.Parish, "n seurakunta");
                var o = Organisation.Create(SeedIds.For("bench-organisation", "assoc-" + i), addedRegions[i % addedRegions.Count].Id, Slug(names[i]) + (kind == OrganisationKind.Ngo ? "-perheyhdistys" : "-seurakunta"),
                    kind, new LocalizedText(names[i] + suffix), null, null, now);
                organisations.Add(o);
                db.Organisations.Add(o);
            }
            await db.SaveChangesAsync();
        }
        var municipalityOrganisation = organisations.Where(o => o.MunicipalityId is not null).ToDictionary(o => o.MunicipalityId!.Value);
        var otherOrganisations = organisations.Where(o => o.MunicipalityId is null && o.ClosedOn is null).ToList();
        log.WriteLine($"bench: {municipalities.Count} municipalities, {organisations.Count} organisations.");

        // ---- meeting places --------------------------------------------------------------------------------
        var placeCount = Math.Max(1, (int)(PlaceCount * scale));
        var places = new List<MeetingPlace>(placeCount);
        for (var i = 0; i < placeCount; i++)
        {
            var municipality = municipalities[i % municipalities.Count];
            var organisation = i % 4 == 3 ? Pick(otherOrganisations) : municipalityOrganisation.GetValueOrDefault(municipality.Id) ?? Pick(otherOrganisations);
            var kind = i % municipalities.Count == i ? MeetingPlaceKind.CentralMeetingPlace : Pick(Words.PlaceKinds);
            var name = $"{Pick(Words.PlaceNames)} {Pick(Words.PlaceQualifiers)}, {municipality.Name.Fi}";
            var opens = new TimeOnly(8 + random.Next(3), 0);
            var hours = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .Where(_ => random.Next(5) > 0).Select(d => new WeeklyOpening(d, opens, opens.AddHours(4 + random.Next(5)))).ToList();
            var place = MeetingPlace.Create(ItemId("place", i), organisation.RegionId, "bench-place-" + i.ToString(CultureInfo.InvariantCulture), organisation.Id,
                new MeetingPlaceDetails(new LocalizedText(name), new LocalizedText($"{Pick(Words.PlaceDescriptions)} {municipality.Name.Fi}."), kind, municipality.Id,
                    $"{Pick(Words.Streets)} {1 + random.Next(60)}", (10000 + random.Next(89000)).ToString(CultureInfo.InvariantCulture), municipality.Name.Fi,
                    Math.Round(60.2 + random.NextDouble() * 7.5, 5), Math.Round(21.5 + random.NextDouble() * 8.5, 5),
                    new LocalizedText(Pick(Words.Accessibility)), hours, [], kind == MeetingPlaceKind.CentralMeetingPlace ? Enum.GetValues<CentralOffer>() : [CentralOffer.OpenActivity],
                    null, null, null, null), now);
            place.MoveTo(1, PublicationState.Published, now);
            places.Add(place);
        }
        await SaveAndIndexAsync(places);
        log.WriteLine($"bench: {places.Count} meeting places.");

        // ---- services and activities -------------------------------------------------------------------
        var itemCount = Math.Max(2, (int)(ItemCount * scale));
        var serviceCount = (int)(itemCount * ServiceShare);
        var activityCount = itemCount - serviceCount;
        var placeMunicipality = places.ToDictionary(p => p.Id, p => p.MunicipalityId);
        var seasonStart = new DateOnly(today.Month >= 8 ? today.Year : today.Year - 1, 8, 15);
        var batch = new List<DirectoryEntry>(Batch);
        for (var i = 0; i < serviceCount; i++)
        {
            var place = Pick(places);
            var (name, level, topic, audience) = Pick(Words.Services);
            var municipalityId = placeMunicipality[place.Id];
            var municipalityName = municipalities.First(m => m.Id == municipalityId).Name.Fi;
            var service = Service.Create(ItemId("service", i), place.RegionId, place.OrganisationId,
                new ServiceDetails(new LocalizedText($"{name}, {municipalityName}"), new LocalizedText(Description(name, municipalityName)), level, municipalityId,
                    null, null, [audience], [topic], random.Next(6) == 0 ? ["fi", "sv"] : ["fi"], [place.Id], "0" + (40 + random.Next(10)).ToString(CultureInfo.InvariantCulture) + " " + (1000000 + random.Next(8999999)).ToString(CultureInfo.InvariantCulture),
                    null, null, null, random.Next(8) == 0 ? Cost.Fee : Cost.Free, null, null), now);
            service.MoveTo(1, PublicationState.Published, now);
            batch.Add(service);
            if (batch.Count == Batch) { await SaveAndIndexAsync(batch); batch.Clear(); }
        }
        await SaveAndIndexAsync(batch);
        batch.Clear();
        log.WriteLine($"bench: {serviceCount} services.");
        for (var i = 0; i < activityCount; i++)
        {
            var place = Pick(places);
            var (name, kind, topic, audience, ageMin, ageMax) = Pick(Words.Activities);
            var municipalityId = placeMunicipality[place.Id];
            var municipalityName = municipalities.First(m => m.Id == municipalityId).Name.Fi;
            var starts = new TimeOnly(9 + random.Next(10), random.Next(2) * 30);
            var schedule = random.Next(10) == 0
                ? Schedule.Once(today.AddDays(random.Next(90)), starts, starts.AddMinutes(60 + 30 * random.Next(4)))
                : Schedule.EveryWeek(seasonStart, random.Next(3) == 0 ? new DateOnly(seasonStart.Year + 1, 5, 31) : null, starts, starts.AddMinutes(60 + 30 * random.Next(4)),
                    (DayOfWeek)(1 + random.Next(5)));
            var activity = Activity.Create(ItemId("activity", i), place.RegionId, place.OrganisationId,
                new ActivityDetails(new LocalizedText($"{name}, {municipalityName}"), new LocalizedText(Description(name, municipalityName)), kind, municipalityId, place.Id, null,
                    [], ageMin, ageMax, [audience], [topic], random.Next(6) == 0 ? ["fi", "sv"] : ["fi"], schedule, random.Next(3) == 0, null,
                    "ilmoittautuminen@perheverkko.example", random.Next(3) == 0 ? 12 + random.Next(20) : null, random.Next(10) == 0 ? Cost.Fee : Cost.Free, null,
                    Pick(Words.Leaders), "Järjestäjän vastuuvakuutus"), now);
            activity.MoveTo(1, PublicationState.Published, new ActivityPeopleGaps(LeaderNamed: true, []), now); // generated: no people rows, published as if their leader were named
            batch.Add(activity);
            if (batch.Count == Batch)
            {
                await SaveAndIndexAsync(batch);
                batch.Clear();
                if ((i + 1) % 20_000 == 0) log.WriteLine($"bench: {i + 1} activities…");
            }
        }
        await SaveAndIndexAsync(batch);
        log.WriteLine($"bench: {activityCount} activities.");
        return new Counts(regionTotal, municipalities.Count, organisations.Count, places.Count, serviceCount, activityCount);
    }

    /// <summary>One batch in one context: the rows, then their index documents in one transaction (as the contract of <see cref="SearchIndex"/> says).</summary>
    private async Task SaveAndIndexAsync(IReadOnlyCollection<DirectoryEntry> entries)
    {
        if (entries.Count == 0) return;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerheverkkoDb>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var entry in entries) db.Add(entry);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        SaveTime += watch.Elapsed;
        watch.Restart();
        var documents = scope.ServiceProvider.GetRequiredService<DirectorySearchDocuments>();
        var index = scope.ServiceProvider.GetRequiredService<SearchIndex>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var names = await DirectoryNames.LoadAsync(db, entries, CancellationToken.None);
        await index.UpsertManyAsync(entries.Select(e => documents.Build(e, names)), CancellationToken.None);
        await transaction.CommitAsync();
        IndexTime += watch.Elapsed;
    }

    public TimeSpan SaveTime { get; private set; }
    public TimeSpan IndexTime { get; private set; }

    private string Description(string name, string municipality) =>
        $"{name} {municipality}ssa. {Pick(Words.Sentences)} {Pick(Words.Sentences)}";

    private T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];

    private IEnumerable<string> MunicipalityNames()
    {
        var names = Words.NameStarts.SelectMany(s => Words.NameEnds.Select(e => s + e)).Distinct().ToList();
        return names.OrderBy(_ => random.Next());
    }

    private static string Slug(string name) => new string(name.ToLowerInvariant()
        .Replace('ä', 'a').Replace('ö', 'o').Replace('å', 'a').Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
