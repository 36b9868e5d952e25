using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>
/// The texts of the agreements the seeds give (000: 2022–2023, 001: 2026–2029), section by section, the state each
/// seeded version really has, and the decisions the seeds document — what the seeds tell and no more (decision 0041):
/// 2022–2023 and 2024–2025 ended, decided and signed outside Perheverkko; 2026–2029 fixed for the parties' decisions,
/// not sent for signing (001 §24 leaves the date blank). The 2024–2025 text is not in the seeds, so that version has
/// no sections. Runs after <see cref="Organisations.NetworkSeeder"/>; a version that already has sections or has left
/// the draft state is left as it is.
/// </summary>
public sealed class AgreementTextSeeder(PerheverkkoDb db, TimeProvider clock)
{
    public sealed record VersionFact(string Period, AgreementStatus Status, DateOnly? InForceFrom, string? TextResource, IReadOnlyList<string> BackgroundDocuments);

    public static readonly IReadOnlyList<VersionFact> Versions =
    [
        new("2022-2023", AgreementStatus.Ended, null, "2022-2023.txt",
        [
            "Etelä-Savon lasten ja nuorten hyvinvointisuunnitelma 2019–2021",
            "Etelä-Savon lasten ja nuorten hyvinvointisuunnitelma 2022–2023",
            "Etelä-Savon perhekeskustoiminnan vuosittainen toimintasuunnitelma",
        ]),
        new("2024-2025", AgreementStatus.Ended, null, null, []),
        // 001 is the text the county's committee handled (its annex 1); §24 leaves the day it was sent for signing blank
        // (xx.xx.xxxx) and §3 lists the parties of 2024–2025 "to be updated after the decisions": out for decisions.
        new("2026-2029", AgreementStatus.OutForDecisions, null, "2026-2029.txt",
        [
            "Etelä-Savon lasten ja nuorten hyvinvointisuunnitelma 2024–2025",
            "Etelä-Savon perhekeskustoiminnan toimintasuunnitelma",
        ]),
    ];

    /// <summary>A party's decision as a seed document records it; <see cref="Section"/> is null where the seed gives only the date.</summary>
    public sealed record DecisionFact(string Period, string OrganisationSlug, string Organ, DateOnly MeetingDate, int? Section, string? RegisterNumber,
        string? Background, string? Proposal, string? Decision, string? Preparer, string? Presenter, string? AuthorisedToSign, DecisionStatus Status, string Source);

    /// <summary>
    /// The decisions the seeds document, in full. Officials are named by their office, as the minutes do (002 gives the
    /// acting administrative director's office and telephone, no name). "Käsitelty" without the outcome is
    /// <see cref="DecisionStatus.Processed"/>, not an approval.
    /// </summary>
    public static readonly IReadOnlyList<DecisionFact> Decisions =
    [
        // 002: "yhteistyösopimukselle 2022-2023, joka on käsitelty peruspalvelulautakunnassa 4.4.2022" — no § and no outcome.
        new("2022-2023", "sulkava", "Peruspalvelulautakunta", new DateOnly(2022, 4, 4), null, null, null, null, null, null, null, null,
            DecisionStatus.Processed, "002"),
        new("2024-2025", "sulkava", "Vapaa-aika- ja sivistyslautakunta", new DateOnly(2024, 2, 8), 4, "33/12.07.02/2022",
            string.Join("\n\n",
                "Etelä-Savon maakunnan alueella on aloitettu perhekeskustoiminta vuonna 2018 valtakunnallisen Lapsi- ja perhepalveluiden muutosohjelman (LAPE) myötä. Perhekeskuksia kehitetään alueellisina kehittämistöinä sekä kuntien ja eri toimijoiden omana kehittämistyönä. Maakunnallisessa yhteistyössä on luotu verkostomainen, yhteen sovittava perhekeskustoiminnan toimintamalli. Perhekeskuksia on maakunnan alueella kolme, Mikkelissä, Savonlinnassa ja Pieksämäellä. Etelä-Savon hyvinvointialueen perhekeskuskoordinaattori koordinoi alueen perhekeskustoimintaa ja kehittäjäverkostoja.",
                "Perhekeskustoiminnan tavoitteena on perheiden voimavarojen vahvistaminen, varhaisen tuen tarjoaminen sekä helposti saavutettavien sekä eri toimijoiden yhteen sovitettujen palvelujen järjestäminen.",
                "Sulkavalla on keskitytty kohtaamispaikkatoimintaan. Kohtaamispaikka on osa perhekeskustoimintaa. Kohtaamispaikka on sekä fyysinen paikka että toimijoiden yhteistyöverkosto. Perheille kohtaamispaikka tarjoaa mahdollisuutta osallistua, toimia vapaaehtoisena tai omaehtoisesti, saada ohjausta, neuvontaa ja tukea ja palveluja mahdollisimman helposti. Toiminnan vastuuhenkilönä on perhetyöntekijä tukenaan lape-työryhmä.",
                "Etelä-Savon perhekeskustoiminnan yhteistyösopimus 2024-2025 on jatkoa yhteistyösopimukselle 2022-2023, joka on käsitelty peruspalvelulautakunnassa 4.4.2022.",
                "Yhteistyösopimuksen tausta-asiakirjoina ovat Etelä-Savon lasten ja nuorten hyvinvointisuunnitelma 2019-2021 ja 2022-2023 sekä Etelä-Savon perhekeskustoiminnan toimintasuunnitelma.",
                "Kumppanuussopimus edellyttää kunnan tai yhteistyökumppanien (esim. Terveystalo) työntekijöiden työajan panostusta maakunnalliseen yhteistyöhön sekä kohtaamispaikkatyöhön soveltuvan tilan varaamista. Maakunnallisessa lasten, nuorten ja perheiden johtoryhmässä on Sulkavalta päiväkodin johtaja ja varajäsenenä yhtenäiskoulun apulaisrehtori.",
                "Yhteistyösopimus ei edellytä taloudellisia veloitteita.",
                "Liite: Etelä-Savon perhekeskustoiminnan yhteistyösopimus 2024-2025"),
            "Vapaa-aika- ja sivistyslautakunta hyväksyy Etelä-Savon perhekeskustoiminnan yhteistyösopimuksen ja valtuuttaa vs. hallintojohtajan allekirjoittamaan sopimuksen.",
            "Päätösehdotus hyväksyttiin.", "Vs. hallintojohtaja", "Vs. hallintojohtaja", "Vs. hallintojohtaja", DecisionStatus.Approved, "002"),
        // 001's page footer: "Hyvinvointilautakunta 24.11.2025 §66 Liite 1" — the agreement was the annex; the outcome is not in the seeds.
        new("2026-2029", SouthSavoNetwork.WellbeingCounty, "Hyvinvointilautakunta", new DateOnly(2025, 11, 24), 66, null,
            "Yhteistyösopimus 2026–2029 on käsittelyn liite 1.", null, null, null, null, null, DecisionStatus.Processed, "001"),
    ];

