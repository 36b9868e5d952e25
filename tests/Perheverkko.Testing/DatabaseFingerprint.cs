using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Testing;

/// <summary>
/// A hash of every row of every table, for "a failed request changes nothing". The audit trail is left out (denied and
/// failed attempts are recorded there on purpose), as are the data-protection keys and a token's last-use time.
/// The search index's tables, which EF Core does not know, are included.
/// </summary>
public static class DatabaseFingerprint
{
    private static readonly HashSet<string> Ignored = ["AuditRecords", "DataProtectionKeys", "__EFMigrationsHistory"];

    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(TestApp app) => await app.WithDbAsync(async db =>
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct()
            .Where(t => !Ignored.Contains(t))
            // The search index is outside the model (Platform/Search); a failed request must not change it either.
            .Concat(db.Database.IsNpgsql() ? ["search_index"] : ["search_items", "search_terms"])
            .Order().ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var result = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync()) rows.Add(Row(reader, table));
            rows.Sort(StringComparer.Ordinal);
            result[table] = $"{rows.Count} rows, " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows))))[..16];
        }
        return (IReadOnlyDictionary<string, string>)result;
    });

    private static string Row(DbDataReader reader, string table)
    {
        var values = new StringBuilder();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (table == "AccessTokens" && reader.GetName(i) == "LastUsedAt") continue;
            values.Append(reader.GetName(i)).Append('=').Append(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
        }
        return values.ToString();
    }
}
