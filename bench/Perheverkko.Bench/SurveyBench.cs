using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Features.FamilySurvey;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Bench;

/// <summary>
/// The family survey at national scale (issue 17, "Done when"): one survey of the seeded template (7 scale questions, a
/// multiple choice and a free text) answered 1,000,000 times by families of 300 municipalities and five age groups,
/// then the annual report's figures — every counted question by municipality and by age group — timed as the app makes
/// them (<see cref="SurveyResultsQueries.CountsAsync"/>, and with the small-cell rule, <see cref="SurveyResultsQueries.FiguresAsync"/>)
/// beside a hand-written SQL GROUP BY of the same figures, in the same run on the same database; the report section's rendering (charts, PDF) is timed apart.
/// </summary>
public static class SurveyBench
{
    private const int Municipalities = 300;
    private const int Year = 2020; // a year no demo or test survey uses

    public static async Task<int> RunAsync(string[] args)
    {
        var answers = 1_000_000;
        var repeats = 5;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--answers" && i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000_000) answers = n;
            else if (args[i] == "--repeats" && i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 100) repeats = r;
            else { Console.Error.WriteLine($"bad argument: {args[i]}"); return 2; }
        }
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["Seed:DemoData"] = "false";
        builder.Configuration["Jobs:Enabled"] = "false";
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.AddPerheverkko();
        await using var app = builder.Build();
        await app.Services.PrepareDatabaseAsync(seed: true);

