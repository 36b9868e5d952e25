using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Agreements.Signing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.Agreements.SigningKit;

namespace Perheverkko.IntegrationTests.Agreements;

/// <summary>Issue #12 item 1: a certificate is verified whole against the record, and a frozen text is re-hashed wherever it is shown.</summary>
public sealed class EvidenceTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid Savonlinna = NetworkSeeder.OrganisationId("savonlinna");

    [Theory, BothDatabases]
    public async Task A_hand_edited_certificate_or_a_section_edited_in_the_database_never_verifies(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await FreezeAsync(app, Period2026);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var decided = Today(app).AddDays(-10);
        var (signer, key) = await SignatoryAsync(app, Mikkeli, "tiina.todistaja@perheverkko.example", "Tiina Todistaja");
        await OkAsync(NameAsync(coordinator, Period, Mikkeli, "Single", signer));
        await OkAsync(coordinator.PutAsJsonAsync(Party(Period, Mikkeli, "decision"), Decision(decided)));
        await OkAsync(coordinator.PostAsync(VersionPath(Period, "signing"), null));
        await OkAsync(SignAsync(await SignInWithSecondFactorAsync(app, "tiina.todistaja@perheverkko.example", key), Period, Mikkeli));

        var certificateJson = await coordinator.GetStringAsync(VersionPath(Period, "certificate"));
        var anonymous = app.Anonymous();
        var genuine = await VerifyAsync(anonymous, certificateJson);
        Assert.True(genuine.Matches);
        Assert.Empty(genuine.Mismatches!);
        Assert.True(genuine.TextIntact);

        // Each hand edit is found, and named by the part it is in; the answer never carries the record's personal data.
        JsonObject PartyOf(JsonNode certificate, Guid organisation) =>
            certificate["parties"]!.AsArray().Single(p => (string)p!["organisationId"]! == organisation.ToString())!.AsObject();
        var edits = new (Action<JsonNode> Edit, string Part)[]
        {
            (c => c["signatures"]![0]!["signatory"] = "Joku Muu", CertificateComparison.Signatures),
            (c => PartyOf(c, Mikkeli)["decisionStatus"] = "Rejected", CertificateComparison.Parties),
            (c => PartyOf(c, Mikkeli)["authorisedToSign"] = "kunnanjohtaja", CertificateComparison.Parties),
            (c => c["agreement"]!["title"] = "Toinen sopimus", CertificateComparison.Agreement),
            (c => c["agreement"]!["textHash"] = new string('a', 64), CertificateComparison.Text),
            // A party left out before the last one the certificate names is not a party added later.
            (c => c["parties"]!.AsArray().RemoveAt(0), CertificateComparison.Parties),
        };
        foreach (var (edit, part) in edits)
        {
            var node = JsonNode.Parse(certificateJson)!;
            edit(node);
            var response = await OkAsync(anonymous.PostAsJsonAsync("/api/v1/agreement-verification", new { certificate = node.ToJsonString() }));
            var body = await response.Content.ReadAsStringAsync();
            var result = JsonSerializer.Deserialize<VerificationResult>(body, Json())!;
            Assert.False(result.Matches, part);
            Assert.Equal([part], result.Mismatches!);
            Assert.DoesNotContain("Todistaja", body);
            Assert.DoesNotContain("hallintojohtaja", body);
        }

        // What grows after issue is not a difference: another party's decision recorded later.
        await OkAsync(coordinator.PutAsJsonAsync(Party(Period, Savonlinna, "decision"), Decision(decided)));
        Assert.True((await VerifyAsync(anonymous, certificateJson)).Matches);

        // A section edited behind the application's back (a context of its own, no use case).
        await app.WithDbAsync(async db =>
        {
            var section = await db.AgreementSections.SingleAsync(s => s.AgreementVersionId == Period2026 && s.Number == 1);
            db.Entry(section).Property(s => s.Body).CurrentValue = section.Body + " Lisätty lause.";
            return await db.SaveChangesAsync();
        });
        var page = await anonymous.GetStringAsync("/agreement/2026-2029");
        Assert.Contains("TEKSTI EI VASTAA", page);
        Assert.Contains(TextHash, page);
        Assert.False((await anonymous.GetFromJsonAsync<JsonElement>(VersionPath(Period, "").TrimEnd('/'))).GetProperty("textIntact").GetBoolean());
        var text = await anonymous.GetAsync(VersionPath(Period, "text"));
        Assert.Equal("false", text.Headers.GetValues(AgreementsApi.TextIntactHeader).Single());
        Assert.False((await anonymous.GetFromJsonAsync<JsonElement>(VersionPath(Period, "decisions"))).GetProperty("textIntact").GetBoolean());
        Assert.False((await coordinator.GetFromJsonAsync<JsonElement>(VersionPath(Period, "signing"))).GetProperty("textIntact").GetBoolean());
        var broken = JsonSerializer.Deserialize<SigningCertificateDocument>(await coordinator.GetStringAsync(VersionPath(Period, "certificate")), Json())!;
        Assert.Equal((true, false), (broken.ChainIntact, broken.TextIntact));
        Assert.Contains("TEKSTI EI VASTAA", await PdfText.ExtractAsync(await coordinator.GetByteArrayAsync(VersionPath(Period, "certificate.pdf"))));
        var earlier = await VerifyAsync(anonymous, certificateJson);
        Assert.Equal((false, false), (earlier.Matches, earlier.TextIntact));
        Assert.Equal([CertificateComparison.Text], earlier.Mismatches!);
        // The genuine text still hashes to the recorded hash; the stored one is what is broken.
        var byText = await (await OkAsync(anonymous.PostAsJsonAsync("/api/v1/agreement-verification", new { text = FrozenText })))
            .Content.ReadFromJsonAsync<VerificationResult>(Json());
        Assert.Equal((true, false), (byText!.Matches, byText.TextIntact));
        var verifyPage = await Forms.PostAsync(anonymous, "/agreement/verify", new Dictionary<string, string> { ["Text"] = FrozenText });
        Assert.Contains("TEKSTI EI VASTAA", await verifyPage.Content.ReadAsStringAsync());

        // Nobody signs a text that is not the frozen one.
        var (second, secondKey) = await SignatoryAsync(app, Savonlinna, "sami.savolainen@perheverkko.example", "Sami Savolainen");
        await OkAsync(NameAsync(coordinator, Period, Savonlinna, "Single", second));
        Assert.Equal("signature.text_changed", await CodeAsync(SignAsync(await SignInWithSecondFactorAsync(app, "sami.savolainen@perheverkko.example", secondKey),
            Period, Savonlinna), HttpStatusCode.Conflict));
    }

    private static JsonSerializerOptions Json() => new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static async Task<VerificationResult> VerifyAsync(HttpClient client, string certificate) =>
        (await (await OkAsync(client.PostAsJsonAsync("/api/v1/agreement-verification", new { certificate }))).Content.ReadFromJsonAsync<VerificationResult>(Json()))!;
}
