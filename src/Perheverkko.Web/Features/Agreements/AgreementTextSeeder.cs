using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>
/// The texts of the agreements the seeds give (000: 2022–2023, 001: 2026–2029), section by section, and the state
/// each seeded version really has: 2022–2023 and 2024–2025 ended, 2026–2029 in force. The 2024–2025 text is not in
/// the seeds, so that version has no sections. Runs after <see cref="Organisations.NetworkSeeder"/>; a version that
/// already has sections or has left the draft state is left as it is.
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
        // 001 leaves the day it was sent for signing open (xx.xx.xxxx); the period begins on 1 January 2026.
        new("2026-2029", AgreementStatus.InForce, new DateOnly(2026, 1, 1), "2026-2029.txt",
        [
            "Etelä-Savon lasten ja nuorten hyvinvointisuunnitelma 2024–2025",
            "Etelä-Savon perhekeskustoiminnan toimintasuunnitelma",
        ]),
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
