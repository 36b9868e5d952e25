using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Localization;

namespace Perheverkko.Web.Platform.Localization;

/// <summary>
/// The UI's strings in Finnish (first), Swedish and English, one JSON file per language under Texts/.
/// A unit test keeps the three files' keys identical, so a missing translation fails the build's tests
/// rather than a user's page.
/// </summary>
public sealed class Texts
{
    public static readonly string[] Languages = ["fi", "sv", "en"];
    public const string DefaultLanguage = "fi";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage;

    public Texts()
    {
        byLanguage = Languages.ToFrozenDictionary(language => language, Load);
    }

    public IReadOnlyDictionary<string, string> All(string language) => byLanguage[language];

    public static string CurrentLanguage
    {
        get
        {
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            return Languages.Contains(language) ? language : DefaultLanguage;
        }
    }

    public string this[string key] => Get(CurrentLanguage, key);

    public string this[string key, params object[] args] => string.Format(CultureInfo.CurrentCulture, this[key], args);

    public string Get(string language, string key) =>
        byLanguage[language].TryGetValue(key, out var text) ? text
        : byLanguage[DefaultLanguage].TryGetValue(key, out var fallback) ? fallback
        : key;

    /// <summary>
    /// A text in a given language, formatted in that language's culture: for what is written to someone other than
    /// the current request's user (e-mails in the recipient's language). An unknown language falls back to Finnish.
    /// </summary>
    public string In(string? language, string key, params object[] args)
    {
        var known = Known(language);
        return string.Format(CultureInfo.GetCultureInfo(known), Get(known, key), args);
    }

    /// <summary>The language itself if it is one of ours, else Finnish.</summary>
    public static string Known(string? language) => language is not null && Languages.Contains(language) ? language : DefaultLanguage;

    /// <summary>The name of an enum value in the current language (key: <c>enum.Type.Value</c>).</summary>
    public string Of<TEnum>(TEnum value) where TEnum : struct, Enum => this[$"enum.{typeof(TEnum).Name}.{value}"];

    private static FrozenDictionary<string, string> Load(string language)
    {
        using var stream = typeof(Texts).Assembly.GetManifestResourceStream($"Perheverkko.Web.Platform.Localization.Texts.{language}.json")
            ?? throw new InvalidOperationException($"Texts for '{language}' are missing.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.ToFrozenDictionary();
    }

    public static void AddPerheverkkoLocalization(IServiceCollection services)
    {
        services.AddSingleton<Texts>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Languages.Select(l => new CultureInfo(l)).ToList();
            o.DefaultRequestCulture = new RequestCulture(DefaultLanguage);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The cookie (a choice made on the site) wins over the browser's Accept-Language.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
    }
}
