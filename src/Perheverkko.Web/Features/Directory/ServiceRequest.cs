using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>A service as a form or API client sends it; <see cref="Version"/> on changes, <see cref="OrganisationId"/> (the provider) on creation.</summary>
public sealed record ServiceRequest(
    int? Version, Guid? OrganisationId, LocalizedTextInput? Name, LocalizedTextInput? Description, ServiceLevel? Level, Guid? MunicipalityId,
    int? AgeMin, int? AgeMax, IReadOnlyList<Audience>? Audiences, IReadOnlyList<Topic>? Topics, IReadOnlyList<string>? Languages,
    IReadOnlyList<Guid>? MeetingPlaceIds, string? Phone, string? Email, string? WebUrl, string? EServiceUrl, Cost? Cost, string? FeeNote, string? BookingUrl = null)
{
    internal async Task<ServiceDetails> ToDetailsAsync(InputCheck check, DirectoryCommit commit, Guid? owner, CancellationToken cancellationToken)
    {
        check.That(Name is not null, "name.fi", "validation.required").Defined("level", Level)
            .Optional("phone", Phone, 40).Optional("feeNote", FeeNote, 200);
        Name?.Check(check, "name");
        DirectoryInput.CheckOptionalText(check, "description", Description, DirectoryEntry.DescriptionMaxLength);
        DirectoryInput.Number(check, "ageMin", AgeMin, 0, 120);
        DirectoryInput.Number(check, "ageMax", AgeMax, 0, 120);
        var audiences = DirectoryInput.Choices(check, "audiences", Audiences);
        var topics = DirectoryInput.Choices(check, "topics", Topics);
        var languages = DirectoryInput.Languages(check, "languages", Languages);
        var places = DirectoryInput.Ids(check, "meetingPlaceIds", MeetingPlaceIds);
        var email = DirectoryInput.OptionalEmail(check, "email", Email);
        var webUrl = DirectoryInput.Url(check, "webUrl", WebUrl);
        var eServiceUrl = DirectoryInput.Url(check, "eServiceUrl", EServiceUrl);
        var bookingUrl = DirectoryInput.Url(check, "bookingUrl", BookingUrl);
        if (Cost is { } cost) check.Defined("cost", (Cost?)cost);
        await commit.CheckReferencesAsync(check, owner, MunicipalityId, false, null, [], places, cancellationToken);
        check.ThrowIfInvalid();
        return new ServiceDetails(Name!.ToText(), DirectoryInput.OptionalText(Description), Level!.Value, MunicipalityId, AgeMin, AgeMax,
            audiences, topics, languages, places, Phone.TrimmedOrNull(), email, webUrl, eServiceUrl, Cost ?? Directory.Cost.Free,
            FeeNote.TrimmedOrNull(), bookingUrl);
    }
}
