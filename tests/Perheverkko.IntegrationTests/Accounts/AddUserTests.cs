using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Accounts;

public sealed class AddUserTests
{
    [Theory, BothDatabases]
    public async Task An_administrator_adds_an_account_with_a_one_time_password_that_signs_in(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync(DemoUsers.Admin);
        const string email = "uusi.ammattilainen@perheverkko.example";

        var withoutOrganisation = await admin.PostAsJsonAsync("/api/v1/users", new { email, name = "Uusi Ammattilainen", role = "Professional" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutOrganisation.StatusCode);
        Assert.Equal("user.organisation_required", await CodeOfAsync(withoutOrganisation));

        var unknownOrganisation = await admin.PostAsJsonAsync("/api/v1/users", new { email, name = "Uusi Ammattilainen", role = "Professional", organisation = "atlantis" });
        Assert.Equal(HttpStatusCode.NotFound, unknownOrganisation.StatusCode);
        Assert.Equal("user.organisation_not_found", await CodeOfAsync(unknownOrganisation));

        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email = "Uusi.Ammattilainen@perheverkko.example", name = "Uusi Ammattilainen", role = "Professional", organisation = "mikkeli" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(email, body.GetProperty("email").GetString());
        var signIn = await Forms.SignInAsync(app.Anonymous(), email, body.GetProperty("initialPassword").GetString()!);
        Assert.Equal("/staff", signIn.Headers.Location?.OriginalString);

        var again = await admin.PostAsJsonAsync("/api/v1/users", new { email, name = "Toinen", role = "Admin" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("user.email_taken", await CodeOfAsync(again));

        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync("/api/v1/users", new { email = "x@perheverkko.example", name = "X", role = "Admin" })).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task A_signed_in_actor_whose_account_is_gone_is_not_found(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // A sign-in cookie outlives a removed account until its security stamp is checked again.
        var gone = new Actor(Guid.CreateVersion7(), "Poistettu Henkilö", StaffRole.Professional, NetworkSeeder.OrganisationId("mikkeli"), NetworkSeeder.SouthSavo);
        await app.WithScopeAsync(async services =>
        {
            var queries = services.GetRequiredService<AccountQueries>();
            var notFound = await Assert.ThrowsAsync<NotFoundException>(() => queries.ProfileAsync(gone, CancellationToken.None));
            Assert.Equal("user.not_found", notFound.Rule.Code);
        });
    }
}
