using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Perheverkko.Web.Features.Ptv;

public enum PtvCallResult
{
    /// <summary>PTV took it; its id is in the outcome.</summary>
    Accepted,
    /// <summary>PTV refused it (400, or the organisation's credentials were refused): trying again would not help.</summary>
    Rejected,
    /// <summary>PTV has no item of that source id (404 on an update by source id).</summary>
    NotFound,
    /// <summary>Busy (429), down (5xx), too slow or unreachable: worth another try later.</summary>
    Transient,
}

/// <summary>What one call to PTV's input API came to: PTV's id, or a readable message, and how long PTV asked us to wait.</summary>
public sealed record PtvCallOutcome(PtvCallResult Result, string? PtvId = null, string? Message = null, TimeSpan? RetryAfter = null);

/// <summary>
/// PTV's input API v11 (create and update services and service-location channels) with an organisation's own API user. The
/// token from <see cref="PtvOptions.TokenAddress"/> is kept until shortly before it runs out; a 401 gets a new token once.
/// Never throws for what PTV answers: every call ends in a <see cref="PtvCallOutcome"/>.
/// </summary>
public sealed class PtvInputClient(HttpClient http, PtvOptions options, IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>Message keys (texts <c>ptv.export.*</c>) for what PTV did not say itself.</summary>
    public const string CredentialsRefused = "ptv.export.credentials_refused";
    public const string NoAnswer = "ptv.export.no_answer";

    /// <summary>Tokens by token address and user (and a hash of the password, so a changed password gets a new token).</summary>
    private static readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> Tokens = new();

    public Task<PtvCallOutcome> CreateServiceAsync(PtvConnection connection, PtvServiceIn service, CancellationToken cancellationToken) =>
        SendAsync(connection, HttpMethod.Post, "api/v11/Service", service, cancellationToken);

    public Task<PtvCallOutcome> UpdateServiceBySourceAsync(PtvConnection connection, PtvServiceIn service, CancellationToken cancellationToken) =>
        SendAsync(connection, HttpMethod.Put, $"api/v11/Service/sourceId/{Uri.EscapeDataString(service.SourceId)}", service, cancellationToken);

    /// <summary>For an entry PTV knows by its id only (imported, then kept here): the update also gives it our source id.</summary>
    public Task<PtvCallOutcome> UpdateServiceAsync(PtvConnection connection, string ptvId, PtvServiceIn service, CancellationToken cancellationToken) =>
        SendAsync(connection, HttpMethod.Put, $"api/v11/Service/{Uri.EscapeDataString(ptvId)}", service, cancellationToken);

    public Task<PtvCallOutcome> CreateServiceLocationAsync(PtvConnection connection, PtvServiceLocationIn location, CancellationToken cancellationToken) =>
        SendAsync(connection, HttpMethod.Post, "api/v11/ServiceChannel/ServiceLocation", location, cancellationToken);

    public Task<PtvCallOutcome> UpdateServiceLocationBySourceAsync(PtvConnection connection, PtvServiceLocationIn location, CancellationToken cancellationToken) =>
        SendAsync(connection, HttpMethod.Put, $"api/v11/ServiceChannel/ServiceLocation/sourceId/{Uri.EscapeDataString(location.SourceId)}", location, cancellationToken);

    public Task<PtvCallOutcome> UpdateServiceLocationAsync(PtvConnection connection, string ptvId, PtvServiceLocationIn location, CancellationToken cancellationToken) =>
        SendAsync(connection, HttpMethod.Put, $"api/v11/ServiceChannel/ServiceLocation/{Uri.EscapeDataString(ptvId)}", location, cancellationToken);

    private async Task<PtvCallOutcome> SendAsync<T>(PtvConnection connection, HttpMethod method, string path, T body, CancellationToken cancellationToken)
    {
        var address = new Uri(new Uri(options.ApiBaseAddress!.TrimEnd('/') + "/"), path);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var token = await TokenAsync(connection, renew: attempt > 0, cancellationToken);
                if (token.Outcome is { } refused) return refused;
                using var request = new HttpRequestMessage(method, address) { Content = JsonContent.Create(body, options: PtvInput.Json) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0) continue;
                return await OutcomeAsync(response, cancellationToken);
            }
        }
        catch (HttpRequestException) { return new PtvCallOutcome(PtvCallResult.Transient, Message: NoAnswer); }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { return new PtvCallOutcome(PtvCallResult.Transient, Message: NoAnswer); }
    }

    private async Task<(string? Token, PtvCallOutcome? Outcome)> TokenAsync(PtvConnection connection, bool renew, CancellationToken cancellationToken)
    {
        var password = PtvSecrets.Unprotect(protection, connection.ProtectedApiPassword!);
        var key = $"{options.TokenAddress}\n{connection.ApiUsername}\n{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)))}";
        var now = clock.GetUtcNow();
        if (!renew && Tokens.TryGetValue(key, out var kept) && kept.Until > now) return (kept.Token, null);
        using var response = await http.PostAsJsonAsync(options.TokenAddress,
            new { username = connection.ApiUsername, password, apiUserOrganisation = connection.PtvOrganisationId?.ToString("D") }, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
        {
            Tokens.TryRemove(key, out _);
            return (null, new PtvCallOutcome(PtvCallResult.Rejected, Message: CredentialsRefused));
        }
        if (!response.IsSuccessStatusCode) return (null, Transient(response));
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        // Palveluhallinta answers {"serviceToken": …}; PTV's own login service {"ptvToken": …}.
        var token = answer.RootElement.TryGetProperty("serviceToken", out var t) ? t.GetString()
            : answer.RootElement.TryGetProperty("ptvToken", out var p) ? p.GetString() : null;
        if (string.IsNullOrEmpty(token)) return (null, new PtvCallOutcome(PtvCallResult.Transient, Message: NoAnswer));
        Tokens[key] = (token, (ExpiresAt(token) ?? now.AddMinutes(30)) - TimeSpan.FromMinutes(2));
        return (token, null);
    }

    /// <summary>The token's own end (a JWT's <c>exp</c>), when it tells.</summary>
    public static DateTimeOffset? ExpiresAt(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return null;
        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
            using var json = JsonDocument.Parse(Convert.FromBase64String(payload));
            return json.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException) { return null; }
    }

    private async Task<PtvCallOutcome> OutcomeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            try
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } ptvId)
                    return new PtvCallOutcome(PtvCallResult.Accepted, ptvId);
            }
            catch (JsonException) { }
            return new PtvCallOutcome(PtvCallResult.Transient, Message: NoAnswer);
        }
        return response.StatusCode switch
        {
            HttpStatusCode.BadRequest => new PtvCallOutcome(PtvCallResult.Rejected, Message: ReadableError(text)),
            HttpStatusCode.NotFound => new PtvCallOutcome(PtvCallResult.NotFound, Message: ReadableError(text)),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new PtvCallOutcome(PtvCallResult.Rejected, Message: CredentialsRefused),
            _ when (int)response.StatusCode == 429 || (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout => Transient(response),
            _ => new PtvCallOutcome(PtvCallResult.Rejected, Message: $"HTTP {(int)response.StatusCode}: {ReadableError(text)}"),
        };
    }

    private PtvCallOutcome Transient(HttpResponseMessage response)
    {
        TimeSpan? wait = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - clock.GetUtcNow(),
            _ => null,
        };
        return new PtvCallOutcome(PtvCallResult.Transient, Message: $"HTTP {(int)response.StatusCode}", RetryAfter: wait < TimeSpan.Zero ? TimeSpan.Zero : wait);
    }

    /// <summary>
    /// PTV's 400 answer is a dictionary of field → messages (<c>{"ServiceNames": ["Type - Required value 'Name' was not
    /// found!"]}</c>): written as "field: message; message" lines. Anything else is kept as it came, shortened.
    /// </summary>
    public static string ReadableError(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                var lines = json.RootElement.EnumerateObject().Select(field =>
                {
                    var messages = field.Value.ValueKind == JsonValueKind.Array
                        ? field.Value.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.String ? m.GetString() : m.GetRawText())
                        : [field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : field.Value.GetRawText()];
                    return string.IsNullOrEmpty(field.Name) ? string.Join("; ", messages) : $"{field.Name}: {string.Join("; ", messages)}";
                }).ToList();
                if (lines.Count > 0) return Shorten(string.Join("\n", lines));
            }
            if (json.RootElement.ValueKind == JsonValueKind.String) return Shorten(json.RootElement.GetString() ?? "");
        }
        catch (JsonException) { }
        return Shorten(body.Trim());
    }

    private static string Shorten(string text) => text.Length > 2000 ? text[..2000] + "…" : text;
}
