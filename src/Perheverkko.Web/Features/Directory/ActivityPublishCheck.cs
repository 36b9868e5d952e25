using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// What an activity's people lack before it may be published (issue #16 item 5), judged by the workforce feature and
/// passed into <see cref="Activity"/>'s check as data, so the directory neither loads people nor knows their rules.
/// </summary>
/// <param name="LeaderNamed">At least one person who leads it and still works in the network's activities is named (001 §15).</param>
/// <param name="People">Who lacks what: the viewer's own people one by one, another organisation's people as a count.</param>
public sealed record ActivityPeopleGaps(bool LeaderNamed, IReadOnlyList<PeopleGap> People)
{
    /// <summary>Nobody named yet: what an activity has before anyone names its people.</summary>
    public static readonly ActivityPeopleGaps NobodyNamed = new(false, []);

    public bool Complete => LeaderNamed && People.Count == 0;
}

/// <param name="Name">The person's name, for the viewer's own organisation's people; null for another organisation's.</param>
/// <param name="OrganisationName">Another organisation's name (with <paramref name="Count"/> of its people); null for the viewer's own person.</param>
/// <param name="Count">How many people the gap covers (1 for a named person).</param>
/// <param name="Lacking">What they lack, as requirement codes ("check_shown", "insured" …); a text key is <c>workforce.activity.requirement.</c> + code.</param>
public sealed record PeopleGap(string? Name, string? OrganisationName, int Count, IReadOnlyList<string> Lacking)
{
    /// <summary>In English, for the API's problem message: "Aino Esimerkki: check_shown" or "2 people of MLL: insured".</summary>
    public override string ToString() =>
        (Name ?? $"{Count} {(Count == 1 ? "person" : "people")} of {OrganisationName}") + ": " + string.Join(", ", Lacking);
}

/// <summary>Judges an activity's people for the publish gate and the staff form; implemented by the workforce feature.</summary>
public interface IActivityPublishCheck
{
    /// <param name="viewer">Whose organisation's people are named; others are counted.</param>
    Task<ActivityPeopleGaps> GapsAsync(Actor? viewer, Guid activityId, CancellationToken cancellationToken);
}
