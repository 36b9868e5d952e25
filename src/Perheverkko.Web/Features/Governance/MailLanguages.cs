using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Localization;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// Each recipient's own language for governance e-mail: the language on their staff account (found by the account on
/// the membership, else by the e-mail address); Finnish for people without an account.
/// </summary>
public sealed class MailLanguages
{
    private readonly IReadOnlyDictionary<Guid, string> byUser;
    private readonly IReadOnlyDictionary<string, string> byEmail;

    private MailLanguages(IReadOnlyDictionary<Guid, string> byUser, IReadOnlyDictionary<string, string> byEmail)
    { this.byUser = byUser; this.byEmail = byEmail; }

    public string Of(PersonRef person) =>
        Texts.Known(person.StaffUserId is { } id && byUser.TryGetValue(id, out var language) ? language
            : byEmail.GetValueOrDefault(person.Email.ToUpperInvariant()));

    public static async Task<MailLanguages> LoadAsync(PerheverkkoDb db, IEnumerable<PersonRef> people, CancellationToken cancellationToken)
    {
        var list = people.ToList();
        var ids = list.Where(p => p.StaffUserId is not null).Select(p => p.StaffUserId!.Value).Distinct().ToList();
        var emails = list.Select(p => p.Email.ToUpperInvariant()).Distinct().ToList();
        var users = await db.Users
            .Where(u => ids.Contains(u.Id) || (u.NormalizedEmail != null && emails.Contains(u.NormalizedEmail)))
            .Select(u => new { u.Id, u.NormalizedEmail, u.Language })
            .ToListAsync(cancellationToken);
        return new MailLanguages(users.ToDictionary(u => u.Id, u => u.Language),
            users.Where(u => u.NormalizedEmail != null).GroupBy(u => u.NormalizedEmail!).ToDictionary(g => g.Key, g => g.First().Language));
    }
}
