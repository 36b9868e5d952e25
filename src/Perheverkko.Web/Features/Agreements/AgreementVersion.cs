using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Tenancy;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>Where a version is in its life: drafted, decided on by each party, signed, in force, ended.</summary>
public enum AgreementStatus
{
    Draft,
    OutForDecisions,
    OutForSigning,
    InForce,
    Ended,
}

/// <summary>
/// The cooperation agreement for one period (2022–2023, 2024–2025, 2026–2029): who is a party, and where the
/// version is in its life. Freezing a draft fixes the SHA-256 of its canonical text; decisions and signatures
/// refer to that hash, so any later change of wording needs a new version.
/// </summary>
public sealed class AgreementVersion : IRegionOwned
{
    private AgreementVersion() { }
    public AgreementVersion(Guid id, Guid regionId, int startYear, int endYear, string title)
    { Id = id; RegionId = regionId; StartYear = startYear; EndYear = endYear; Title = title; }

    public Guid Id { get; private set; }
    /// <summary>The region whose agreement this is; its period is unique within the region.</summary>
    public Guid RegionId { get; private set; }
    public int StartYear { get; private set; }
    public int EndYear { get; private set; }
    public string Title { get; private set; } = "";
    public List<Party> Parties { get; private set; } = [];
    public AgreementStatus Status { get; private set; } = AgreementStatus.Draft;
    /// <summary>SHA-256 (lower-case hex) of the canonical text, set when the draft is frozen for decisions.</summary>
    public string? TextHash { get; private set; }
    public DateTime? FrozenAt { get; private set; }
    /// <summary>When the version was sent for signatures (001 §24 asks for the date).</summary>
    public DateTime? SentForSigningAt { get; private set; }
    /// <summary>The day the version entered into force: the day of the last signature (Europe/Helsinki).</summary>
    public DateOnly? InForceFrom { get; private set; }

    public string Period => $"{StartYear}–{EndYear}";

    /// <summary>
    /// Its decisions and signatures were made before Perheverkko, outside it (decision 0041): a version in force or
    /// ended that was never sent for signatures here. Only the seed makes such a version (<see cref="RecordHistory"/>);
    /// a round run here always has its sending date. Its parties show "recorded outside Perheverkko", not "0/1 signed".
    /// </summary>
    public bool SignedOutsidePerheverkko => SentForSigningAt is null && Status is AgreementStatus.InForce or AgreementStatus.Ended;
    /// <summary>The last day of the agreement period (the periods are calendar years).</summary>
    public DateOnly LastDay => new(EndYear, 12, 31);

    /// <summary>When a notice given on <paramref name="today"/> takes effect: by the region's terms, but never after the period.</summary>
    public static DateOnly NoticeEndDate(RegionTerms terms, DateOnly today, DateOnly versionLastDay) =>
        terms.NoticeEndDate(today) is var end && end > versionLastDay ? versionLastDay : end;

    // The text and its drafting (docs/agreement.md). Every change of wording goes through these methods, which
    // refuse once the version is frozen.
    public List<AgreementSection> Sections { get; private set; } = [];
    public List<BackgroundDocument> BackgroundDocuments { get; private set; } = [];

    /// <summary>The period as it is written in addresses: "2026-2029".</summary>
    public string Slug => $"{StartYear}-{EndYear}";

    /// <summary>A new draft for another period with the text, background documents and parties of <paramref name="previous"/>.</summary>
    public static AgreementVersion DraftFrom(AgreementVersion previous, Guid id, int startYear, int endYear, string title, DateTime now)
    {
        RuleCheck.That(endYear >= startYear, AgreementRules.PeriodInvalid);
        var draft = new AgreementVersion(id, previous.RegionId, startYear, endYear, title);
        draft.Sections.AddRange(previous.Sections.Select(s =>
            new AgreementSection(Guid.CreateVersion7(), id, s.Number, s.Title, s.Body, s.TitleSv, s.BodySv, now)));
        draft.BackgroundDocuments.AddRange(previous.BackgroundDocuments.Select(d =>
            new BackgroundDocument(Guid.CreateVersion7(), id, d.Position, d.Title, d.Url)));
        draft.Parties.AddRange(previous.Parties.Select(p =>
            new Party(Guid.CreateVersion7(), id, p.OrganisationId, p.ListedName, p.Position)));
        return draft;
    }

    public AgreementSection AddSection(int number, string title, string body, string? titleSv, string? bodySv, DateTime now)
    {
        RequireDraftText();
        RuleCheck.That(Sections.All(s => s.Number != number), AgreementRules.SectionNumberTaken);
        var section = new AgreementSection(Guid.CreateVersion7(), Id, number, title, body, titleSv, bodySv, now);
        Sections.Add(section);
        return section;
    }

