using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Platform.Data;

/// <summary>A multilingual text as a form or API client sends it; Finnish is required.</summary>
public sealed record LocalizedTextInput(string? Fi, string? Sv, string? En)
{
    public static LocalizedTextInput From(LocalizedText text) => new(text.Fi, text.Sv, text.En);

    public void Check(InputCheck check, string field, int maxLength = LocalizedText.MaxLength) => check
        .Required(field + ".fi", Fi, maxLength)
        .Optional(field + ".sv", Sv, maxLength)
        .Optional(field + ".en", En, maxLength);

    public LocalizedText ToText() => new(Fi!.Trim(), Sv.TrimmedOrNull(), En.TrimmedOrNull());

}
