using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Agreements.Signing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using static Perheverkko.IntegrationTests.Agreements.SigningKit;

namespace Perheverkko.IntegrationTests.Agreements;

public sealed class SigningFlowTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    [Theory, BothDatabases]
    public async Task Twenty_parties_decide_and_sign_and_the_last_signature_puts_the_version_in_force(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string?> { ["PublicUrl"] = "https://perheverkko.example" });
        var v = Period2026;
        await FreezeAsync(app, v);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var mikkeliRepresentative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var parties = await app.WithDbAsync(db => db.Parties.Where(p => p.AgreementVersionId == v).OrderBy(p => p.Position).Select(p => p.OrganisationId).ToListAsync());
        Assert.Equal(20, parties.Count);

        var decided = Today(app).AddDays(-10);
        var signers = new List<(Guid Organisation, string Email, string Key)>();
        for (var i = 0; i < parties.Count; i++)
        {
            var organisation = parties[i];
            var email = $"allekirjoittaja{i}@perheverkko.example";
            var (id, key) = await SignatoryAsync(app, organisation, email, $"Allekirjoittaja {i}");
            signers.Add((organisation, email, key));
            if (organisation == Mikkeli)
            {
                // Mikkeli's rules ask for two signatures; its own representative names them and records the decision.
                signers.Add((organisation, DemoUsers.MikkeliRepresentative, await EnableSecondFactorAsync(app, DemoUsers.MikkeliRepresentative)));
                await OkAsync(NameAsync(mikkeliRepresentative, Period, organisation, "Joint", id, SeedIds.For("user", DemoUsers.MikkeliRepresentative)));
                await OkAsync(mikkeliRepresentative.PutAsJsonAsync(Party(Period, organisation, "decision"), Decision(decided)));
            }
            else
            {
                await OkAsync(NameAsync(coordinator, Period, organisation, "Single", id));
                await OkAsync(coordinator.PutAsJsonAsync(Party(Period, organisation, "decision"), Decision(decided)));
            }
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Payload.Contains("/staff/signing/2026-2029/sign"))));

        var sent = await (await OkAsync(coordinator.PostAsync(VersionPath(Period, "signing"), null))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(21, sent.GetProperty("notified").GetInt32());
        var links = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Payload.Contains("https://perheverkko.example/staff/signing/2026-2029/sign")).Select(m => m.Payload).ToListAsync());
        Assert.Equal(21, links.Count);
        Assert.All(links, l => Assert.Contains(TextHash, l));
        Assert.Equal(AgreementStatus.OutForSigning, await app.WithDbAsync(db => db.AgreementVersions.Where(x => x.Id == v).Select(x => x.Status).SingleAsync()));

        JsonElement last = default;
        for (var i = 0; i < signers.Count; i++)
        {
            var (organisation, email, key) = signers[i];
            var client = await SignInWithSecondFactorAsync(app, email, key);
            last = await (await OkAsync(SignAsync(client, Period, organisation))).Content.ReadFromJsonAsync<JsonElement>();
            // Not before every party's rule is met: the last one of Mikkeli's two is needed as much as any.
            Assert.Equal(i == signers.Count - 1 ? "InForce" : "OutForSigning", last.GetProperty("versionStatus").GetString());
        }
        Assert.Equal(Today(app).ToString("yyyy-MM-dd"), last.GetProperty("inForceFrom").GetString());
        var version = await app.WithDbAsync(db => db.AgreementVersions.Include(x => x.Parties).SingleAsync(x => x.Id == v));
        Assert.Equal(Today(app), version.InForceFrom);
        Assert.All(version.Parties, p => Assert.True(p.IsPartyOn(Today(app))));

        var audit = await app.WithDbAsync(db => db.AuditRecords.GroupBy(a => a.Event).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(20, audit[AuditEvent.SignatoriesNamed]);
        Assert.Equal(20, audit[AuditEvent.PartyDecisionRecorded]);
        Assert.Equal(1, audit[AuditEvent.AgreementSentForSigning]);
        Assert.Equal(21, audit[AuditEvent.AgreementSigned]);
        Assert.Equal(1, audit[AuditEvent.AgreementEnteredIntoForce]);

        // Public: references and states, no one's name or address.
        var decisions = await app.Anonymous().GetStringAsync(VersionPath(Period, "decisions"));
        var view = JsonSerializer.Deserialize<PublicDecisionsView>(decisions, Json())!;
        Assert.Equal(AgreementStatus.InForce, view.Status);
        Assert.All(view.Parties, p => Assert.Equal((DecisionStatus.Approved, p.SignaturesNeeded), (p.Status, p.SignaturesGiven)));
        Assert.Equal(2, view.Parties.Single(p => p.ListedName == "Mikkeli").SignaturesNeeded);
        Assert.DoesNotContain("@", decisions);
        Assert.DoesNotContain("Allekirjoittaja", decisions);
        Assert.DoesNotContain("hallintojohtaja", decisions);

        // Evidence: the certificate and its chain; the verify endpoint accepts it and the text.
        var certificateJson = await coordinator.GetStringAsync(VersionPath(Period, "certificate"));
        var certificate = JsonSerializer.Deserialize<SigningCertificateDocument>(certificateJson, Json())!;
        Assert.True(certificate.ChainIntact);
        Assert.Equal(22, certificate.Chain.Count);
        Assert.Equal(21, certificate.Signatures.Count);
        Assert.All(certificate.Signatures, s => Assert.Equal($"Vapaa-aika- ja sivistyslautakunta {decided:d.M.yyyy} § 4, 33/12.07.02/2025", s.AuthorityBasis));
        var pdf = await PdfText.ExtractAsync(await coordinator.GetByteArrayAsync(VersionPath(Period, "certificate.pdf")));
        Assert.Contains("Allekirjoitustodistus", pdf);
        // Long values wrap in the PDF's columns; the hash is there once line breaks are taken out.
        Assert.Contains(TextHash, System.Text.RegularExpressions.Regex.Replace(pdf, @"\s+", ""));
        Assert.Contains("Savonlinnan seurakunta", pdf);
        Assert.Contains("Allekirjoittaja 19", pdf);
        Assert.Contains("Ketju on eheä", pdf);

        var anonymous = app.Anonymous();
        var byCertificate = await VerifyAsync(anonymous, new { certificate = certificateJson });
        Assert.True(byCertificate.Matches);
        Assert.Equal(21, byCertificate.Signatures);
        var byText = await VerifyAsync(anonymous, new { text = FrozenText.Replace("\n", "\r\n") + "\n" });
        Assert.Equal((true, "2026–2029"), (byText.Matches, byText.Period));
        Assert.False((await VerifyAsync(anonymous, new { text = FrozenText.Replace("kesäkuun", "toukokuun") })).Matches);
        Assert.Equal("verify.nothing_given", await CodeAsync(anonymous.PostAsJsonAsync("/api/v1/agreement-verification", new { text = " " }),
            HttpStatusCode.UnprocessableEntity));
        Assert.Equal("verify.certificate_unreadable", await CodeAsync(anonymous.PostAsJsonAsync("/api/v1/agreement-verification",
            new { certificate = "{\"format\":\"jokin-muu/1\"}" }), HttpStatusCode.UnprocessableEntity));

        // Tampering with a stored event (here: the signatory's name of the fifth event) breaks the chain.
        await app.WithDbAsync(db => db.SigningEvents.Where(e => e.AgreementVersionId == v && e.Sequence == 5)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.SignatoryName, "Joku Muu")));
        var dashboard = await coordinator.GetFromJsonAsync<JsonElement>(VersionPath(Period, "signing"));
        Assert.False(dashboard.GetProperty("chainIntact").GetBoolean());
        var afterTampering = await VerifyAsync(anonymous, new { certificate = certificateJson });
        Assert.Equal((false, false, true), (afterTampering.Matches, afterTampering.StoredChainIntact, afterTampering.CertificateChainIntact));
        // A certificate edited by hand does not hold together either.
        var edited = await VerifyAsync(anonymous, new { certificate = certificateJson.Replace("Allekirjoittaja 3\"", "Allekirjoittaja 33\"") });
        Assert.False(edited.CertificateChainIntact);
    }

    [Theory, BothDatabases]
    public async Task Signing_refuses_what_is_not_a_valid_signature_and_records_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var v = Period2026;
        var savonlinna = NetworkSeeder.OrganisationId("savonlinna");
        await FreezeAsync(app, v);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var (signatory, key) = await SignatoryAsync(app, Mikkeli, "sivistysjohtaja@perheverkko.example", "Sirkka Sivistys");
        var (otherSignatory, otherKey) = await SignatoryAsync(app, Mikkeli, "talousjohtaja@perheverkko.example", "Taisto Talous");
        var (savonlinnaSignatory, savonlinnaKey) = await SignatoryAsync(app, savonlinna, "kaupunginjohtaja@perheverkko.example", "Kalle Kaupunki");
        var juva = NetworkSeeder.OrganisationId("juva");
        var (juvaSignatory, _) = await SignatoryAsync(app, juva, "kunnanjohtaja@juva.example", "Juha Juva", secondFactor: false);
        await OkAsync(NameAsync(coordinator, Period, Mikkeli, "Single", signatory));
        await OkAsync(NameAsync(coordinator, Period, juva, "Single", juvaSignatory));
        await OkAsync(NameAsync(coordinator, Period, savonlinna, "Single", savonlinnaSignatory));
        await OkAsync(coordinator.PutAsJsonAsync(Party(Period, Mikkeli, "decision"), Decision(Today(app).AddDays(-1))));
        var browser = await SignInWithSecondFactorAsync(app, "sivistysjohtaja@perheverkko.example", key);

        Assert.Equal("agreement.not_out_for_signing", await CodeAsync(SignAsync(browser, Period, Mikkeli), HttpStatusCode.Conflict));
        await OkAsync(coordinator.PostAsync(VersionPath(Period, "signing"), null));
        Assert.Equal("agreement.not_out_for_decisions", await CodeAsync(coordinator.PostAsync(VersionPath(Period, "signing"), null), HttpStatusCode.Conflict));

        var tokenClient = app.CreateClient();
        tokenClient.DefaultRequestHeaders.Authorization = new("Bearer", await app.IssueTokenAsync("sivistysjohtaja@perheverkko.example"));
        Assert.Equal("signature.token_cannot_sign", await CodeAsync(SignAsync(tokenClient, Period, Mikkeli), HttpStatusCode.UnprocessableEntity));
        // Juva's named signatory has no authenticator app: signed in with a password only, they may not sign yet.
        var passwordOnly = app.Anonymous();
        await Forms.SignInAsync(passwordOnly, "kunnanjohtaja@juva.example");
        Assert.Equal("signature.second_factor_required", await CodeAsync(SignAsync(passwordOnly, Period, juva), HttpStatusCode.UnprocessableEntity));
        // Only the party's named signatory passes access: a colleague with a second factor, the party's own representative
        // and the admin are refused before anything else is looked at.
        var notNamed = await SignInWithSecondFactorAsync(app, "talousjohtaja@perheverkko.example", otherKey);
        Assert.Equal("access.denied", await CodeAsync(SignAsync(notNamed, Period, Mikkeli), HttpStatusCode.Forbidden));
        var representative = app.Anonymous();
        await Forms.SignInAsync(representative, DemoUsers.MikkeliRepresentative);
        Assert.Equal("access.denied", await CodeAsync(SignAsync(representative, Period, Mikkeli), HttpStatusCode.Forbidden));
        Assert.Equal("access.denied", await CodeAsync(SignAsync(await app.ClientForAsync(DemoUsers.Admin), Period, Mikkeli), HttpStatusCode.Forbidden));
        Assert.Equal("signature.hash_mismatch", await CodeAsync(SignAsync(browser, Period, Mikkeli, hash: new string('a', 64)), HttpStatusCode.UnprocessableEntity));
        Assert.Equal("signature.consent_required", await CodeAsync(SignAsync(browser, Period, Mikkeli, consent: false), HttpStatusCode.UnprocessableEntity));
        var savonlinnaBrowser = await SignInWithSecondFactorAsync(app, "kaupunginjohtaja@perheverkko.example", savonlinnaKey);
        Assert.Equal("signature.no_approved_decision", await CodeAsync(SignAsync(savonlinnaBrowser, Period, savonlinna), HttpStatusCode.UnprocessableEntity));
        // One party's signatory cannot sign for another.
        Assert.Equal("access.denied", await CodeAsync(SignAsync(savonlinnaBrowser, Period, Mikkeli), HttpStatusCode.Forbidden));
        // Another signature takes the chain's next place at the same moment (added to the same unit of work here, so the race
        // is certain): the unique (version, sequence) refuses this one, and nothing of it is saved.
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PerheverkkoDb>();
            var sent = await db.SigningEvents.SingleAsync(e => e.AgreementVersionId == v);
            db.SigningEvents.Add(SigningEvent.Next(sent, v, SigningEventKind.Signed, app.Clock.GetUtcNow().UtcDateTime, TextHash));
            var actor = new Actor(signatory, "Sirkka Sivistys", StaffRole.Professional, Mikkeli, NetworkSeeder.SouthSavo);
            var concurrent = await Assert.ThrowsAsync<DomainRuleViolation>(() => services.GetRequiredService<SignAgreement>()
                .HandleAsync(actor, SigningSession.SecondFactor, v, Mikkeli, new SignAgreement.Request(TextHash, true), CancellationToken.None));
            Assert.Equal("signature.concurrent", concurrent.Rule.Code);
        });
        Assert.Equal(1, await app.WithDbAsync(db => db.SigningEvents.CountAsync(e => e.AgreementVersionId == v)));

        await OkAsync(SignAsync(browser, Period, Mikkeli));
        Assert.Equal("signature.already_given", await CodeAsync(SignAsync(browser, Period, Mikkeli), HttpStatusCode.Conflict));
        Assert.Equal("signature.already_given", await CodeAsync(browser.PostAsJsonAsync(Party(Period, Mikkeli, "rejections"), new { reason = "Muutin mieleni" }), HttpStatusCode.Conflict));
        // The decision a signature rests on cannot change afterwards.
        Assert.Equal("decision.party_signed", await CodeAsync(coordinator.PutAsJsonAsync(Party(Period, Mikkeli, "decision"), Decision(Today(app))), HttpStatusCode.Conflict));
        Assert.Equal("signatories.fixed", await CodeAsync(NameAsync(coordinator, Period, Mikkeli, "Single", otherSignatory), HttpStatusCode.Conflict));

        await OkAsync(coordinator.PutAsJsonAsync(Party(Period, savonlinna, "decision"), Decision(Today(app))));
        Assert.Equal("validation.failed", await CodeAsync(savonlinnaBrowser.PostAsJsonAsync(Party(Period, savonlinna, "rejections"), new { reason = " " }), HttpStatusCode.UnprocessableEntity));
        await OkAsync(savonlinnaBrowser.PostAsJsonAsync(Party(Period, savonlinna, "rejections"), new { reason = "Kohta 7 on kesken." }));
        var dashboard = await coordinator.GetFromJsonAsync<SigningDashboardView>(VersionPath(Period, "signing"), Json());
        var savonlinnaRow = dashboard!.Parties.Single(p => p.OrganisationId == savonlinna);
        Assert.Equal((SignatureState.Rejected, "Kohta 7 on kesken."), (savonlinnaRow.Signatories[0].State, savonlinnaRow.Signatories[0].Reason));
        Assert.True(dashboard.ChainIntact);
        Assert.Equal(AgreementStatus.OutForSigning, dashboard.Version.Status);
        Assert.Contains(await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.AccessDenied).Select(a => a.Detail).ToListAsync()),
            d => d == "SignAgreement");
    }

    [Theory, BothDatabases]
    public async Task Decisions_are_checked_and_one_party_cannot_act_for_another(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var v = Period2026;
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var savonlinna = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        var today = Today(app);

        // An ended version takes no decisions (the seeded 2024–2025 one).
        Assert.Equal("decision.version_not_open", await CodeAsync(mikkeli.PutAsJsonAsync(Party("2024-2025", Mikkeli, "decision"), Decision(today)), HttpStatusCode.Conflict));
        await FreezeAsync(app, v);
        Assert.Equal("access.denied", await CodeAsync(savonlinna.PutAsJsonAsync(Party(Period, Mikkeli, "decision"), Decision(today)), HttpStatusCode.Forbidden));
        Assert.Equal("access.denied", await CodeAsync(NameAsync(savonlinna, Period, Mikkeli, "Single", Guid.NewGuid()), HttpStatusCode.Forbidden));
        Assert.Equal("access.denied", await CodeAsync(savonlinna.PostAsJsonAsync(Party(Period, Mikkeli, "notice"), new { confirm = true }), HttpStatusCode.Forbidden));
        Assert.Equal("decision.date_in_future", await CodeAsync(mikkeli.PutAsJsonAsync(Party(Period, Mikkeli, "decision"), Decision(today.AddDays(1))), HttpStatusCode.UnprocessableEntity));
        Assert.Equal("decision.before_freeze", await CodeAsync(mikkeli.PutAsJsonAsync(Party(Period, Mikkeli, "decision"), Decision(today.AddDays(-40))), HttpStatusCode.UnprocessableEntity));
        var notANumber = await mikkeli.PutAsJsonAsync(Party(Period, Mikkeli, "decision"), Decision(today, section: "4a"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notANumber.StatusCode);
        Assert.True((await notANumber.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("section", out _));
        Assert.Equal("decision.not_found", await CodeAsync(PutPdfAsync(mikkeli, Period, "%PDF-1.4"u8.ToArray()), HttpStatusCode.NotFound));
        Assert.Equal("decision_attachment.not_found", await CodeAsync(savonlinna.GetAsync(Party(Period, Mikkeli, "decision/attachment")), HttpStatusCode.NotFound));
        // Nothing recorded but the decisions the seeds document (decision 0041).
        Assert.Equal(AgreementTextSeeder.Decisions.Count, await app.WithDbAsync(db => db.PartyDecisions.CountAsync()));

        await OkAsync(mikkeli.PutAsJsonAsync(Party(Period, Mikkeli, "decision"), Decision(today, section: "12")));
        Assert.Equal("decision_attachment.not_pdf", await CodeAsync(PutPdfAsync(mikkeli, Period, "<html>ei pdf</html>"u8.ToArray()), HttpStatusCode.UnprocessableEntity));
        var tooLarge = new byte[DecisionAttachment.MaxBytes + 1];
        "%PDF-1.4"u8.CopyTo(tooLarge);
        Assert.Equal("decision_attachment.too_large", await CodeAsync(PutPdfAsync(mikkeli, Period, tooLarge), HttpStatusCode.UnprocessableEntity));
        var pdf = new Web.Platform.Documents.PdfReport("Pöytäkirjanote").Paragraph("VAPSILTK § 12").ToBytes();
        var stored = await (await OkAsync(PutPdfAsync(mikkeli, Period, pdf))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(SigningChain.Sha256Hex(pdf), stored.GetProperty("sha256").GetString());
        Assert.Equal(pdf, await savonlinna.GetByteArrayAsync(Party(Period, Mikkeli, "decision/attachment")));
        var mikkeliParty = SeedIds.For("party", $"{Period}:mikkeli");
        var decision = await app.WithDbAsync(db => db.PartyDecisions.SingleAsync(d => d.PartyId == mikkeliParty));
        Assert.Equal((12, "poytakirjanote.pdf", DecisionStatus.Approved), (decision.Section, decision.AttachmentFileName, decision.Status));

        var (savonlinnaUser, _) = await SignatoryAsync(app, NetworkSeeder.OrganisationId("savonlinna"), "savonlinna.allekirjoittaja@perheverkko.example", "Saara Savo");
        Assert.Equal("signatories.not_staff_of_party", await CodeAsync(NameAsync(mikkeli, Period, Mikkeli, "Single", savonlinnaUser), HttpStatusCode.UnprocessableEntity));
        var (mikkeliUser, _) = await SignatoryAsync(app, Mikkeli, "mikkeli.allekirjoittaja@perheverkko.example", "Mikko Mikkeli");
        Assert.Equal("signatories.count", await CodeAsync(NameAsync(mikkeli, Period, Mikkeli, "Joint", mikkeliUser), HttpStatusCode.UnprocessableEntity));
        await OkAsync(NameAsync(mikkeli, Period, Mikkeli, "Single", mikkeliUser));
        // The signatory is listed in the annex through the organisation's contact persons.
        Assert.True(await app.WithDbAsync(db => db.ContactPersons.AnyAsync(c => c.OrganisationId == Mikkeli && c.Email == "mikkeli.allekirjoittaja@perheverkko.example" && c.Role == ContactRole.Signatory)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Event == AuditEvent.DecisionAttachmentStored)));
    }

    [Theory, BothDatabases]
    public async Task Notice_by_30_June_ends_that_year_and_after_it_the_next_and_can_be_withdrawn_before_it_takes_effect(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var v = Period2026;
        await FreezeAsync(app, v);
        // The notices below take next year, the year after it and the period's last year after both: at least the third year from now.
        var lastYear = Math.Max(2029, Today(app).Year + 3);
        var period = await PeriodLastingUntilAsync(app, lastYear);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var savonlinna = NetworkSeeder.OrganisationId("savonlinna");
        var others = await app.WithDbAsync(db => db.Parties.Where(p => p.AgreementVersionId == v && p.OrganisationId != Mikkeli).Select(p => p.OrganisationId).ToListAsync());
        foreach (var other in others.Where(o => o != savonlinna))
            await OkAsync(coordinator.PutAsJsonAsync(Party(period, other, "decision"), Decision(Today(app), status: "NotInTime")));
        var (savonlinnaSignatory, savonlinnaKey) = await SignatoryAsync(app, savonlinna, "kaupunginjohtaja@perheverkko.example", "Kalle Kaupunki");
        await OkAsync(NameAsync(coordinator, period, savonlinna, "Single", savonlinnaSignatory));
        await OkAsync(coordinator.PostAsJsonAsync(Party(period, savonlinna, "leaving"), new { lastDay = Today(app).ToString("yyyy-MM-dd") }));
        var (signatory, key) = await SignatoryAsync(app, Mikkeli, "sivistysjohtaja@perheverkko.example", "Sirkka Sivistys");
        await OkAsync(NameAsync(representative, period, Mikkeli, "Single", signatory));
        await OkAsync(representative.PutAsJsonAsync(Party(period, Mikkeli, "decision"), Decision(Today(app))));
        Assert.Equal("notice.not_a_party", await CodeAsync(representative.PostAsJsonAsync(Party(period, Mikkeli, "notice"), new { confirm = true }), HttpStatusCode.Conflict));
        await OkAsync(coordinator.PostAsync(VersionPath(period, "signing"), null));
        var signed = await (await OkAsync(SignAsync(await SignInWithSecondFactorAsync(app, "sivistysjohtaja@perheverkko.example", key), period, Mikkeli)))
            .Content.ReadFromJsonAsync<JsonElement>();
        // Those who did not decide in time and the one who left do not hold the round up.
        Assert.Equal("InForce", signed.GetProperty("versionStatus").GetString());
        // The party that left is still the one its signatory was named for, but it no longer signs.
        Assert.Equal("signature.party_left", await CodeAsync(SignAsync(await SignInWithSecondFactorAsync(app, "kaupunginjohtaja@perheverkko.example", savonlinnaKey),
            period, savonlinna), HttpStatusCode.Conflict));

        // Accession: a new party to a version in force is a party from the day its own rule is met.
        var vaalijala = NetworkSeeder.OrganisationId("vaalijala");
        Assert.Equal("party.exists", await CodeAsync(coordinator.PostAsJsonAsync(VersionPath(period, "parties"), new { organisationId = Mikkeli }), HttpStatusCode.Conflict));
        Assert.Equal("party.organisation_not_found", await CodeAsync(coordinator.PostAsJsonAsync(VersionPath(period, "parties"), new { organisationId = Guid.NewGuid() }),
            HttpStatusCode.NotFound));
        Assert.Equal("party.version_closed", await CodeAsync(coordinator.PostAsJsonAsync(VersionPath("2024-2025", "parties"), new { organisationId = vaalijala }),
            HttpStatusCode.Conflict));
        await OkAsync(coordinator.PostAsJsonAsync(VersionPath(period, "parties"), new { organisationId = vaalijala, listedName = "Vaalijalan kuntayhtymä" }));
        var (vaalijalaSignatory, vaalijalaKey) = await SignatoryAsync(app, vaalijala, "johtaja@vaalijala.example", "Veera Vaali");
        await OkAsync(NameAsync(coordinator, period, vaalijala, "Single", vaalijalaSignatory));
        await OkAsync(coordinator.PutAsJsonAsync(Party(period, vaalijala, "decision"), Decision(Today(app))));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Payload.Contains("johtaja@vaalijala.example"))));
        await OkAsync(SignAsync(await SignInWithSecondFactorAsync(app, "johtaja@vaalijala.example", vaalijalaKey), period, vaalijala));
        var joined = await app.WithDbAsync(db => db.Parties.Where(p => p.AgreementVersionId == v).ToDictionaryAsync(p => p.OrganisationId, p => p.JoinedOn));
        Assert.Equal((Today(app), Today(app), (DateOnly?)null), (joined[Mikkeli], joined[vaalijala], joined[savonlinna]));

        // 30 June at 23.30 in Helsinki (20.30 UTC) is still June: the agreement ends for the party at the end of that year.
        var year = Today(app).Year + 1;
        app.Clock.SetUtcNow(new DateTimeOffset(year, 6, 30, 20, 30, 0, TimeSpan.Zero));
        Assert.Equal("notice.confirmation_required", await CodeAsync(representative.PostAsJsonAsync(Party(period, Mikkeli, "notice"), new { confirm = false }), HttpStatusCode.UnprocessableEntity));
        Assert.Equal("access.denied", await CodeAsync(coordinator.PostAsJsonAsync(Party(period, Mikkeli, "notice"), new { confirm = true }), HttpStatusCode.Forbidden));
        var notice = await (await OkAsync(representative.PostAsJsonAsync(Party(period, Mikkeli, "notice"), new { confirm = true }))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{year}-12-31", notice.GetProperty("endsOn").GetString());
        Assert.Equal("notice.already_given", await CodeAsync(representative.PostAsJsonAsync(Party(period, Mikkeli, "notice"), new { confirm = true }), HttpStatusCode.Conflict));
        var publicView = await app.Anonymous().GetFromJsonAsync<PublicDecisionsView>(VersionPath(period, "decisions"), Json());
        Assert.Equal(new DateOnly(year, 12, 31), publicView!.Parties.Single(p => p.ListedName == "Mikkeli").EndsOn);

        await OkAsync(representative.DeleteAsync(Party(period, Mikkeli, "notice")));
        Assert.Equal("notice.none", await CodeAsync(representative.DeleteAsync(Party(period, Mikkeli, "notice")), HttpStatusCode.Conflict));
        // An hour later it is 1 July in Helsinki (21.30 UTC on 30 June): the end moves to the end of the next year.
        app.Clock.SetUtcNow(new DateTimeOffset(year, 6, 30, 21, 30, 0, TimeSpan.Zero));
        notice = await (await OkAsync(representative.PostAsJsonAsync(Party(period, Mikkeli, "notice"), new { confirm = true }))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{year + 1}-12-31", notice.GetProperty("endsOn").GetString());

        app.Clock.SetUtcNow(new DateTimeOffset(year + 2, 1, 1, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal("notice.in_effect", await CodeAsync(representative.DeleteAsync(Party(period, Mikkeli, "notice")), HttpStatusCode.Conflict));
        var party = await app.WithDbAsync(db => db.Parties.SingleAsync(p => p.AgreementVersionId == v && p.OrganisationId == Mikkeli));
        Assert.True(party.IsPartyOn(new DateOnly(year + 1, 12, 31)));
        Assert.False(party.IsPartyOn(new DateOnly(year + 2, 1, 1)));
        Assert.Equal((2, 1), await app.WithDbAsync(async db => (await db.AuditRecords.CountAsync(a => a.Event == AuditEvent.NoticeGiven),
            await db.AuditRecords.CountAsync(a => a.Event == AuditEvent.NoticeWithdrawn))));

        // In the period's last year a notice after the deadline ends with the period, not a year after it (issue #13 item 7);
        // the admin stands in for a representative without an account.
        app.Clock.SetUtcNow(new DateTimeOffset(lastYear, 7, 1, 9, 0, 0, TimeSpan.Zero));
        var admin = await app.ClientForAsync(DemoUsers.Admin);
        var lastYearNotice = await (await OkAsync(admin.PostAsJsonAsync(Party(period, vaalijala, "notice"), new { confirm = true }))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{lastYear}-12-31", lastYearNotice.GetProperty("endsOn").GetString());

        await OkAsync(coordinator.PostAsJsonAsync(VersionPath(period, "end"), new { lastDay = $"{year + 3}-12-31" }));
        Assert.Equal("agreement.not_in_force", await CodeAsync(coordinator.PostAsJsonAsync(VersionPath(period, "end"), new { lastDay = $"{year + 3}-12-31" }), HttpStatusCode.Conflict));
        // No one is a party after the version's last day; an earlier end of one's own stays.
        var ends = await app.WithDbAsync(db => db.Parties.Where(p => p.AgreementVersionId == v).ToDictionaryAsync(p => p.OrganisationId, p => p.EndsOn));
        Assert.Equal((new DateOnly(year + 1, 12, 31), new DateOnly(lastYear, 12, 31)), (ends[Mikkeli]!.Value, ends[vaalijala]!.Value));
    }

    [Theory, BothDatabases]
    public async Task Missing_signatories_are_reminded_once_per_interval(DatabaseProvider provider)
    {
        // South Savo's terms remind after 7 days.
        await using var app = await TestApp.StartAsync(provider);
        var v = Period2026;
        await FreezeAsync(app, v);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var (signatory, key) = await SignatoryAsync(app, Mikkeli, "sivistysjohtaja@perheverkko.example", "Sirkka Sivistys");
        var (other, _) = await SignatoryAsync(app, NetworkSeeder.OrganisationId("juva"), "kunnanjohtaja@juva.example", "Juha Juva");
        await OkAsync(NameAsync(coordinator, Period, Mikkeli, "Single", signatory));
        await OkAsync(NameAsync(coordinator, Period, NetworkSeeder.OrganisationId("juva"), "Single", other));
        await OkAsync(coordinator.PutAsJsonAsync(Party(Period, Mikkeli, "decision"), Decision(Today(app))));
        await OkAsync(coordinator.PostAsync(VersionPath(Period, "signing"), null));
        await OkAsync(SignAsync(await SignInWithSecondFactorAsync(app, "sivistysjohtaja@perheverkko.example", key), Period, Mikkeli));

        async Task<int> RemindAsync()
        {
            var sent = 0;
            await app.WithScopeAsync(async services => sent = await services.GetRequiredService<SigningReminders>().SendDueAsync(CancellationToken.None));
            return sent;
        }
        app.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(0, await RemindAsync());
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        app.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await RemindAsync());
        var reminders = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Payload.Contains("Muistutus")).Select(m => m.Payload).ToListAsync());
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Contains("kunnanjohtaja@juva.example", r));
        await MailFormat.AssertWellFormedAsync(app); // the invitations to sign and the reminders
    }

    [Theory, BothDatabases]
    public async Task The_annex_lists_the_parties_contacts_and_signatories_for_their_staff_only_and_every_read_is_audited(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var v = Period2026;
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var rows = await representative.GetFromJsonAsync<List<AnnexRow>>(VersionPath(Period, "annex"), Json());
        Assert.Contains(rows!, r => r is { Name: "Kaisa Kuvitteellinen", Role: ContactRole.Signatory, Organisation: "Mikkeli" });
        Assert.Contains(rows!, r => r is { Name: "Liisa Mallikas", Organisation: "MLL:n Järvi-Suomen piiri ry" });

        var pdf = await PdfText.ExtractAsync(await representative.GetByteArrayAsync(VersionPath(Period, "annex.pdf")));
        Assert.Contains("Kuvitteellinen", pdf);
        Assert.Contains("Allekirjoittaja", pdf);
        using (var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await representative.GetByteArrayAsync(VersionPath(Period, "annex.xlsx"))), false))
        {
            var cells = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
            Assert.Contains("kaisa.kuvitteellinen@perheverkko.example", cells);
            Assert.Contains("Organisaatio", cells);
        }

        // Staff of an organisation that is not a party does not see it.
        await SignatoryAsync(app, NetworkSeeder.OrganisationId("essote"), "entinen@essote.example", "Erkki Entinen", Web.Platform.Access.StaffRole.Representative);
        var outsider = app.CreateClient();
        outsider.DefaultRequestHeaders.Authorization = new("Bearer", await app.IssueTokenAsync("entinen@essote.example"));
        Assert.Equal("access.denied", await CodeAsync(outsider.GetAsync(VersionPath(Period, "annex")), HttpStatusCode.Forbidden));
        Assert.Equal(3, await app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Event == AuditEvent.AgreementAnnexRead)));
    }

    private static Task<HttpResponseMessage> PutPdfAsync(HttpClient client, string period, byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new("application/pdf");
        return client.PutAsync(Party(period, Mikkeli, "decision/attachment"), body);
    }

    private static async Task<VerificationResult> VerifyAsync(HttpClient client, object request) =>
        (await (await OkAsync(client.PostAsJsonAsync("/api/v1/agreement-verification", request))).Content.ReadFromJsonAsync<VerificationResult>(Json()))!;

    private static JsonSerializerOptions Json() => new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
}
