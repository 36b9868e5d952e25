using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>The fields of a section as a form or an API client sends them.</summary>
public sealed record AgreementSectionInput(int? Number, string? Title, string? Body, string? TitleSv, string? BodySv)
{
    internal void Check(InputCheck check) => check
        .That(Number is >= 1 and <= 999, "number", "validation.range", 1, 999)
        .Required("title", Title, AgreementSection.MaxTitle)
        .Required("body", Body, AgreementSection.MaxBody)
        .Optional("titleSv", TitleSv, AgreementSection.MaxTitle)
        .Optional("bodySv", BodySv, AgreementSection.MaxBody);

    /// <summary>Stored as it will be hashed: line endings and spaces normalised (AgreementText.Normalise).</summary>
    internal static string Clean(string value) => AgreementText.Normalise(value).TrimEnd('\n');

    internal static string? CleanOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : Clean(value);
}
