using System.Globalization;

namespace Perheverkko.Web.Platform.Data;

/// <summary>
/// A text in Finnish (required), Swedish and English (optional), as PTV keeps its texts.
/// Reading falls back to Finnish when the asked language is missing.
/// </summary>
public sealed record LocalizedText(string Fi, string? Sv = null, string? En = null)
{
    public const int MaxLength = 200;

    public string In(string language) => language switch
    {
        "sv" => string.IsNullOrWhiteSpace(Sv) ? Fi : Sv,
        "en" => string.IsNullOrWhiteSpace(En) ? Fi : En,
        _ => Fi,
    };

    public string InCurrentCulture() => In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public override string ToString() => Fi;
}