    public void ChangeSection(int number, int newNumber, string title, string body, string? titleSv, string? bodySv, DateTime now)
    {
        RequireDraftText();
        var section = SectionNumbered(number);
        RuleCheck.That(newNumber == number || Sections.All(s => s.Number != newNumber), AgreementRules.SectionNumberTaken);
        section.Change(newNumber, title, body, titleSv, bodySv, now);
    }

    public void RemoveSection(int number, bool hasComments)
    {
        RequireDraftText();
        var section = SectionNumbered(number);
        RuleCheck.That(!hasComments, AgreementRules.SectionHasComments);
        Sections.Remove(section);
    }

    public void SetBackgroundDocuments(IReadOnlyList<(string Title, string? Url)> documents)
    {
        RequireDraftText();
        BackgroundDocuments.Clear();
        BackgroundDocuments.AddRange(documents.Select((d, i) => new BackgroundDocument(Guid.CreateVersion7(), Id, i + 1, d.Title, d.Url)));
    }

    public AgreementSection SectionNumbered(int number) =>
        Sections.SingleOrDefault(s => s.Number == number) ?? throw new NotFoundException(AgreementRules.SectionNotFound);

    /// <summary>Fixes the text for the parties' decisions (Draft → OutForDecisions); <paramref name="textHash"/> is <see cref="AgreementText.Sha256"/> of the canonical text.</summary>
    public void Freeze(string textHash, DateTime at)
    {
        RuleCheck.That(Status == AgreementStatus.Draft, AgreementRules.NotADraft);
        RuleCheck.That(Sections.Count > 0, AgreementRules.NoSections);
        TextHash = textHash;
        FrozenAt = at;
        Status = AgreementStatus.OutForDecisions;
    }

    /// <summary>
    /// The seed only: a version that was decided, signed and ended (or is in force) before this system existed gets
    /// its known state at once (or, like 2026–2029, only its text fixed for the parties' decisions: decision 0041).
    /// The dates of its decisions and signatures are not in the seeds. An organisation that
    /// ceased during the period (<paramref name="ceasedOn"/>: Essote and Sosteri on 31.12.2022) stops being a party on
    /// that day.
    /// </summary>
    internal void RecordHistory(AgreementStatus status, string? textHash, DateOnly? inForceFrom, IReadOnlyDictionary<Guid, DateOnly> ceasedOn)
    {
        Status = status; TextHash = textHash; InForceFrom = inForceFrom;
        if (status is not (AgreementStatus.InForce or AgreementStatus.Ended)) return;
        // Its parties were parties from the start of the period; an ended version's parties until its last day.
        foreach (var party in Parties) party.Join(inForceFrom ?? new DateOnly(StartYear, 1, 1));
        foreach (var party in Parties)
            if (ceasedOn.TryGetValue(party.OrganisationId, out var day) && day < LastDay && day >= party.JoinedOn!.Value.AddDays(-1)) party.Leave(day);
        if (status != AgreementStatus.Ended) return;
        EndedOn = new DateOnly(EndYear, 12, 31);
        foreach (var party in Parties) party.EndWithVersion(EndedOn.Value);
    }

    private void RequireDraftText() => RuleCheck.That(Status == AgreementStatus.Draft, AgreementRules.TextFrozen);

    // ---- Signing lifecycle (decisions, signatures, entry into force, end): Features/Agreements/Signing/ ----

    /// <summary>The last day the version was in force, once it has ended.</summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>The date of 001 §24 ("lähetetty allekirjoitettavaksi"): from here on the named signatories may sign.</summary>
    public void SendForSigning(DateTime now)
    {
        RuleCheck.That(Status == AgreementStatus.OutForDecisions && TextHash is not null, SigningRules.NotOutForDecisions);
        Status = AgreementStatus.OutForSigning;
        SentForSigningAt = now;
    }

    /// <summary>Called when the last party's signing rule is met (001 §24); <paramref name="day"/> is that signature's Helsinki date.</summary>
    public void EnterIntoForce(DateOnly day)
    {
        RuleCheck.That(Status == AgreementStatus.OutForSigning, SigningRules.NotOutForSigning);
        Status = AgreementStatus.InForce;
        InForceFrom = day;
    }

    public void End(DateOnly lastDay)
    {
        RuleCheck.That(Status == AgreementStatus.InForce, SigningRules.NotInForce);
        RuleCheck.That(InForceFrom is { } from && lastDay >= from, SigningRules.EndBeforeStart);
        Status = AgreementStatus.Ended;
        EndedOn = lastDay;
    }
}
