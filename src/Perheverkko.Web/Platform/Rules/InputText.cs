namespace Perheverkko.Web.Platform.Rules;

public static class InputText
{
    /// <summary>An optional text as typed: trimmed, and null when nothing but white space was given.</summary>
    public static string? TrimmedOrNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
