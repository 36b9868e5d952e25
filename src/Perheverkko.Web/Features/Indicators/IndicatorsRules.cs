using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>The indicator rules (issue #17 item 5), each with its stable code and message, declared once.</summary>
public static class IndicatorsRules
{
    public static readonly Rule NotFound = new("indicator.not_found", "No such indicator.", RuleKind.NotFound);
    public static readonly Rule Duplicate = new("indicator.duplicate", "The region follows this Sotkanet indicator already.", Field: "sotkanetId");
    /// <summary>The file is not Sotkanet's JSON array or its CSV with a header row.</summary>
    public static readonly Rule MalformedFile = new("indicator.malformed_file", "The file is not Sotkanet's JSON or CSV data format.", Field: "file");
    public static readonly Rule MalformedRow = new("indicator.malformed_row", "The row lacks the indicator, region, year or gender, or a value is not a number.", Field: "file");
    public static readonly Rule UnknownIndicator = new("indicator.unknown_indicator", "The row's indicator is not one the region follows.", Field: "file");
    public static readonly Rule YearOutOfRange = new("indicator.year_out_of_range", "The row's year is not a sane statistics year (1990 to next year).", Field: "file");
    /// <summary>A data row names a Sotkanet region that the regions list does not have.</summary>
    public static readonly Rule UnknownRegion = new("indicator.unknown_region", "The row's region is not in Sotkanet's regions list.", Field: "file");
    /// <summary>No regions list given and none stored: Sotkanet's region ids cannot be turned into municipalities.</summary>
    public static readonly Rule RegionsMissing = new("indicator.regions_missing", "Give Sotkanet's regions list with the first import.", Field: "regions");
    public static readonly Rule MalformedRegions = new("indicator.malformed_regions", "The regions list is not Sotkanet's regions JSON.", Field: "regions");
    /// <summary>Sotkanet answered with an error or could not be reached; nothing was imported.</summary>
    public static readonly Rule SourceFailed = new("indicator.source_failed", "Sotkanet did not answer with data; nothing was imported.", RuleKind.Conflict);
    public static readonly Rule SourceNotConfigured = new("indicator.source_not_configured", "No Sotkanet address is set (Indicators:SotkanetBaseAddress).", RuleKind.Conflict);
}

/// <summary>An import refused at one row: the rule and the row's number (1 = the first data row), so the page and the API say which.</summary>
public sealed class IndicatorRowRefused(Rule rule, int row)
    : DomainRuleViolation(rule with { Message = $"Row {row}: {rule.Message}" })
{
    public int Row { get; } = row;
    public Rule Cause { get; } = rule;
}
