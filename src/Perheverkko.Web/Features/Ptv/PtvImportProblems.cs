namespace Perheverkko.Web.Features.Ptv;

/// <summary>The stable codes of why one entry of PTV's answer cannot be taken (<see cref="PtvProblem.Code"/>); texts <c>ptv.import.problem.*</c>.</summary>
public static class PtvImportProblems
{
    /// <summary>A service class, target group or life event outside PTV's code lists as the mapping knows them.</summary>
    public const string UnknownCode = "unknown_code";
    /// <summary>A municipality code that is not one of the region's municipalities (or none where one is needed).</summary>
    public const string MunicipalityNotInRegion = "municipality_not_in_region";
    /// <summary>A language that is not an ISO 639-1 code.</summary>
    public const string UnknownLanguage = "unknown_language";
    public const string NoFinnishName = "no_finnish_name";
    /// <summary>Only one coordinate, one that is not a number, or a point outside Finland after conversion to WGS84.</summary>
    public const string InvalidCoordinates = "invalid_coordinates";
    /// <summary>A text longer than the directory keeps.</summary>
    public const string TextTooLong = "text_too_long";
    /// <summary>Hours that cannot be read, or that close before they open.</summary>
    public const string InvalidHours = "invalid_hours";
    /// <summary>
    /// The PTV id belongs to an entry of another organisation here: an import never changes another organisation's entry
    /// (PTV lists a service under each organisation that produces it).
    /// </summary>
    public const string OtherOrganisation = "other_organisation";
}
