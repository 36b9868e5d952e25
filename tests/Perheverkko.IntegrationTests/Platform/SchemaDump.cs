using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// A database's schema as sorted, self-contained text lines, one fact per line (a table, a column with its type,
/// nullability and default, an index, a constraint or foreign key, a trigger, a trigger function, a virtual table),
/// so two schemas compare as text and their difference reads as a list of lines. No rows are read, so the rows of
/// <c>__EFMigrationsHistory</c> do not count; its schema does. Columns are sorted by name: their position in the
/// table is not compared (a column added by a later migration sits at the end, one in a table made in one step
/// where EF Core puts it). The same code wrote the reference files in Data/ from the migrations before the squash.
/// </summary>
public static partial class SchemaDump
{
    public static Task<string> TakeAsync(DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.Sqlite ? SqliteAsync(connectionString) : PostgresAsync(connectionString);

    private static async Task<string> SqliteAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        var objects = await RowsAsync(connection, "SELECT type, name, tbl_name, sql FROM sqlite_master");
        foreach (var o in objects)
        {
            string type = o[0]!, name = o[1]!, table = o[2]!;
            var sql = o[3];
            switch (type)
            {
                case "table" when sql is not null && sql.StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase):
                    lines.Add($"virtual table {name}: {OneLine(sql)}");
                    break;
                case "table":
                    lines.Add($"table {name}");
                    await SqliteTableAsync(connection, name, sql ?? "", lines);
                    break;
                case "trigger":
                    lines.Add($"trigger {table}.{name}: {OneLine(sql!)}");
                    break;
                case "view":
                    lines.Add($"view {name}: {OneLine(sql!)}");
                    break;
                case "index":
                    break; // listed with its table, by pragma index_list
                default:
                    lines.Add($"{type} {name} on {table}: {OneLine(sql ?? "")}");
                    break;
            }
        }
        return Sorted(lines);
    }

    private static async Task SqliteTableAsync(SqliteConnection connection, string table, string createSql, List<string> lines)
    {
        foreach (var c in await RowsAsync(connection, $"SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo({Literal(table)})"))
            lines.Add($"column {table}.{c[0]}: {(c[1] is "" ? "(no type)" : c[1])}{(c[2] == "1" ? " NOT NULL" : " NULL")}"
                + (c[3] is null ? "" : $" DEFAULT {c[3]}")
                + (c[4] == "0" ? "" : $" PRIMARY KEY {c[4]}")
                + (c[5] == "0" ? "" : $" hidden {c[5]}"));
        // What only the CREATE TABLE text says: constraint names, AUTOINCREMENT, CHECK, COLLATE.
        foreach (Match m in ConstraintName().Matches(createSql))
            lines.Add($"constraint {table}.{m.Groups[1].Value}: {m.Groups[2].Value.ToUpperInvariant()}");
        foreach (Match m in Autoincrement().Matches(createSql))
            lines.Add($"autoincrement {table}.{m.Groups[1].Value}");
        foreach (Match m in Check().Matches(createSql))
            lines.Add($"check {table}: {m.Value}");
        foreach (Match m in Collate().Matches(createSql))
            lines.Add($"collate {table}: {m.Value}");

        foreach (var i in await RowsAsync(connection, $"SELECT name, \"unique\", origin, partial FROM pragma_index_list({Literal(table)})"))
        {
            var name = i[0]!;
            var columns = await RowsAsync(connection,
                $"SELECT name, \"desc\", coll FROM pragma_index_xinfo({Literal(name)}) WHERE key = 1 ORDER BY seqno");
            var where = "";
            if (i[3] == "1")
            {
                var sql = (await RowsAsync(connection, $"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = {Literal(name)}"))[0][0]!;
                where = " WHERE " + OneLine(sql[(sql.IndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase) + 7)..]).TrimEnd(';');
            }
            // Automatic indexes of UNIQUE and PRIMARY KEY constraints are named by position (sqlite_autoindex_T_1).
            lines.Add($"index {table}.{name}: {(i[1] == "1" ? "UNIQUE " : "")}({string.Join(", ", columns.Select(c => c[0] + (c[1] == "1" ? " DESC" : "") + (c[2] is null or "BINARY" ? "" : " COLLATE " + c[2])))})"
                + $" origin {i[2]}{where}");
        }

        var keys = await RowsAsync(connection, $"SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete, \"match\" FROM pragma_foreign_key_list({Literal(table)}) ORDER BY id, seq");
        foreach (var key in keys.GroupBy(k => k[0]))
        {
            var k = key.ToList();
            lines.Add($"foreign key {table}({string.Join(", ", k.Select(c => c[3]))}) REFERENCES {k[0][2]}({string.Join(", ", k.Select(c => c[4]))})"
                + $" ON UPDATE {k[0][5]} ON DELETE {k[0][6]} MATCH {k[0][7]}");
        }
    }

    private static async Task<string> PostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var r in await RowsAsync(connection, """
            SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
            """))
            lines.Add(r[1] switch { "S" => $"sequence {r[0]}", "v" => $"view {r[0]}", "m" => $"materialized view {r[0]}", _ => $"table {r[0]}" });
        foreach (var r in await RowsAsync(connection, """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),
                   NULLIF(a.attidentity::text, ''), NULLIF(a.attgenerated::text, ''), co.collname
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> (SELECT oid FROM pg_collation WHERE collname = 'default')
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
            """))
            lines.Add($"column {r[0]}.{r[1]}: {r[2]}{(r[3] == "True" ? " NOT NULL" : " NULL")}"
                + (r[4] is null ? "" : $" DEFAULT {r[4]}")
                + (r[5] is null ? "" : $" GENERATED {(r[5] == "a" ? "ALWAYS" : "BY DEFAULT")} AS IDENTITY")
                + (r[6] is null ? "" : $" GENERATED ({r[6]})")
                + (r[7] is null ? "" : $" COLLATE {r[7]}"));
        foreach (var r in await RowsAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
            lines.Add($"index {r[0]}.{r[1]}: {r[2]}");
        foreach (var r in await RowsAsync(connection, """
            SELECT c.relname, k.conname, pg_get_constraintdef(k.oid)
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public'
            """))
            lines.Add($"constraint {r[0]}.{r[1]}: {r[2]}");
        foreach (var r in await RowsAsync(connection, """
            SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND NOT t.tgisinternal
            """))
            lines.Add($"trigger {r[0]}.{r[1]}: {r[2]} (enabled {r[3]})");
        // Every function of the schema, which here are the trigger functions, with its whole definition.
        foreach (var r in await RowsAsync(connection, """
            SELECT p.proname, pg_get_function_identity_arguments(p.oid), pg_get_functiondef(p.oid)
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p')
            """))
            lines.Add($"function {r[0]}({r[1]}): {OneLine(r[2]!)}");
        foreach (var r in await RowsAsync(connection, "SELECT extname FROM pg_extension"))
            lines.Add($"extension {r[0]}");
        foreach (var r in await RowsAsync(connection, """
            SELECT t.typname, t.typtype FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'r', 'm') 
            """))
            lines.Add($"type {r[0]}: {r[1]}");
        return Sorted(lines);
    }

    /// <summary>A readable difference: the lines only the expected dump has (-) and those only the actual one has (+).</summary>
    public static string Difference(string expected, string actual)
    {
        var before = Lines(expected);
        var after = Lines(actual);
        var removed = before.Except(after, StringComparer.Ordinal).Select(l => (Line: l, Sign: '-'));
        var added = after.Except(before, StringComparer.Ordinal).Select(l => (Line: l, Sign: '+'));
        var diff = new StringBuilder();
        foreach (var (line, sign) in removed.Concat(added).OrderBy(x => x.Line, StringComparer.Ordinal).ThenBy(x => x.Sign))
            diff.Append(sign).Append(' ').AppendLine(line);
        return diff.ToString();
    }

    public static string[] Lines(string dump) => dump.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>One fact per line, sorted by the object it belongs to (its table) and then by kind and name.</summary>
    private static string Sorted(List<string> lines)
    {
        static string Key(string line)
        {
            var space = line.IndexOf(' ');
            var kind = line[..space];
            var rest = line[(space + 1)..];
            foreach (var second in new[] { "key ", "table ", "view " })
                if (rest.StartsWith(second, StringComparison.Ordinal)) { kind += " " + second.Trim(); rest = rest[second.Length..]; }
            var end = rest.IndexOfAny([':', '.', '(', ' ']);
            var owner = end < 0 ? rest : rest[..end];
            var order = kind switch { "table" => 0, "column" => 1, "constraint" => 2, "autoincrement" => 3, "check" => 4, "collate" => 5, "index" => 6, "foreign key" => 7, "trigger" => 8, _ => 9 };
            return $"{owner}\u0001{order}\u0001{line}";
        }
        return string.Join('\n', lines.Distinct().OrderBy(Key, StringComparer.Ordinal)) + "\n";
    }

    private static string OneLine(string sql) => Whitespace().Replace(sql, " ").Trim();
    private static string Literal(string value) => "'" + value.Replace("'", "''") + "'";

    private static async Task<List<string?[]>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(row);
        }
        return rows;
    }

    [GeneratedRegex(@"\s+")] private static partial Regex Whitespace();
    [GeneratedRegex("CONSTRAINT \"([^\"]+)\"\\s+(PRIMARY KEY|FOREIGN KEY|UNIQUE|CHECK)", RegexOptions.IgnoreCase)] private static partial Regex ConstraintName();
    [GeneratedRegex("(?<=[(,]\\s*)\"([^\"]+)\"[^,]*?\\bAUTOINCREMENT\\b", RegexOptions.IgnoreCase)] private static partial Regex Autoincrement();
    [GeneratedRegex(@"\bCHECK\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)", RegexOptions.IgnoreCase)] private static partial Regex Check();
    [GeneratedRegex(@"\bCOLLATE\s+\w+", RegexOptions.IgnoreCase)] private static partial Regex Collate();
}
