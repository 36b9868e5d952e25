using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// Fictional people for demos and tests: one account per role and a few contact persons. The seed documents name
/// real people; none of them appears here. Seeded only when <c>Seed:DemoData</c> is on (Development and tests).
/// </summary>
public sealed class DemoData(PerheverkkoDb db, UserManager<StaffUser> users, TimeProvider clock)
{
    public const string Password = "demo-Perheverkko-2026";

    public sealed record DemoUser(string Email, string Name, StaffRole Role, string? OrganisationSlug);

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("admin@perheverkko.example", "Teppo Testaaja", StaffRole.Admin, null),
        new("koordinaattori@perheverkko.example", "Maija Meikäläinen", StaffRole.Coordinator, SouthSavoNetwork.WellbeingCounty),
        new("edustaja.mikkeli@perheverkko.example", "Matti Meikäläinen", StaffRole.Representative, "mikkeli"),
        new("edustaja.savonlinna@perheverkko.example", "Sanna Esimerkki", StaffRole.Representative, "savonlinna"),
        new("ammattilainen@perheverkko.example", "Liisa Mallikas", StaffRole.Professional, "mll-jarvi-suomi"),
        // Perheneuvo workers of two municipality teams (FamilyAdviceSeeder puts them in their teams).
        new("perheneuvo.juva@perheverkko.example", "Jenni Juvalainen", StaffRole.Professional, "juva"),
        new("perheneuvo.mikkeli@perheverkko.example", "Mikko Mikkeliläinen", StaffRole.Professional, "mikkeli"),
    ];

    private static readonly (string Organisation, string Name, string Email, ContactRole Role, string? Title)[] Contacts =
    [
        ("mikkeli", "Matti Meikäläinen", "edustaja.mikkeli@perheverkko.example", ContactRole.ContactPerson, "perhetyön esihenkilö"),
        ("mikkeli", "Kaisa Kuvitteellinen", "kaisa.kuvitteellinen@perheverkko.example", ContactRole.Signatory, "sivistysjohtaja"),
        ("savonlinna", "Sanna Esimerkki", "edustaja.savonlinna@perheverkko.example", ContactRole.ContactPerson, "perhetyöntekijä"),
        (SouthSavoNetwork.WellbeingCounty, "Maija Meikäläinen", "koordinaattori@perheverkko.example", ContactRole.ContactPerson, "perhekeskuskoordinaattori"),
        ("mll-jarvi-suomi", "Liisa Mallikas", "ammattilainen@perheverkko.example", ContactRole.ContactPerson, "järjestösuunnittelija"),
    ];

    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var u in Users)
        {
            if (await users.FindByEmailAsync(u.Email) is not null) continue;
            var user = new StaffUser
            {
                Id = SeedIds.For("user", u.Email), UserName = u.Email, Email = u.Email, EmailConfirmed = true,
                DisplayName = u.Name, Role = u.Role, CreatedAt = now,
                OrganisationId = u.OrganisationSlug is null ? null : NetworkSeeder.OrganisationId(u.OrganisationSlug),
                // The demo administrator is national; everyone else works in South Savo.
                RegionId = u.Role == StaffRole.Admin ? null : NetworkSeeder.SouthSavo,
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            added++;
        }
        foreach (var group in Contacts.GroupBy(c => c.Organisation))
        {
            var organisation = await db.Organisations.Include(o => o.ContactPersons)
                .SingleAsync(o => o.Slug == group.Key, cancellationToken);
            foreach (var c in group.Where(c => !organisation.ContactPersons.Any(p => p.Email == c.Email && p.Role == c.Role)))
            {
                organisation.AddContactPerson(c.Name, c.Email, c.Role, c.Title, now);
                added++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
