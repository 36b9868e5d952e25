using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>The results' tables as one CSV, the way the contact channel's statistics download them.</summary>
public static class SurveyExport
{
    public static byte[] Csv(IReadOnlyList<ExportTable> tables)
    {
        var preamble = System.Text.Encoding.UTF8.GetPreamble().Length;
        var csv = new List<byte>();
        foreach (var table in tables)
        {
            // The table's title on a line of its own above its headers, so the sections of the file are named.
            byte[] bytes = [.. TableExport.Csv(new ExportTable(table.Title, [table.Title], [])), .. TableExport.Csv(table).Skip(preamble)];
            // One byte order mark at the start; the next tables follow after an empty line.
            csv.AddRange(csv.Count == 0 ? bytes : [.. "\r\n"u8.ToArray(), .. bytes.Skip(preamble)]);
        }
        return [.. csv];
    }
}
