namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// Where PTV is (section <c>Ptv</c>). Production: API <c>https://api.palvelutietovaranto.suomi.fi</c>, token
/// <c>https://palveluhallinta.suomi.fi/api/auth/api-login</c>; PTV's customer test environment ("trn"):
/// <c>https://api.palvelutietovaranto.trn.suomi.fi</c> and <c>https://palveluhallinta.trn.suomi.fi/api/auth/api-login</c>.
/// Unset means the connection is off (docs/ptv.md); tests point both at an in-process fake.
/// </summary>
public sealed class PtvOptions
{
    public const string Section = "Ptv";
    /// <summary>The Open API's host; the clients ask <c>{base}/api/v11/…</c>.</summary>
    public string? ApiBaseAddress { get; set; }
    /// <summary>The address that trades an organisation's API user and password for a token (input API only).</summary>
    public string? TokenAddress { get; set; }
    /// <summary>How many times an export is tried before it is left as failed for a person to look at.</summary>
    public int ExportAttempts { get; set; } = 6;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiBaseAddress);
}
