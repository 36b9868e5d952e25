using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// A signed-in person's account remembers the language they chose, as the language of their e-mails. (The pages'
/// language is the cookie the language switch sets, signed in or not.)
/// </summary>
public sealed class SetLanguage(UserManager<StaffUser> users)
{
    public enum Outcome { NoAccount, Saved }

    public sealed record Request(string? Language);

    public async Task<Outcome> HandleAsync(Actor? actor, Request request)
    {
        var user = await users.OfAsync(actor);
        new InputCheck().That(request.Language is not null && Texts.Languages.Contains(request.Language), "language", "validation.required").ThrowIfInvalid();
        if (user is null) return Outcome.NoAccount;
        if (user.Language == request.Language) return Outcome.Saved;
        user.Language = request.Language!;
        if (!(await users.UpdateAsync(user)).Succeeded) throw InputInvalid.For("language", "validation.required");
        return Outcome.Saved;
    }
}
