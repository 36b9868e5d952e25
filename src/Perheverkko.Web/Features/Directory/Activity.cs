using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>The four things 001 §15 says are agreed for every group, as a public page and the staff form name them.</summary>
public enum AgreedThing
{
    ResponsibleParty,
    Rooms,
    Leaders,
    Insurance,
}

/// <summary>What an editor gives for an activity; the responsible party is chosen when it is created.</summary>
public sealed record ActivityDetails(
    LocalizedText Name, LocalizedText Description, ActivityKind Kind, Guid MunicipalityId, Guid? MeetingPlaceId, string? RoomNote,
    IReadOnlyList<Guid> CoOrganiserIds, int? AgeMin, int? AgeMax, IReadOnlyList<Audience> Audiences, IReadOnlyList<Topic> Topics,
    IReadOnlyList<string> Languages, Schedule Schedule, bool RegistrationRequired, string? RegistrationUrl, string? RegistrationContact,
    int? Capacity, Cost Cost, string? FeeNote, string? Leaders, string? Insurance);

/// <summary>
/// An activity families can join: open activity, a peer group, a professionally led group or an event; its
/// responsible party (<see cref="DirectoryEntry.OrganisationId"/>) and co-organisers, the meeting place, the audience,
/// the languages, the schedule, registration, capacity and cost. A group is published only when the four things of
/// 001 §15 are agreed: the responsible party, the rooms, the leaders and the insurance.
/// </summary>
public sealed class Activity : DirectoryEntry
{
    private Activity() { }

    public ActivityKind Kind { get; private set; }
    public Guid MunicipalityId { get; private set; }
    /// <summary>The rooms: where it meets (a published or draft meeting place of the directory).</summary>
    public Guid? MeetingPlaceId { get; private set; }
    /// <summary>Which room, or how to find it ("2. krs, Satu-huone").</summary>
    public string? RoomNote { get; private set; }
    public IReadOnlyList<Guid> CoOrganiserIds { get; private set; } = [];
    public int? AgeMin { get; private set; }
    public int? AgeMax { get; private set; }
    public string Audiences { get; private set; } = "";
    public string Topics { get; private set; } = "";
    public string Languages { get; private set; } = "";
    public Schedule Schedule { get; private set; } = Schedule.Once(DateOnly.MinValue, TimeOnly.MinValue, TimeOnly.MaxValue);
    /// <summary>Copied from the schedule for filters in SQL: first and last possible day (null: no end), weekdays as bits.</summary>
    public DateOnly FirstDate { get; private set; }
    public DateOnly? LastDate { get; private set; }
    public int DayMask { get; private set; }
    public bool RegistrationRequired { get; private set; }
    public string? RegistrationUrl { get; private set; }
    public string? RegistrationContact { get; private set; }
    public int? Capacity { get; private set; }
    public Cost Cost { get; private set; }
    public string? FeeNote { get; private set; }
    /// <summary>
    /// The earlier free-text note of who leads it. Since issue #16 the leaders are named people of the responsible parties
    /// (the workforce feature); the note is kept and shown to staff until replaced, and no longer agrees the leaders.
    /// </summary>
    public string? Leaders { get; private set; }
    /// <summary>Whose insurance covers the participants and leaders.</summary>
    public string? Insurance { get; private set; }

    public static Activity Create(Guid id, Guid regionId, Guid organisationId, ActivityDetails details, DateTime now, bool demo = false)
    {
        Check(details);
        var activity = new Activity { OrganisationId = organisationId };
        activity.Begin(id, regionId, now, demo);
        activity.Apply(details);
        return activity;
    }

    public void Update(int expectedVersion, ActivityDetails details, DateTime now)
    {
        BeginChange(expectedVersion);
        Check(details);
        Apply(details);
        Changed(now);
    }

    /// <summary>What of 001 §15 is not yet agreed, given the activity's people as judged elsewhere; empty when it may be published.</summary>
    public IReadOnlyList<AgreedThing> MissingAgreements(ActivityPeopleGaps people)
    {
        var missing = new List<AgreedThing>();
        if (OrganisationId == Guid.Empty) missing.Add(AgreedThing.ResponsibleParty);
        if (MeetingPlaceId is null) missing.Add(AgreedThing.Rooms);
        if (!people.LeaderNamed) missing.Add(AgreedThing.Leaders);
        if (string.IsNullOrWhiteSpace(Insurance)) missing.Add(AgreedThing.Insurance);
        return missing;
    }

    /// <summary>Moves the activity; publishing it needs the four agreed things and its people's requirements met (<paramref name="people"/>).</summary>
    public void MoveTo(int expectedVersion, PublicationState target, ActivityPeopleGaps people, DateTime now) =>
        MoveTo(expectedVersion, target, now, () => CheckPublishable(people));

    /// <summary>Without its people judged, an activity has no named leader and is not published.</summary>
    protected override void CheckPublishable() => CheckPublishable(ActivityPeopleGaps.NobodyNamed);

    private void CheckPublishable(ActivityPeopleGaps people)
    {
        var missing = MissingAgreements(people);
        if (missing.Count == 0 && people.People.Count == 0) return;
        var message = DirectoryRules.ActivityIncomplete.Message;
        if (missing.Count > 0) message += " Missing: " + string.Join(", ", missing) + ".";
        if (people.People.Count > 0) message += " People's requirements not met: " + string.Join("; ", people.People) + ".";
        throw new DomainRuleViolation(DirectoryRules.ActivityIncomplete with { Message = message });
    }

    public static void CheckSchedule(Schedule schedule)
    {
        RuleCheck.That(schedule.Ends > schedule.Starts, DirectoryRules.EndBeforeStart);
        RuleCheck.That(schedule.Weekly is { Days.Count: > 0 } || schedule.Dates.Count > 0, DirectoryRules.ScheduleEmpty);
        RuleCheck.That(schedule.Weekly?.Until is not { } until || until >= schedule.Weekly.From, DirectoryRules.UntilBeforeFrom);
    }

    private static void Check(ActivityDetails d)
    {
        CheckAges(d.AgeMin, d.AgeMax);
        CheckSchedule(d.Schedule);
    }

    private void Apply(ActivityDetails d)
    {
        Name = d.Name; Description = d.Description; Kind = d.Kind; MunicipalityId = d.MunicipalityId;
        MeetingPlaceId = d.MeetingPlaceId; RoomNote = d.RoomNote; CoOrganiserIds = d.CoOrganiserIds.Where(o => o != OrganisationId).Distinct().ToList();
        AgeMin = d.AgeMin; AgeMax = d.AgeMax; Audiences = Tags.Join(d.Audiences.Order()); Topics = Tags.Join(d.Topics.Order());
        Languages = Tags.Join(d.Languages);
        var weekly = d.Schedule.Weekly is { } w ? w with { Days = w.Days.Distinct().OrderBy(x => ((int)x + 6) % 7).ToList() } : null;
        Schedule = d.Schedule with { Weekly = weekly, Dates = d.Schedule.Dates.Distinct().Order().ToList(), Cancelled = d.Schedule.Cancelled.Distinct().Order().ToList() };
        FirstDate = Schedule.FirstDate; LastDate = Schedule.LastDate; DayMask = Schedule.DayMask;
        RegistrationRequired = d.RegistrationRequired; RegistrationUrl = d.RegistrationUrl; RegistrationContact = d.RegistrationContact;
        Capacity = d.Capacity; Cost = d.Cost; FeeNote = d.FeeNote; Leaders = d.Leaders; Insurance = d.Insurance;
    }
}