        Guid surveyId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerheverkkoDb>();
            Console.WriteLine($"survey bench on {db.Database.ProviderName}");
            var existing = await db.Surveys.AcrossRegions().Where(s => s.RegionId == NetworkSeeder.SouthSavo && s.Year == Year).Select(s => (Guid?)s.Id).SingleOrDefaultAsync();
            if (existing is { } id && await db.SurveyResponses.AcrossRegions().CountAsync(r => r.SurveyId == id) == answers)
            {
                surveyId = id;
                Console.WriteLine($"The survey with {answers:N0} answers is already there.");
            }
            else
            {
                if (existing is { } old)
                {
                    await db.SurveyResponses.AcrossRegions().Where(r => r.SurveyId == old).ExecuteDeleteAsync();
                    await db.Surveys.AcrossRegions().Where(s => s.Id == old).ExecuteDeleteAsync();
                }
                surveyId = await FillAsync(db, answers);
            }
        }

        // Warm up once (query plans, JIT), then the best of the repeats for each: the app's query and the hand-written one.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerheverkkoDb>();
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"SurveyAnswers\"; ANALYZE \"SurveyResponses\";");
            else await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }
        var (appTime, appCounts) = await BestAsync(repeats, async sp =>
        {
            var counts = await sp.GetRequiredService<SurveyResultsQueries>().CountsAsync(surveyId, CancellationToken.None);
            return counts.ByMunicipality.Sum(c => (long)c.Count) + counts.ByAgeGroup.Sum(c => (long)c.Count) + counts.Responses;
        }, app.Services);
        var (figuresTime, _) = await BestAsync(repeats, async sp =>
        {
            var db = sp.GetRequiredService<PerheverkkoDb>();
            var survey = await db.Surveys.AsNoTracking().AcrossRegions().Include(s => s.Questions).ThenInclude(q => q.Options).SingleAsync(s => s.Id == surveyId);
            var view = await sp.GetRequiredService<SurveyResultsQueries>().FiguresAsync(survey, "fi", CancellationToken.None);
            return view.Questions.Count;
        }, app.Services);
        var (sqlTime, sqlCounts) = await BestAsync(repeats, async sp => await HandWrittenAsync(sp.GetRequiredService<PerheverkkoDb>(), surveyId), app.Services);

        Console.WriteLine($"answers: {answers:N0} responses, {await CountAnswerRowsAsync(app.Services, surveyId):N0} counted rows, {Municipalities} municipalities");
        Console.WriteLine($"same figures: {(appCounts == sqlCounts ? "yes" : $"NO ({appCounts} vs {sqlCounts})")}");
        Console.WriteLine($"hand-written SQL GROUP BY:                 {sqlTime.TotalMilliseconds,8:F0} ms");
        Console.WriteLine($"app counts (SurveyResultsQueries.CountsAsync):  {appTime.TotalMilliseconds,8:F0} ms   ratio {appTime / sqlTime:F2}");
        Console.WriteLine($"app figures with the small-cell rule (FiguresAsync): {figuresTime.TotalMilliseconds,8:F0} ms   ratio {figuresTime / sqlTime:F2}");
        Console.WriteLine(await RenderingAsync(repeats, app.Services));
        Console.WriteLine($"memory: peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB, GC heap {GC.GetTotalMemory(false) / (1024 * 1024)} MiB");
        return appTime / sqlTime <= 3 ? 0 : 1;
    }

    /// <summary>
    /// Rendering, timed apart from counting as the issue asks: the annual report's survey section is made once
    /// (<see cref="SurveyReportSection"/>, its counting included), then the best of the repeats of drawing its charts as
    /// SVG (<see cref="ReportCharts.Svg"/>, the report page) and of the section's PDF (<see cref="AnnualReportQueries.Pdf"/>).
    /// </summary>
    private static async Task<string> RenderingAsync(int repeats, IServiceProvider services)
    {
        try
        {
            using var scope = services.CreateScope();
            var source = scope.ServiceProvider.GetServices<IAnnualReportSource>().OfType<SurveyReportSection>().Single();
            var clock = Stopwatch.StartNew();
            var section = await source.SectionAsync(NetworkSeeder.SouthSavo, Year, "fi", CancellationToken.None);
            var sectionTime = clock.Elapsed;
            if (section is null) return "rendering: not measured (the annual report has no survey section)";
            TimeSpan svg = TimeSpan.MaxValue, pdf = TimeSpan.MaxValue;
            var svgChars = 0L;
            var pdfBytes = 0;
            for (var i = 0; i <= repeats; i++)
            {
                clock.Restart();
                svgChars = section.Charts.Select((c, n) => (long)ReportCharts.Svg(c, $"survey-chart-{n}").Length).Sum();
                if (i > 0 && clock.Elapsed < svg) svg = clock.Elapsed;
                clock.Restart();
                pdfBytes = AnnualReportQueries.Pdf("Vuosiraportti 2020", new LocalizedText(""), [section], "fi").Length;
                if (i > 0 && clock.Elapsed < pdf) pdf = clock.Elapsed;
            }
            return $"rendering (apart): the report's survey section {sectionTime.TotalMilliseconds:F0} ms once (counting included); "
                + $"its {section.Charts.Count} charts as SVG {svg.TotalMilliseconds:F1} ms ({svgChars:N0} characters); its PDF {pdf.TotalMilliseconds:F0} ms ({pdfBytes:N0} bytes)";
        }
        catch (Exception e)
        {
            return $"rendering: not measured ({e.GetType().Name}: {e.Message})";
        }
    }

    private static async Task<(TimeSpan Best, long Result)> BestAsync(int repeats, Func<IServiceProvider, Task<long>> run, IServiceProvider services)
    {
        var best = TimeSpan.MaxValue;
        long result = 0;
        for (var i = 0; i <= repeats; i++)
        {
            using var scope = services.CreateScope();
            var clock = Stopwatch.StartNew();
            result = await run(scope.ServiceProvider);
            if (i > 0 && clock.Elapsed < best) best = clock.Elapsed; // the first is the warm-up
        }
        return (best, result);
    }

    /// <summary>The same figures as one would write them by hand: two GROUP BYs and a count, summed to compare.</summary>
    private static async Task<long> HandWrittenAsync(PerheverkkoDb db, Guid surveyId)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        long total = 0;
        foreach (var sql in new[]
        {
            "SELECT \"QuestionId\", \"OptionId\", \"Value\", \"MunicipalityId\", COUNT(*) FROM \"SurveyAnswers\" WHERE \"SurveyId\" = @s GROUP BY \"QuestionId\", \"OptionId\", \"Value\", \"MunicipalityId\"",
            "SELECT \"QuestionId\", \"OptionId\", \"Value\", \"AgeGroup\", COUNT(*) FROM \"SurveyAnswers\" WHERE \"SurveyId\" = @s GROUP BY \"QuestionId\", \"OptionId\", \"Value\", \"AgeGroup\"",
            "SELECT COUNT(*) FROM \"SurveyResponses\" WHERE \"SurveyId\" = @s",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            AddParameter(command, "@s", Key(db, surveyId));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) total += reader.GetInt64(reader.FieldCount - 1);
        }
        return total;
    }

    private static async Task<long> CountAnswerRowsAsync(IServiceProvider services, Guid surveyId)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PerheverkkoDb>().SurveyAnswers.AcrossRegions().LongCountAsync(a => a.SurveyId == surveyId);
    }

    /// <summary>A Guid as the provider stores it: uuid on PostgreSQL, upper-case text on SQLite (EF Core's mapping).</summary>
    private static object Key(PerheverkkoDb db, Guid? id) =>
        id is not { } g ? DBNull.Value : db.Database.IsNpgsql() ? g : g.ToString().ToUpperInvariant();

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    private static async Task<Guid> FillAsync(PerheverkkoDb db, int answers)
    {
        var clock = Stopwatch.StartNew();
        // 300 municipalities in the survey's region (the seeded South Savo ones and generated ones), so the tables are national-sized.
        var municipalities = await db.Municipalities.Where(m => m.RegionId == NetworkSeeder.SouthSavo).Select(m => m.Id).ToListAsync();
        var usedCodes = (await db.Municipalities.Select(m => m.Code).ToListAsync()).ToHashSet();
        var usedSlugs = (await db.Municipalities.Select(m => m.Slug).ToListAsync()).ToHashSet();
        for (int code = 100, n = 0; municipalities.Count < Municipalities && code < 1000; code++)
        {
            var c = code.ToString(CultureInfo.InvariantCulture);
            var slug = $"bench-kunta-{n++}";
            if (usedCodes.Contains(c) || usedSlugs.Contains(slug)) continue;
            var municipality = new Municipality(SeedIds.For("bench-survey-municipality", slug), slug, c, new LocalizedText($"Vertailukunta {n}"), NetworkSeeder.SouthSavo);
            db.Municipalities.Add(municipality);
            municipalities.Add(municipality.Id);
        }
        await db.SaveChangesAsync();

        var now = DateTime.UtcNow;
        var survey = new Survey(Guid.CreateVersion7(), NetworkSeeder.SouthSavo, Year, SurveyTemplate.For(Year, new DateOnly(Year + 1, 1, 7)), now);
        survey.Open(1, now);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        var questions = survey.Questions.OrderBy(q => q.Order).ToList();
        var random = new Random(17);
        var ages = Enum.GetValues<ChildAgeGroup>();

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var postgres = db.Database.IsNpgsql();
        // A bulk load: the answers' two indexes are dropped during it and made again after (the same definitions as the
        // migration's), as one would load a table this size. The rows are made in batches in memory and written in one
        // transaction per batch: on PostgreSQL by binary COPY, on SQLite by prepared multi-row INSERTs re-used.
        foreach (var (drop, _) in Indexes) await db.Database.ExecuteSqlRawAsync(drop);
        const int batch = 50_000;
        var rows = 0L;
        var responses = new List<ResponseRow>(batch);
        var answerRows = new List<AnswerRow>(batch * 10);
        using var sqlite = postgres ? null : new SqliteWriter(connection);
        for (var start = 0; start < answers; start += batch)
        {
            responses.Clear();
            answerRows.Clear();
            for (var i = start; i < Math.Min(answers, start + batch); i++)
            {
                var id = Guid.CreateVersion7();
                // Larger municipalities answer more (a skewed spread); a tenth do not say, nor their children's age.
                Guid? municipality = random.Next(10) == 0 ? null : municipalities[(int)(Math.Pow(random.NextDouble(), 2) * municipalities.Count)];
                string? age = random.Next(10) == 0 ? null : ages[random.Next(ages.Length)].ToString();
                var day = new DateOnly(Year + 1, 1, 7).AddDays(random.Next(40));
                responses.Add(new ResponseRow(id, municipality, age, day));
                foreach (var q in questions)
                {
                    if (q.Kind == SurveyQuestionKind.FreeText || random.Next(10) == 0) continue;
                    var chosen = q.Kind == SurveyQuestionKind.Scale
                        ? [(Option: (Guid?)null, Value: (int?)(1 + Math.Min(4, (int)(random.NextDouble() * random.NextDouble() * 5 + random.Next(3)))))]
                        : q.Options.Where(_ => random.Next(3) == 0).Select(o => (Option: (Guid?)o.Id, Value: (int?)null)).ToList();
                    foreach (var (option, value) in chosen)
                        answerRows.Add(new AnswerRow(Guid.CreateVersion7(), id, q.Id, option, value, municipality, age, day));
                }
            }
            if (postgres) await CopyAsync((Npgsql.NpgsqlConnection)connection, survey.RegionId, survey.Id, responses, answerRows);
            else await sqlite!.WriteAsync(survey.RegionId, survey.Id, responses, answerRows);
            rows += answerRows.Count;
            if (start / batch % 4 == 0) Console.WriteLine($"bench: {Math.Min(answers, start + batch):N0} answers, {rows:N0} rows, {clock.Elapsed.TotalSeconds:F0} s");
        }
        var indexing = Stopwatch.StartNew();
        foreach (var (_, create) in Indexes) await db.Database.ExecuteSqlRawAsync(create);
        Console.WriteLine($"Indexed in {indexing.Elapsed.TotalSeconds:F0} s.");
        Console.WriteLine($"Filled {answers:N0} answers ({rows:N0} counted rows) in {clock.Elapsed.TotalSeconds:F0} s{(postgres ? " on PostgreSQL" : " on SQLite")}.");
        return survey.Id;
    }

    private readonly record struct ResponseRow(Guid Id, Guid? Municipality, string? Age, DateOnly Day);
    private readonly record struct AnswerRow(Guid Id, Guid Response, Guid Question, Guid? Option, int? Value, Guid? Municipality, string? Age, DateOnly Day);

    /// <summary>PostgreSQL: one binary COPY of the batch's responses, then one of their answers, in one transaction.</summary>
    private static async Task CopyAsync(Npgsql.NpgsqlConnection connection, Guid regionId, Guid surveyId, List<ResponseRow> responses, List<AnswerRow> answers)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"SurveyResponses\" (\"Id\", \"RegionId\", \"SurveyId\", \"MunicipalityId\", \"AgeGroup\", \"AnsweredOn\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in responses)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(regionId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(surveyId, NpgsqlDbType.Uuid);
                if (r.Municipality is { } m) await copy.WriteAsync(m, NpgsqlDbType.Uuid); else await copy.WriteNullAsync();
                if (r.Age is { } a) await copy.WriteAsync(a, NpgsqlDbType.Varchar); else await copy.WriteNullAsync();
                await copy.WriteAsync(r.Day, NpgsqlDbType.Date);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"SurveyAnswers\" (\"Id\", \"RegionId\", \"SurveyId\", \"ResponseId\", \"QuestionId\", \"OptionId\", \"Value\", \"MunicipalityId\", \"AgeGroup\", \"AnsweredOn\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in answers)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(regionId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(surveyId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(r.Response, NpgsqlDbType.Uuid);
                await copy.WriteAsync(r.Question, NpgsqlDbType.Uuid);
                if (r.Option is { } o) await copy.WriteAsync(o, NpgsqlDbType.Uuid); else await copy.WriteNullAsync();
                if (r.Value is { } v) await copy.WriteAsync(v, NpgsqlDbType.Integer); else await copy.WriteNullAsync();
                if (r.Municipality is { } m) await copy.WriteAsync(m, NpgsqlDbType.Uuid); else await copy.WriteNullAsync();
                if (r.Age is { } a) await copy.WriteAsync(a, NpgsqlDbType.Varchar); else await copy.WriteNullAsync();
                await copy.WriteAsync(r.Day, NpgsqlDbType.Date);
            }
            await copy.CompleteAsync();
        }
        await transaction.CommitAsync();
    }

    /// <summary>
    /// SQLite: prepared INSERTs of <see cref="RowsPerInsert"/> rows each (and a one-row one for the remainder), made once
    /// and re-used for every batch, one transaction per batch. Keys as EF Core stores them (upper-case text), days as text.
    /// </summary>
    private sealed class SqliteWriter(DbConnection connection) : IDisposable
    {
        private const int RowsPerInsert = 50; // 10 columns × 50 = 500 parameters per statement
        private static readonly string[] ResponseColumns = ["Id", "RegionId", "SurveyId", "MunicipalityId", "AgeGroup", "AnsweredOn"];
        private static readonly string[] AnswerColumns = ["Id", "RegionId", "SurveyId", "ResponseId", "QuestionId", "OptionId", "Value", "MunicipalityId", "AgeGroup", "AnsweredOn"];
        private readonly Dictionary<(string Table, int Rows), DbCommand> commands = [];

        public async Task WriteAsync(Guid regionId, Guid surveyId, List<ResponseRow> responses, List<AnswerRow> answers)
        {
            var region = Text(regionId);
            var survey = Text(surveyId);
            await using var transaction = await connection.BeginTransactionAsync();
            await InsertAsync(transaction, "SurveyResponses", ResponseColumns, responses.Count, (i, v) =>
            {
                var r = responses[i];
                v[0] = Text(r.Id); v[1] = region; v[2] = survey; v[3] = Text(r.Municipality); v[4] = (object?)r.Age ?? DBNull.Value; v[5] = Text(r.Day);
            });
            await InsertAsync(transaction, "SurveyAnswers", AnswerColumns, answers.Count, (i, v) =>
            {
                var a = answers[i];
                v[0] = Text(a.Id); v[1] = region; v[2] = survey; v[3] = Text(a.Response); v[4] = Text(a.Question); v[5] = Text(a.Option);
                v[6] = a.Value is { } n ? n : DBNull.Value; v[7] = Text(a.Municipality); v[8] = (object?)a.Age ?? DBNull.Value; v[9] = Text(a.Day);
            });
            await transaction.CommitAsync();
        }

        private async Task InsertAsync(DbTransaction transaction, string table, string[] columns, int count, Action<int, object[]> fill)
        {
            var values = new object[columns.Length];
            for (var start = 0; start < count;)
            {
                var n = count - start >= RowsPerInsert ? RowsPerInsert : 1;
                var command = await CommandAsync(table, columns, n);
                command.Transaction = transaction;
                for (var row = 0; row < n; row++)
                {
                    fill(start + row, values);
                    for (var c = 0; c < columns.Length; c++) command.Parameters[row * columns.Length + c].Value = values[c];
                }
                await command.ExecuteNonQueryAsync();
                start += n;
            }
        }

        private async Task<DbCommand> CommandAsync(string table, string[] columns, int rows)
        {
            if (commands.TryGetValue((table, rows), out var existing)) return existing;
            var command = connection.CreateCommand();
            var text = new System.Text.StringBuilder($"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ");
            for (var row = 0; row < rows; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = $"@p{row * columns.Length + c}";
                    text.Append(c == 0 ? name : ", " + name);
                    AddParameter(command, name, DBNull.Value);
                }
                text.Append(')');
            }
            command.CommandText = text.ToString();
            commands[(table, rows)] = command;
            return command;
        }

        private static object Text(Guid? id) => id is { } g ? g.ToString().ToUpperInvariant() : DBNull.Value;
        private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public void Dispose()
        {
            foreach (var command in commands.Values) command.Dispose();
        }
    }

    /// <summary>The answers' indexes as the migration makes them: the statement that drops each and the one that makes it.</summary>
    private static readonly (string Drop, string Create)[] Indexes =
    [
        ("DROP INDEX IF EXISTS \"IX_SurveyAnswers_ResponseId\"", "CREATE INDEX \"IX_SurveyAnswers_ResponseId\" ON \"SurveyAnswers\" (\"ResponseId\")"),
        ("DROP INDEX IF EXISTS \"IX_SurveyAnswers_SurveyId_QuestionId_OptionId_Value_MunicipalityId_AgeGroup\"",
            "CREATE INDEX \"IX_SurveyAnswers_SurveyId_QuestionId_OptionId_Value_MunicipalityId_AgeGroup\" ON \"SurveyAnswers\" (\"SurveyId\", \"QuestionId\", \"OptionId\", \"Value\", \"MunicipalityId\", \"AgeGroup\")"),
    ];
}
