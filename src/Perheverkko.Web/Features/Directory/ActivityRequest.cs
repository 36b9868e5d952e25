using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>An activity as a form or API client sends it; <see cref="Version"/> on changes, <see cref="OrganisationId"/> (the responsible party) on creation.</summary>
public sealed record ActivityRequest(
    int? Version, Guid? OrganisationId, LocalizedTextInput? Name, LocalizedTextInput? Description, ActivityKind? Kind,
    Guid? MunicipalityId, Guid? MeetingPlaceId, string? RoomNote, IReadOnlyList<Guid>? CoOrganiserIds,
    int? AgeMin, int? AgeMax, IReadOnlyList<Audience>? Audiences, IReadOnlyList<Topic>? Topics, IReadOnlyList<string>? Languages,
    ScheduleInput? Schedule, bool? RegistrationRequired, string? RegistrationUrl, string? RegistrationContact, int? Capacity,
    Cost? Cost, string? FeeNote, string? Leaders, string? Insurance)
{
    internal async Task<ActivityDetails> ToDetailsAsync(InputCheck check, DirectoryCommit commit, Guid? owner, CancellationToken cancellationToken)
    {
        check.That(Name is not null, "name.fi", "validation.required").Defined("kind", Kind)
            .Optional("roomNote", RoomNote, 200).Optional("registrationContact", RegistrationContact, 200)
            .Optional("feeNote", FeeNote, 200).Optional("leaders", Leaders, 500).Optional("insurance", Insurance, 500);
        Name?.Check(check, "name");
        DirectoryInput.CheckOptionalText(check, "description", Description, DirectoryEntry.DescriptionMaxLength);
        var coOrganisers = DirectoryInput.Ids(check, "coOrganiserIds", CoOrganiserIds);
        DirectoryInput.Number(check, "ageMin", AgeMin, 0, 120);
        DirectoryInput.Number(check, "ageMax", AgeMax, 0, 120);
        DirectoryInput.Number(check, "capacity", Capacity, 1, 100_000);
        var audiences = DirectoryInput.Choices(check, "audiences", Audiences);
        var topics = DirectoryInput.Choices(check, "topics", Topics);
        var languages = DirectoryInput.Languages(check, "languages", Languages);
        var schedule = DirectoryInput.Schedule(check, "schedule", Schedule);
        var registrationUrl = DirectoryInput.Url(check, "registrationUrl", RegistrationUrl);
        if (Cost is { } cost) check.Defined("cost", (Cost?)cost);
        await commit.CheckReferencesAsync(check, owner, MunicipalityId, true, MeetingPlaceId, coOrganisers, [], cancellationToken);
        check.ThrowIfInvalid();
        return new ActivityDetails(Name!.ToText(), DirectoryInput.OptionalText(Description), Kind!.Value, MunicipalityId!.Value, MeetingPlaceId,
            RoomNote.TrimmedOrNull(), coOrganisers, AgeMin, AgeMax, audiences, topics, languages, schedule!, RegistrationRequired ?? false,
            registrationUrl, RegistrationContact.TrimmedOrNull(), Capacity, Cost ?? Directory.Cost.Free, FeeNote.TrimmedOrNull(),
            Leaders.TrimmedOrNull(), Insurance.TrimmedOrNull());
    }
}
