namespace Perheverkko.Web.Features.Agreements;

/// <summary>
/// The cooperation agreement for one period (2022–2023, 2024–2025, 2026–2029). The foundation holds only
/// who was a party when; the agreement workflow (text, decisions, signing) builds on this.
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
