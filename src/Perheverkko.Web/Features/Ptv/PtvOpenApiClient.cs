using System.Net;
using System.Text.Json;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// PTV's public Open API v11 over HTTP (no token: the read side is open): an organisation's services and its
/// service-location channels, with full data, following PTV's paging to the last page. A busy PTV (429) is asked again
/// after its Retry-After (capped, so a request never waits long), a failing one (5xx, no answer) a few times; then the
/// import stops with <see cref="PtvRules.Unavailable"/>. An answer that is not PTV's JSON is treated as no answer.
/// </summary>
public sealed class PtvOpenApiClient(HttpClient http, PtvOptions options, TimeProvider clock)
{
    public const int Attempts = 3;
    /// <summary>The longest wait a Retry-After may ask for: an import is a person waiting at a page.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ServerErrorDelay = TimeSpan.FromMilliseconds(200);
    /// <summary>A guard against an answer whose page count never ends.</summary>
    private const int MaxPages = 200;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsConfigured => options.IsConfigured;

    /// <summary>GET /api/v11/Service/list/organization: every published service of the organisation with full data.</summary>
    public Task<IReadOnlyList<V11VmOpenApiService>> ServicesAsync(Guid ptvOrganisationId, CancellationToken cancellationToken) =>
        AllPagesAsync<V11VmOpenApiServicesWithPaging, V11VmOpenApiService>("api/v11/Service/list/organization", ptvOrganisationId, cancellationToken);

    /// <summary>GET /api/v11/ServiceChannel/list/organization: the organisation's channels with full data, of which the service locations.</summary>
    public async Task<IReadOnlyList<V11VmOpenApiServiceLocationChannel>> ServiceLocationsAsync(Guid ptvOrganisationId, CancellationToken cancellationToken)
    {
        var channels = await AllPagesAsync<V11VmOpenApiServiceChannelsWithPaging, V11VmOpenApiServiceLocationChannel>(
            "api/v11/ServiceChannel/list/organization", ptvOrganisationId, cancellationToken);
        return channels.Where(c => string.Equals(c.ServiceChannelType, "ServiceLocation", StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private async Task<IReadOnlyList<TItem>> AllPagesAsync<TPage, TItem>(string path, Guid ptvOrganisationId, CancellationToken cancellationToken)
        where TPage : VmOpenApiPage<TItem>
    {
        RuleCheck.That(IsConfigured, PtvRules.NotConfigured);
        var items = new List<TItem>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var body = await GetAsync($"{path}?organizationId={ptvOrganisationId:D}&page={page}", cancellationToken);
            TPage? answer;
            try { answer = JsonSerializer.Deserialize<TPage>(body, Json); }
            catch (JsonException) { throw new DomainRuleViolation(PtvRules.Unavailable); }
            if (answer is null) throw new DomainRuleViolation(PtvRules.Unavailable);
            items.AddRange((answer.ItemList ?? []).Where(i => i is not null));
            if (page >= answer.PageCount) return items;
        }
        throw new DomainRuleViolation(PtvRules.Unavailable);
    }

    private async Task<string> GetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        var address = new Uri(new Uri(options.ApiBaseAddress!.TrimEnd('/') + "/"), pathAndQuery);
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan delay;
            try
            {
                using var response = await http.GetAsync(address, cancellationToken);
                if (response.IsSuccessStatusCode) return await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.NotFound) throw new DomainRuleViolation(PtvImportRules.OrganisationNotFound);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    delay = response.Headers.RetryAfter?.Delta ?? (response.Headers.RetryAfter?.Date is { } date ? date - clock.GetUtcNow() : ServerErrorDelay);
                else if ((int)response.StatusCode >= 500) delay = ServerErrorDelay * attempt;
                else throw new DomainRuleViolation(PtvRules.Unavailable);
            }
            catch (HttpRequestException) { delay = ServerErrorDelay * attempt; }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { delay = ServerErrorDelay * attempt; }
            if (attempt >= Attempts) throw new DomainRuleViolation(PtvRules.Unavailable);
            await Task.Delay(delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxRetryDelay ? MaxRetryDelay : delay, cancellationToken);
        }
    }
}
