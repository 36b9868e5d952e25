namespace Perheverkko.Web.Features.Accounts;

/// <summary>What the reset page asks before showing its form.</summary>
public sealed class PasswordResetQueries(PasswordResetLinks links)
{
    public async Task<bool> LinkValidAsync(string? token) => await links.FindAsync(token) is not null;
}
