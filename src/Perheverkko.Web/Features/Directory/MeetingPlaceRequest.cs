using System.Text.RegularExpressions;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>A meeting place as a form or API client sends it; <see cref="Slug"/> and <see cref="OrganisationId"/> (the maintainer) only on creation.</summary>
public sealed partial record MeetingPlaceRequest(
    int? Version, Guid? OrganisationId, string? Slug, LocalizedTextInput? Name, LocalizedTextInput? Description, MeetingPlaceKind? Kind,
    Guid? MunicipalityId, string? StreetAddress, string? PostalCode, string? PostOffice, double? Latitude, double? Longitude,
    LocalizedTextInput? Accessibility, IReadOnlyList<WeeklyOpeningInput>? OpeningHours, IReadOnlyList<OpeningExceptionInput>? OpeningExceptions,
    IReadOnlyList<CentralOffer>? Offers, string? Phone, string? Email, string? WebUrl, string? BookingUrl = null, bool? IsAdviceHomeBase = null)
{
    internal async Task<MeetingPlaceDetails> ToDetailsAsync(InputCheck check, DirectoryCommit commit, Guid? familyCentreId, CancellationToken cancellationToken)
    {
        check.That(Name is not null, "name.fi", "validation.required").Defined("kind", Kind)
            .Optional("streetAddress", StreetAddress, 200).Optional("postOffice", PostOffice, 100).Optional("phone", Phone, 40)
            .That(PostalCode is null || PostalCode.Trim().Length == 0 || PostalCodeFormat().IsMatch(PostalCode.Trim()), "postalCode", "validation.postal_code")
            .That(Latitude is null || double.IsFinite(Latitude.Value), "latitude", "validation.number")
            .That(Longitude is null || double.IsFinite(Longitude.Value), "longitude", "validation.number");
        Name?.Check(check, "name");
        DirectoryInput.CheckOptionalText(check, "description", Description, DirectoryEntry.DescriptionMaxLength);
        DirectoryInput.CheckOptionalText(check, "accessibility", Accessibility, 1000);
        var offers = DirectoryInput.Choices(check, "offers", Offers);
        var email = DirectoryInput.OptionalEmail(check, "email", Email);
        var webUrl = DirectoryInput.Url(check, "webUrl", WebUrl);
        var bookingUrl = DirectoryInput.Url(check, "bookingUrl", BookingUrl);
        var hours = new List<WeeklyOpening>();
        foreach (var (h, i) in (OpeningHours ?? []).Select((h, i) => (h, i)))
        {
            if (h is null || (string.IsNullOrWhiteSpace(h.Opens) && string.IsNullOrWhiteSpace(h.Closes))) continue;
            var field = $"openingHours[{i}]";
            check.That(h.Day is { } d && Enum.IsDefined(d), field + ".day", "validation.choice");
            var opens = DirectoryInput.Time(check, field + ".opens", h.Opens, required: true);
            var closes = DirectoryInput.Time(check, field + ".closes", h.Closes, required: true);
            if (opens is not null && closes is not null && h.Day is { } day) hours.Add(new WeeklyOpening(day, opens.Value, closes.Value));
        }
        var exceptions = new List<OpeningException>();
        foreach (var (e, i) in (OpeningExceptions ?? []).Select((e, i) => (e, i)))
        {
            if (e is null || string.IsNullOrWhiteSpace(e.From)) continue;
            var field = $"openingExceptions[{i}]";
            var note = e.Note ?? new LocalizedTextInput(null, null, null);
            var hasNote = !string.IsNullOrWhiteSpace(note.Fi) || !string.IsNullOrWhiteSpace(note.Sv) || !string.IsNullOrWhiteSpace(note.En);
            if (hasNote) note.Check(check, field + ".note");
            var from = DirectoryInput.Date(check, field + ".from", e.From, required: true);
            var to = DirectoryInput.Date(check, field + ".to", e.To) ?? from;
            var opens = DirectoryInput.Time(check, field + ".opens", e.Opens);
            var closes = DirectoryInput.Time(check, field + ".closes", e.Closes, required: opens is not null);
            if (from is not null && to is not null) exceptions.Add(new OpeningException(from.Value, to.Value, opens, closes,
                // Without the Finnish note the check above refuses the input; there is no text to make.
                string.IsNullOrWhiteSpace(note.Fi) ? null : note.ToText()));
        }
        check.That(hours.Count <= 50 && exceptions.Count <= 100, "openingHours", "validation.too_many", 100);
        await commit.CheckReferencesAsync(check, null, MunicipalityId, true, null, [], [], cancellationToken);
        check.ThrowIfInvalid();
        return new MeetingPlaceDetails(Name!.ToText(), DirectoryInput.OptionalText(Description), Kind!.Value, MunicipalityId!.Value,
            StreetAddress.TrimmedOrNull(), PostalCode.TrimmedOrNull(), PostOffice.TrimmedOrNull(), Latitude, Longitude,
            DirectoryInput.OptionalText(Accessibility), hours, exceptions, offers, Phone.TrimmedOrNull(), email, webUrl, familyCentreId,
            bookingUrl, IsAdviceHomeBase ?? false);
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostalCodeFormat();
}
