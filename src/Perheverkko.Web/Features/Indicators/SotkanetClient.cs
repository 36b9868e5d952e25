using System.Globalization;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>The setting of Sotkanet's address: none (the default) keeps the fetch and the yearly job off.</summary>
public sealed class IndicatorOptions
{
    public const string Section = "Indicators";
    /// <summary>E.g. <c>https://sotkanet.fi</c>; the client asks <c>{base}/rest/1.1/…</c>.</summary>
    public string? SotkanetBaseAddress { get; set; }
    /// <summary>The month (1–12) from which the yearly job fetches the previous years (000 §18: collected early in the year).</summary>
    public int ImportMonth { get; set; } = 3;
    /// <summary>How many years back the fetch asks for.</summary>
    public int YearsBack { get; set; } = 5;
}

/// <summary>
/// THL Sotkanet's public REST 1.1 API over HTTP: the regions list and the data of indicators for years (gender total).
/// An answer other than success, or no answer, refuses with <see cref="IndicatorsRules.SourceFailed"/>.
/// </summary>
public sealed class SotkanetClient(HttpClient http, IndicatorOptions options)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.SotkanetBaseAddress);

    public Task<string> RegionsAsync(CancellationToken cancellationToken) => GetAsync("rest/1.1/regions", cancellationToken);

    public Task<string> DataAsync(IReadOnlyList<int> indicators, IReadOnlyList<int> years, CancellationToken cancellationToken)
    {
        var query = string.Join('&', indicators.Select(i => $"indicator={i.ToString(CultureInfo.InvariantCulture)}")
            .Concat(years.Select(y => $"years={y.ToString(CultureInfo.InvariantCulture)}")).Append("genders=total"));
        return GetAsync($"rest/1.1/json?{query}", cancellationToken);
    }

    private async Task<string> GetAsync(string path, CancellationToken cancellationToken)
    {
        RuleCheck.That(IsConfigured, IndicatorsRules.SourceNotConfigured);
        var address = new Uri(new Uri(options.SotkanetBaseAddress!.TrimEnd('/') + "/"), path);
        try
        {
            using var response = await http.GetAsync(address, cancellationToken);
            RuleCheck.That(response.IsSuccessStatusCode, IndicatorsRules.SourceFailed);
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException) { throw new DomainRuleViolation(IndicatorsRules.SourceFailed); }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { throw new DomainRuleViolation(IndicatorsRules.SourceFailed); }
    }
}
