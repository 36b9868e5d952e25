namespace Perheverkko.Web.Features.Privacy;

/// <summary>The dates the public statements state. Change them when the text changes; each is reviewed at least yearly.</summary>
public static class Statements
{
    /// <summary>The privacy notice's text was last changed (its categories follow the code on every release).</summary>
    public static readonly DateOnly PrivacyNoticeUpdated = new(2026, 12, 5);

    /// <summary>The accessibility statement was prepared (306/2019 §15: kept up to date, reviewed yearly).</summary>
    public static readonly DateOnly AccessibilityStatementPrepared = new(2026, 12, 5);

    /// <summary>The page of the supervisory authority's accessibility work (Etelä-Suomen aluehallintovirasto).</summary>
    public const string SupervisoryAuthority = "https://www.saavutettavuusvaatimukset.fi/";
}
