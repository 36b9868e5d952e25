using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Agreements.Signing;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Agreements;

/// <summary>What the signing tests share: a frozen version, signatory accounts with a second factor, and calls to the API.</summary>
public static class SigningKit
{
    public static readonly Guid Period2026 = SeedIds.For("agreement-version", "2026-2029");
    /// <summary>How the API addresses that version: /api/v1/agreement-versions/2026-2029/… (decision 0024).</summary>
    public const string Period = "2026-2029";
    /// <summary>
    /// The seeded 2026–2029 text in its canonical form: the text the stored sections give, so the version's hash matches
    /// them (every reader re-hashes the stored text, FrozenTextCheck).
    /// </summary>
    public static readonly string FrozenText = AgreementText.Canonical(AgreementTextSeeder.Parse(AgreementTextSeeder.ReadResource("2026-2029.txt")));
    public static readonly string TextHash = AgreementText.Sha256(FrozenText);

    /// <summary>
    /// Replays the signing round of the seeded 2026–2029 version (seeded as in force since 2026-01-01): puts it back where
    /// freezing leaves it — out for decisions, with <see cref="TextHash"/>, frozen 30 days ago, no party joined yet —
    /// so the whole round of twenty real parties can be run. Set through EF Core because no use case turns an agreement
    /// in force back into a draft (freezing itself is tested in AgreementTextTests).
    /// </summary>
    public static async Task FreezeAsync(TestApp app, Guid versionId)
    {
        var frozenAt = app.Clock.GetUtcNow().UtcDateTime.AddDays(-30);
        await app.WithDbAsync(async db =>
        {
            var version = await db.AgreementVersions.SingleAsync(v => v.Id == versionId);
            db.Entry(version).Property(v => v.Status).CurrentValue = AgreementStatus.OutForDecisions;
            db.Entry(version).Property(v => v.TextHash).CurrentValue = TextHash;
            db.Entry(version).Property(v => v.FrozenAt).CurrentValue = frozenAt;
            db.Entry(version).Property(v => v.InForceFrom).CurrentValue = null;
            foreach (var party in await db.Parties.Where(p => p.AgreementVersionId == versionId).ToListAsync())
                db.Entry(party).Property(p => p.JoinedOn).CurrentValue = null;
            return await db.SaveChangesAsync();
        });
    }

    public static DateOnly Today(TestApp app) => HelsinkiTime.DateOf(app.Clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The seeded version ends with 2029. A test that needs a year of the period after a later one (a notice given next
    /// year that takes effect within the period) moves its last year to <paramref name="lastYear"/> when that is later,
    /// set through EF Core as <see cref="FreezeAsync"/> does; returns the period as the addresses write it ("2026-2029"
    /// while that lasts).
    /// </summary>
    public static async Task<string> PeriodLastingUntilAsync(TestApp app, int lastYear)
    {
        if (lastYear <= 2029) return Period;
        await app.WithDbAsync(async db =>
        {
            var version = await db.AgreementVersions.SingleAsync(v => v.Id == Period2026);
            db.Entry(version).Property(v => v.EndYear).CurrentValue = lastYear;
            return await db.SaveChangesAsync();
        });
        return $"2026-{lastYear}";
    }

    /// <summary>A staff account of the organisation (in South Savo), with an authenticator app turned on unless told; returns its id and the shared key.</summary>
    public static async Task<(Guid Id, string Key)> SignatoryAsync(TestApp app, Guid organisationId, string email, string name, StaffRole role = StaffRole.Professional,
        bool secondFactor = true)
    {
        (Guid, string) result = default;
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser
            {
                Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, Role = role,
                OrganisationId = organisationId, RegionId = Web.Features.Organisations.NetworkSeeder.SouthSavo, CreatedAt = DateTime.UtcNow,
            };
            var created = await users.CreateAsync(user, Web.Features.Accounts.DemoData.Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            if (!secondFactor) { result = (user.Id, ""); return; }
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            result = (user.Id, (await users.GetAuthenticatorKeyAsync(user))!);
        });
        return result;
    }

    /// <summary>Turns the authenticator on for an existing (demo) account.</summary>
    public static async Task<string> EnableSecondFactorAsync(TestApp app, string email)
    {
        var key = "";
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        });
        return key;
    }

    /// <summary>A browser-like client signed in through the forms with password and authenticator code.</summary>
    public static async Task<HttpClient> SignInWithSecondFactorAsync(TestApp app, string email, string key)
    {
        var client = app.Anonymous();
        var afterPassword = await Forms.SignInAsync(client, email);
        Assert.StartsWith("/sign-in/two-factor", afterPassword.Headers.Location?.OriginalString);
        var done = await Forms.PostAsync(client, "/sign-in/two-factor", new Dictionary<string, string> { ["Input.Code"] = Totp.NextCode(app.Clock, key) });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        return client;
    }

    public static object Decision(DateOnly meetingDate, string status = "Approved", string section = "4") => new
    {
        organ = "Vapaa-aika- ja sivistyslautakunta", meetingDate = meetingDate.ToString("yyyy-MM-dd"), section, registerNumber = "33/12.07.02/2025",
        background = "Perhekeskustoiminnan yhteistyösopimus 2026–2029 on jatkoa aiemmille sopimuksille.",
        proposal = "Lautakunta hyväksyy yhteistyösopimuksen ja valtuuttaa hallintojohtajan allekirjoittamaan sen.",
        decision = "Päätösehdotus hyväksyttiin.", preparer = "hallintojohtaja", presenter = "hallintojohtaja",
        authorisedToSign = "hallintojohtaja", status,
    };

    public static string VersionPath(string period, string rest) => $"/api/v1/agreement-versions/{period}/{rest}";

    public static string Party(string period, Guid organisationId, string rest) => VersionPath(period, $"parties/{organisationId}/{rest}");

    public static async Task<HttpResponseMessage> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        await ApiResponses.OkAsync(response);
        return response;
    }

    public static async Task<string> CodeAsync(Task<HttpResponseMessage> call, HttpStatusCode? status = null)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        if (status is not null) Assert.True(status == response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("code").GetString()!;
    }

    public static Task<HttpResponseMessage> SignAsync(HttpClient client, string period, Guid organisationId, string? hash = null, bool consent = true) =>
        client.PostAsJsonAsync(Party(period, organisationId, "signatures"), new { textHash = hash ?? TextHash, consent });

    public static Task<HttpResponseMessage> NameAsync(HttpClient client, string period, Guid organisationId, string rule, params Guid[] users) =>
        client.PutAsJsonAsync(Party(period, organisationId, "signatories"), new { rule, staffUserIds = users });
}
