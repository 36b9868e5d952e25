using System.Globalization;
using System.Text.Json;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>One row of Sotkanet's data format (REST 1.1): indicator, Sotkanet region id, year, gender, value.</summary>
public sealed record SotkanetRow(int Row, int Indicator, int Region, int Year, string Gender, double? Value);

/// <summary>One entry of Sotkanet's regions list: its own id, the category (KUNTA for a municipality) and the official code.</summary>
public sealed record SotkanetRegion(int Id, string Category, string Code);

/// <summary>
/// Reads THL Sotkanet's public formats: the data of <c>/rest/1.1/json</c> (an array of
/// <c>{"indicator":127,"region":833,"year":2022,"gender":"total","value":12.3,"absValue":…}</c>), its CSV export (a header row,
/// semicolon separated — a comma is accepted too — with the same column names, decimals with a point or a comma) and the
/// regions list of <c>/rest/1.1/regions</c>. A row that does not parse refuses the whole file, naming the row.
/// </summary>
public static class SotkanetFormat
{
    public static IReadOnlyList<SotkanetRow> ReadData(string content)
    {
        var text = content.TrimStart('\uFEFF').TrimStart();
        return text.StartsWith('[') ? ReadJson(text) : ReadCsv(text);
    }

    private static List<SotkanetRow> ReadJson(string text)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(text); }
        catch (JsonException) { throw new DomainRuleViolation(IndicatorsRules.MalformedFile); }
        using (document)
        {
            var rows = new List<SotkanetRow>();
            var number = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                number++;
                if (item.ValueKind != JsonValueKind.Object) throw new IndicatorRowRefused(IndicatorsRules.MalformedRow, number);
                var indicator = Int(item, "indicator");
                var region = Int(item, "region");
                var year = Int(item, "year");
                var gender = item.TryGetProperty("gender", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString() : null;
                double? value = null;
                var valueOk = true;
                if (item.TryGetProperty("value", out var v) && v.ValueKind != JsonValueKind.Null)
                    if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d)) value = d; else valueOk = false;
                if (indicator is null || region is null || year is null || string.IsNullOrEmpty(gender) || !valueOk)
                    throw new IndicatorRowRefused(IndicatorsRules.MalformedRow, number);
                rows.Add(new SotkanetRow(number, indicator.Value, region.Value, year.Value, gender, value));
            }
            return rows;
        }

        static int? Int(JsonElement item, string name) =>
            item.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var i) ? i : null;
    }

    private static List<SotkanetRow> ReadCsv(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0) throw new DomainRuleViolation(IndicatorsRules.MalformedFile);
        var separator = lines[0].Contains(';') ? ';' : ',';
        var header = lines[0].Split(separator).Select(h => h.Trim().Trim('"').ToLowerInvariant()).ToList();
        int Column(string name) => header.IndexOf(name);
        var (ci, cr, cy, cg, cv) = (Column("indicator"), Column("region"), Column("year"), Column("gender"), Column("value"));
        if (ci < 0 || cr < 0 || cy < 0 || cg < 0 || cv < 0) throw new DomainRuleViolation(IndicatorsRules.MalformedFile);
        var rows = new List<SotkanetRow>();
        for (var i = 1; i < lines.Count; i++)
        {
            var cells = lines[i].Split(separator).Select(c => c.Trim().Trim('"')).ToList();
            if (cells.Count != header.Count) throw new IndicatorRowRefused(IndicatorsRules.MalformedRow, i);
            var valueText = cells[cv];
            double? value = null;
            var valueOk = valueText.Length == 0 || TryNumber(valueText, out var parsed) && (value = parsed) is not null;
            if (!int.TryParse(cells[ci], NumberStyles.Integer, CultureInfo.InvariantCulture, out var indicator)
                || !int.TryParse(cells[cr], NumberStyles.Integer, CultureInfo.InvariantCulture, out var region)
                || !int.TryParse(cells[cy], NumberStyles.Integer, CultureInfo.InvariantCulture, out var year)
                || cells[cg].Length == 0 || !valueOk)
                throw new IndicatorRowRefused(IndicatorsRules.MalformedRow, i);
            rows.Add(new SotkanetRow(i, indicator, region, year, cells[cg], value));
        }
        return rows;

        static bool TryNumber(string s, out double d) =>
            double.TryParse(s.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out d) && double.IsFinite(d);
    }

    /// <summary>The municipalities of Sotkanet's regions list (category KUNTA) by Sotkanet's own id.</summary>
    public static IReadOnlyList<SotkanetRegion> ReadRegions(string content)
    {
        try
        {
            using var document = JsonDocument.Parse(content.TrimStart('\uFEFF'));
            var regions = new List<SotkanetRegion>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (!item.TryGetProperty("id", out var id) || !id.TryGetInt32(out var idValue)) throw new DomainRuleViolation(IndicatorsRules.MalformedRegions);
                var category = item.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
                var code = item.TryGetProperty("code", out var k) ? k.ValueKind switch
                {
                    JsonValueKind.String => k.GetString()!,
                    JsonValueKind.Number => k.GetRawText(),
                    _ => "",
                } : "";
                regions.Add(new SotkanetRegion(idValue, category, code));
            }
            return regions;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new DomainRuleViolation(IndicatorsRules.MalformedRegions);
        }
    }
}
