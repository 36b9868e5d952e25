using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Perheverkko.Testing;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Features.FamilySurvey;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.YearCycle;

/// <summary>
/// The family survey (issue 17 item 4): built from the template, opened and closed by the coordinator; answered without
/// an account, one answer per browser, nothing identifying and no time stored; every bad input refused with its code and
/// nothing saved; the results through the small-cell rule; free text for the coordinator only, each read audited; the
/// report section and the year-end deletion.
/// </summary>
public sealed class FamilySurveyTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.MunicipalityId("mikkeli");
    private static readonly Guid Savonlinna = NetworkSeeder.MunicipalityId("savonlinna");

    private static void SetNow(TestApp app, DateOnly day, int hour = 10) =>
        app.Clock.SetUtcNow(new DateTimeOffset(HelsinkiTime.ToUtc(day, new TimeOnly(hour, 0)), TimeSpan.Zero));

    private static async Task<(HttpStatusCode, string)> RefusalAsync(HttpResponseMessage response) => (response.StatusCode, await CodeOfAsync(response));

    /// <summary>The survey of the year before <paramref name="year"/>, open 10–31 January of <paramref name="year"/> unless told.</summary>
    private static object Content(int year, int version, string? opensOn = null, string? closesOn = null, string? title = null, bool withQuestions = true) => new
    {
        version, opensOn = opensOn ?? $"{year}-01-10", closesOn = closesOn ?? $"{year}-01-31", askMunicipality = true, askAgeGroup = true,
        title = new { fi = title ?? $"Perhekysely {year - 1}", sv = $"Familjeenkät {year - 1}", en = (string?)null },
        intro = new { fi = "Vastaa nimettömästi.", sv = (string?)null, en = (string?)null },
        questions = withQuestions ? new object[]
        {
            new { kind = "SingleChoice", required = true, text = new { fi = "Saitteko apua?", sv = "Fick ni hjälp?", en = "Did you get help?" },
                options = new[] { new { fi = "Kyllä", sv = "Ja", en = "Yes" }, new { fi = "Ei", sv = "Nej", en = "No" } } },
            new { kind = "Scale", required = false, text = new { fi = "Yhteydenotto oli helppoa", sv = (string?)null, en = (string?)null }, options = Array.Empty<object>() },
            new { kind = "FreeText", required = false, text = new { fi = "Mitä muuta haluat kertoa?", sv = (string?)null, en = (string?)null }, options = Array.Empty<object>() },
        } : [],
    };

    private sealed record Ids(Guid Survey, Guid Question, Guid Yes, Guid No, Guid Scale, Guid Free);

    private static async Task<Ids> IdsAsync(HttpClient client, Guid survey)
    {
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{survey}");
        var q = view.GetProperty("questions");
        return new Ids(survey, q[0].GetProperty("id").GetGuid(), q[0].GetProperty("options")[0].GetProperty("id").GetGuid(),
            q[0].GetProperty("options")[1].GetProperty("id").GetGuid(), q[1].GetProperty("id").GetGuid(), q[2].GetProperty("id").GetGuid());
    }

    private static object Answer(Ids ids, Guid? option, Guid? municipality = null, string? ageGroup = "Age0To2", int? scale = 4, string? text = null) => new
    {
        municipalityId = municipality, ageGroup,
        answers = new object[]
        {
            new { questionId = ids.Question, optionIds = option is { } o ? new[] { o } : Array.Empty<Guid>() },
            new { questionId = ids.Scale, value = scale },
            new { questionId = ids.Free, text },
        },
    };

    [Theory, BothDatabases]
    public async Task The_survey_is_built_answered_once_per_browser_and_its_results_hide_small_cells(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // The survey of a year, answered in the following January (next January: after the app's today whenever the test runs).
        var year = app.NextYear();
        SetNow(app, new DateOnly(year, 1, 10), hour: 21);
        var second = await SecondRegion.SeedAsync(app);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);

        // Built from the template of the 2021 themes; one per year; only the region's leads build.
        Assert.Equal(HttpStatusCode.Forbidden, (await mikkeli.PostAsJsonAsync("/api/v1/surveys", new { year = year - 1 })).StatusCode);
        var id = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/surveys", new { year = year - 1 }));
        Assert.Equal((HttpStatusCode.Conflict, "survey.year_taken"), await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/surveys", new { year = year - 1 })));
        var template = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{id}");
        Assert.Equal(9, template.GetProperty("questions").GetArrayLength());
        Assert.Contains("vertaistukea", template.GetProperty("questions")[3].GetProperty("text").GetProperty("fi").GetString());

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "survey.closes_before_opening"),
            await RefusalAsync(await coordinator.PutAsJsonAsync($"/api/v1/surveys/{id}", Content(year, 1, $"{year}-01-31", $"{year}-01-10"))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "validation.failed"),
            await RefusalAsync(await coordinator.PutAsJsonAsync($"/api/v1/surveys/{id}", Content(year, 1, title: "Nolla\u0000merkki"))));
        Assert.Equal(HttpStatusCode.Forbidden, (await mikkeli.PutAsJsonAsync($"/api/v1/surveys/{id}", Content(year, 1))).StatusCode);
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/surveys/{id}", Content(year, 1)));
        Assert.Equal((HttpStatusCode.Conflict, "survey.stale"), await RefusalAsync(await coordinator.PutAsJsonAsync($"/api/v1/surveys/{id}", Content(year, 1))));
        var ids = await IdsAsync(coordinator, id);

        // A draft takes no answers (it is not found); opening asks the version, once.
        var family = app.CreateClient();
        Assert.Equal((HttpStatusCode.NotFound, "survey.not_found"), await RefusalAsync(await family.PostAsJsonAsync($"/api/v1/surveys/{id}/answers", Answer(ids, ids.Yes))));
        await OkAsync(await coordinator.PostAsJsonAsync($"/api/v1/surveys/{id}/opening", new { version = 2 }));
        Assert.Equal((HttpStatusCode.Conflict, "survey.not_draft"), await RefusalAsync(await coordinator.PostAsJsonAsync($"/api/v1/surveys/{id}/opening", new { version = 3 })));

        // Bad input: each refused with its code, nothing saved.
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "survey.answer_required"), await RefusalAsync(await family.PostAsJsonAsync($"/api/v1/surveys/{id}/answers", Answer(ids, null))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "survey.unknown_option"), await RefusalAsync(await family.PostAsJsonAsync($"/api/v1/surveys/{id}/answers", Answer(ids, Guid.NewGuid()))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "survey.unknown_option"), await RefusalAsync(await family.PostAsJsonAsync($"/api/v1/surveys/{id}/answers", Answer(ids, ids.Yes, scale: 9))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "survey.municipality_unknown"),
            await RefusalAsync(await family.PostAsJsonAsync($"/api/v1/surveys/{id}/answers", Answer(ids, ids.Yes, SecondRegion.MunicipalityId))));
        Assert.Equal((HttpStatusCode.NotFound, "survey.not_found"),
            await RefusalAsync(await family.PostAsJsonAsync($"/api/v1/surveys/{id}/answers?region={SecondRegion.Slug}", Answer(ids, ids.Yes))));
        Assert.Equal(0, await app.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.SurveyId == id)));

        // An answer: stored with the Helsinki date (21:00 UTC is the next day in Helsinki) and nothing of who or when.
        var first = await family.PostAsJsonAsync($"/api/v1/surveys/{id}/answers", Answer(ids, ids.Yes, Mikkeli, text: "Kiitos avusta!"));
        await OkAsync(first);
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{SurveyCookie.Name}={id:N};", cookie);
        Assert.Equal((HttpStatusCode.Conflict, "survey.already_answered"), await RefusalAsync(await family.PostAsJsonAsync($"/api/v1/surveys/{id}/answers", Answer(ids, ids.No))));
        var stored = await app.WithDbAsync(db => db.SurveyResponses.SingleAsync(r => r.SurveyId == id));
        Assert.Equal(new DateOnly(year, 1, 10), stored.AnsweredOn);
        foreach (var type in new[] { typeof(SurveyResponse), typeof(SurveyAnswer), typeof(SurveyFreeText) })
            Assert.DoesNotContain(type.GetProperties(), p => p.PropertyType == typeof(DateTime) || p.PropertyType == typeof(DateTime?) || p.Name.Contains("Ip", StringComparison.Ordinal)
                || p.Name.Contains("Address", StringComparison.Ordinal) || p.Name.Contains("User", StringComparison.Ordinal));

        // Questions are fixed once answered; the dates may move. Outside them: not open.
        Assert.Equal((HttpStatusCode.Conflict, "survey.has_answers"),
            await RefusalAsync(await coordinator.PutAsJsonAsync($"/api/v1/surveys/{id}", Content(year, 3, withQuestions: false))));
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/surveys/{id}", Content(year, 3, opensOn: $"{year}-01-12")));
        Assert.Equal((HttpStatusCode.Conflict, "survey.not_open"), await RefusalAsync(await app.CreateClient().PostAsJsonAsync($"/api/v1/surveys/{id}/answers", Answer(ids, ids.Yes))));
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/surveys/{id}", Content(year, 4)));

        // 22 answers to "Saitteko apua?": Mikkeli 3 yes and 6 no, Savonlinna 6 yes and 7 no.
        async Task AnswerAsync(Guid option, Guid municipality, int times, string? text = null)
        {
            for (var n = 0; n < times; n++) await OkAsync(await app.CreateClient().PostAsJsonAsync($"/api/v1/surveys/{id}/answers", Answer(ids, option, municipality, text: text)));
        }
        await AnswerAsync(ids.Yes, Mikkeli, 2);
        await AnswerAsync(ids.No, Mikkeli, 6);
        await AnswerAsync(ids.Yes, Savonlinna, 6, "Vertaisryhmä auttoi.");
        await AnswerAsync(ids.No, Savonlinna, 7);

        var results = await mikkeli.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{id}/results");
        Assert.Equal(22, results.GetProperty("responses").GetInt32());
        var byMunicipality = results.GetProperty("questions")[0].GetProperty("byMunicipality");
        var rowLabels = byMunicipality.GetProperty("rowLabels").EnumerateArray().Select(l => l.GetString()).ToList();
        int? Cell(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();
        var cells = byMunicipality.GetProperty("cells").EnumerateArray().Select(r => r.EnumerateArray().Select(Cell).ToList()).ToList();
        var rowTotals = byMunicipality.GetProperty("rowTotals").EnumerateArray().Select(Cell).ToList();
        var columnTotals = byMunicipality.GetProperty("columnTotals").EnumerateArray().Select(Cell).ToList();
        var mikkeliRow = rowLabels.IndexOf("Mikkeli");
        // The 3 is hidden, and so is every cell from which it could be worked out: no line of the table (with its
        // totals) has exactly one hidden entry.
        Assert.Null(cells[mikkeliRow][0]);
        Assert.Equal(0, cells[rowLabels.IndexOf("Juva")][0]);
        for (var r = 0; r < cells.Count; r++) Assert.NotEqual(1, cells[r].Count(c => c is null) + (rowTotals[r] is null ? 1 : 0));
        for (var c = 0; c < 2; c++) Assert.NotEqual(1, cells.Count(row => row[c] is null) + (columnTotals[c] is null ? 1 : 0));
        Assert.Equal([9, 13], columnTotals.Select(t => t!.Value));
        Assert.Equal(40.9m, results.GetProperty("questions")[0].GetProperty("shares")[0].GetDecimal());
        var csv = await coordinator.GetStringAsync($"/api/v1/surveys/{id}/results?format=csv");
        Assert.Contains("Mikkeli;..;..", csv);

        // Free text: the coordinator only, each read audited with the count, never the words.
        Assert.Equal(HttpStatusCode.Forbidden, (await mikkeli.GetAsync($"/api/v1/surveys/{id}/free-text")).StatusCode);
        var free = await coordinator.GetStringAsync($"/api/v1/surveys/{id}/free-text");
        Assert.Contains("Kiitos avusta!", free);
        var read = await app.WithDbAsync(db => db.AuditRecords.SingleAsync(e => e.Event == AuditEvent.SurveyFreeTextRead));
        Assert.Equal("7 free-text answers read", read.Detail);
        var stranger = await second.CoordinatorClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/surveys/{id}/results")).StatusCode);

        // The report section (tables and a bar chart per counted question) and the year-end deletion of the free text.
        await app.WithScopeAsync(async sp =>
        {
            var section = await sp.GetServices<IAnnualReportSource>().Single(s => s.Order == 60).SectionAsync(NetworkSeeder.SouthSavo, year - 1, "fi", CancellationToken.None);
            Assert.Equal(2, section!.Charts.Count);
            Assert.Equal([9.0, 13.0], section.Charts[0].Series[0].Values.Select(v => v!.Value));
            var deletion = sp.GetServices<IYearEndDeletion>().Single(d => d.Kind == "survey.free_text");
            Assert.Equal(7, await deletion.CountAsync(NetworkSeeder.SouthSavo, year - 1, CancellationToken.None));
            Assert.Equal(7, await deletion.DeleteAsync(NetworkSeeder.SouthSavo, year - 1, CancellationToken.None));
            Assert.Equal(0, await deletion.CountAsync(NetworkSeeder.SouthSavo, year - 1, CancellationToken.None));
        });
        Assert.Equal(22, await app.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.SurveyId == id)));

        // Closed: no more answers, whatever the dates; a survey without questions cannot be opened.
        await OkAsync(await coordinator.PostAsJsonAsync($"/api/v1/surveys/{id}/closing", new { version = 5 }));
        Assert.Equal((HttpStatusCode.Conflict, "survey.closed"), await RefusalAsync(await app.CreateClient().PostAsJsonAsync($"/api/v1/surveys/{id}/answers", Answer(ids, ids.Yes))));
        var empty = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/surveys", new { year }));
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/surveys/{empty}", Content(year, 1, withQuestions: false)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "survey.no_questions"), await RefusalAsync(await coordinator.PostAsJsonAsync($"/api/v1/surveys/{empty}/opening", new { version = 2 })));
    }

    /// <summary>Every log line written while the pages are served, to check that none holds the client's address.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        public readonly System.Collections.Concurrent.ConcurrentQueue<string> Lines = new();
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() { }

        private sealed class Logger(CapturedLogs owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                owner.Lines.Enqueue($"{category} scope: {state}");
                return null;
            }
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{category}: {formatter(state, exception)} {state}");
        }
    }

    [Theory, BothDatabases]
    public async Task The_public_page_works_without_script_keeps_the_choices_on_a_refusal_and_logs_no_address(DatabaseProvider provider)
    {
        var logs = new CapturedLogs();
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        var year = app.NextYear();
        SetNow(app, new DateOnly(year, 1, 10));
        await SecondRegion.SeedAsync(app);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var id = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/surveys", new { year = year - 1 }));
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/surveys/{id}", Content(year, 1)));
        await OkAsync(await coordinator.PostAsJsonAsync($"/api/v1/surveys/{id}/opening", new { version = 2 }));
        var ids = await IdsAsync(coordinator, id);

        const string address = "203.0.113.77";
        var family = app.CreateClient();
        family.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        var page = await family.GetStringAsync($"/survey/{id}");
        Assert.Contains("Saitteko apua?", page);
        Assert.Contains("name=\"Input.Answers[0].OptionIds\"", page);
        Assert.Contains("Saitteko apua?", await family.GetStringAsync($"/r/etela-savo/survey/{id}"));
        using (var swedish = new HttpRequestMessage(HttpMethod.Get, $"/survey/{id}"))
        {
            swedish.Headers.AcceptLanguage.ParseAdd("sv");
            Assert.Contains("Fick ni hjälp?", await (await family.SendAsync(swedish)).Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync($"/r/{SecondRegion.Slug}/survey/{id}")).StatusCode);

        // The required question unanswered: its message at the question, the typed text kept, nothing saved.
        var refused = await Forms.PostAsync(family, $"/survey/{id}", new Dictionary<string, string>
        {
            ["Input.Answers[0].QuestionId"] = ids.Question.ToString(), ["Input.Answers[1].QuestionId"] = ids.Scale.ToString(), ["Input.Answers[1].Value"] = "5",
            ["Input.Answers[2].QuestionId"] = ids.Free.ToString(), ["Input.Answers[2].Text"] = "Hyvä palvelu", ["Input.MunicipalityId"] = Mikkeli.ToString(),
        });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"q0_error\" class=\"field-error\">Vastaa tähän kysymykseen.", html);
        Assert.Contains(">Hyvä palvelu</textarea>", html);
        Assert.Contains($"value=\"{Mikkeli}\" selected=\"selected\"", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.SurveyId == id)));

        var sent = await Forms.PostAsync(family, $"/survey/{id}", new Dictionary<string, string>
        {
            ["Input.Answers[0].QuestionId"] = ids.Question.ToString(), ["Input.Answers[0].OptionIds"] = ids.No.ToString(),
            ["Input.Answers[1].QuestionId"] = ids.Scale.ToString(), ["Input.Answers[1].Value"] = "5", ["Input.AgeGroup"] = "Age3To6",
        });
        Assert.Contains("id=\"survey-thanks\"", await sent.Content.ReadAsStringAsync());
        Assert.Contains("id=\"survey-answered\"", await family.GetStringAsync($"/survey/{id}"));
        // The same browser's cookie refuses a second answer through the API too.
        Assert.Equal((HttpStatusCode.Conflict, "survey.already_answered"), await RefusalAsync(await family.PostAsJsonAsync($"/api/v1/surveys/{id}/answers", Answer(ids, ids.Yes))));
        var response = await app.WithDbAsync(db => db.SurveyResponses.SingleAsync(r => r.SurveyId == id));
        Assert.Equal((ChildAgeGroup?)ChildAgeGroup.Age3To6, response.AgeGroup);

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, l => l.Contains(address, StringComparison.Ordinal));
    }
}
