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
public sealed class AgreementVersion
{
    private AgreementVersion() { }
    public AgreementVersion(Guid id, int startYear, int endYear, string title)
    { Id = id; StartYear = startYear; EndYear = endYear; Title = title; }

    public Guid Id { get; private set; }
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
}

/// <summary>An organisation as a party to one agreement version (sopijaosapuoli).</summary>
public sealed class Party
{
    private Party() { }
    public Party(Guid id, Guid agreementVersionId, Guid organisationId, string listedName, int position)
    { Id = id; AgreementVersionId = agreementVersionId; OrganisationId = organisationId; ListedName = listedName; Position = position; }

    public Guid Id { get; private set; }
    public Guid AgreementVersionId { get; private set; }
    public Guid OrganisationId { get; private set; }
    /// <summary>The party's name exactly as the agreement text lists it.</summary>
    public string ListedName { get; private set; } = "";
    /// <summary>Order in the agreement's list (§3).</summary>
    public int Position { get; private set; }
}
