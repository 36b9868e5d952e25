using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Perheverkko.Testing;

/// <summary>What API tests read from a response: the id of what was created, the stable code of a refusal.</summary>
public static class ApiResponses
{
    /// <summary>The <c>id</c> of a 201 Created response; anything else fails with the status and body.</summary>
    public static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Fails with the status and body unless the response is a success.</summary>
    public static async Task OkAsync(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    /// <summary>The ProblemDetails <c>code</c> of a refused request.</summary>
    public static async Task<string> CodeOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
}