    /// <summary>
    /// 002 records Sulkava's handling of 2022–2023 (4.4.2022), after 000 §3's list (decisions 1.2.–15.3.2022, "the list is
    /// updated after"): Sulkava is added to that version's parties, not joined — the seeds do not say when it became one.
    /// </summary>
    public static readonly IReadOnlyList<(string Period, string OrganisationSlug, string ListedName)> PartiesAddedBySeeds =
    [
        ("2022-2023", "sulkava", "Sulkavan kunta"),
    ];

    /// <returns>How many rows were added.</returns>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        var ceasedOn = await db.Organisations.Where(o => o.ClosedOn != null).ToDictionaryAsync(o => o.Id, o => o.ClosedOn!.Value, cancellationToken);
        foreach (var fact in Versions)
        {
            var id = SeedIds.For("agreement-version", fact.Period);
            var version = await db.AgreementVersions.Include(v => v.Sections).Include(v => v.BackgroundDocuments).Include(v => v.Parties)
                .AsSplitQuery().SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
            if (version is null || version.Status != AgreementStatus.Draft || version.Sections.Count > 0) continue;
            var sections = fact.TextResource is null ? [] : Parse(ReadResource(fact.TextResource));
            foreach (var s in sections) version.AddSection(s.Number, s.Title, s.Body, null, null, now);
            version.SetBackgroundDocuments(fact.BackgroundDocuments.Select(d => (d, (string?)null)).ToList());
            version.RecordHistory(fact.Status, sections.Count == 0 ? null : AgreementText.Sha256(AgreementText.Canonical(sections)), fact.InForceFrom, ceasedOn);
            added += sections.Count + fact.BackgroundDocuments.Count;
            foreach (var (_, slug, listedName) in PartiesAddedBySeeds.Where(p => p.Period == fact.Period))
            {
                db.Parties.Add(new Party(SeedIds.For("party", $"{fact.Period}:{slug}"), version.Id, NetworkSeeder.OrganisationId(slug), listedName,
                    version.Parties.Max(p => p.Position) + 1));
                added++;
            }
            foreach (var d in Decisions.Where(d => d.Period == fact.Period))
            {
                var decision = new PartyDecision(SeedIds.For("party-decision", $"{fact.Period}:{d.OrganisationSlug}"), SeedIds.For("party", $"{fact.Period}:{d.OrganisationSlug}"));
                decision.Record(d.Organ, d.MeetingDate, d.Section, d.RegisterNumber, d.Background, d.Proposal, d.Decision, d.Preparer, d.Presenter,
                    d.AuthorisedToSign, d.Status, HelsinkiTime.DateOf(now), null, $"Siemenaineisto {d.Source}", now);
                db.PartyDecisions.Add(decision);
                added++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    public static string ReadResource(string name)
    {
        using var stream = typeof(AgreementTextSeeder).Assembly.GetManifestResourceStream($"Perheverkko.Web.Features.Agreements.SeedTexts.{name}")
            ?? throw new InvalidOperationException($"The seed text {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The seed text files: a line "§ N. Title" starts a section; the lines up to the next such line are its body.</summary>
    public static IReadOnlyList<SectionText> Parse(string text)
    {
        var sections = new List<SectionText>();
        (int Number, string Title)? heading = null;
        var body = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            var match = System.Text.RegularExpressions.Regex.Match(line, @"^§ (\d+)\. (.+)$");
            if (!match.Success) { body.Add(line); continue; }
            Flush();
            heading = (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value.Trim());
        }
        Flush();
        return sections;

        void Flush()
        {
            if (heading is { } h) sections.Add(new SectionText(h.Number, h.Title, AgreementText.Normalise(string.Join('\n', body)).TrimEnd('\n')));
            body.Clear();
        }
    }
}
