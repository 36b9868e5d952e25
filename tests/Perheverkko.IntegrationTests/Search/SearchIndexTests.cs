using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Testing.Search;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Search;
using Xunit.Abstractions;

namespace Perheverkko.IntegrationTests.Search;

/// <summary>The search index on SQLite (FTS5) and PostgreSQL (tsvector), with the application's analyser.</summary>
public sealed class SearchIndexTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> WithoutVoikko = new() { ["Search:Voikko"] = "false" };

    private static SearchDocument Document(string kind, Guid id, string name, string text = "", string language = "fi") =>
        new(kind, id, [new SearchText(name, language)], [new SearchText(text, language)]);

    /// <summary>The seeded directory is indexed too; these tests measure the index with their own documents only.</summary>
    private static async Task<TestApp> StartWithEmptyIndexAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var app = await TestApp.StartAsync(provider, settings, configureServices: configureServices);
        await app.WithScopeAsync(async services =>
        {
            var index = services.GetRequiredService<SearchIndex>();
            foreach (var kind in Web.Features.Directory.DirectorySearchDocuments.Kinds) await index.RemoveKindAsync(kind, CancellationToken.None);
        });
        return app;
    }

    private static Task IndexAsync(TestApp app, params SearchDocument[] documents) => app.WithScopeAsync(async services =>
    {
        var index = services.GetRequiredService<SearchIndex>();
        foreach (var document in documents) await index.UpsertAsync(document, CancellationToken.None);
    });

    private static Task<IReadOnlyList<SearchHit>> FindAsync(TestApp app, string query, IReadOnlyCollection<string>? kinds = null, int limit = 100,
        IReadOnlyCollection<Guid>? within = null) =>
        app.WithDbAsync(async db =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SearchIndex>().FindAsync(query, kinds, limit, CancellationToken.None, within);
        });

    private static async Task<IReadOnlyList<string>> FindKeysAsync(TestApp app, string query) =>
        (await FindAsync(app, query, limit: SearchIndex.MostHits)).Select(h => RecallSet.KeyOf(h.ItemId)).ToList();

    private static Task<int> CountRowsAsync(TestApp app) => app.WithDbAsync(db => db.Database
        .SqlQueryRaw<int>(app.Provider == DatabaseProvider.Postgres ? "SELECT COUNT(*)::int AS \"Value\" FROM search_index" : "SELECT COUNT(*) AS Value FROM search_items")
        .SingleAsync());

    [Theory, BothDatabases]
    public async Task Many_documents_are_written_in_batches_and_an_item_given_twice_keeps_its_last_document(DatabaseProvider provider)
    {
        await using var app = await StartWithEmptyIndexAsync(provider);
        var ids = Enumerable.Range(0, SearchIndex.UpsertBatch + 7).Select(_ => Guid.CreateVersion7()).ToList();
        var documents = ids.Select(id => Document("activity", id, "Vauvakahvila", "Avoin kohtaamispaikka")).ToList();
        documents.Add(Document("activity", ids[0], "Isä–lapsi-ilta"));
        await app.WithScopeAsync(services => services.GetRequiredService<SearchIndex>().UpsertManyAsync(documents, CancellationToken.None));

        Assert.Equal(ids.Count, await CountRowsAsync(app));
        Assert.Equal(ids.Count - 1, (await FindAsync(app, "vauvakahvilaan", limit: SearchIndex.MostHits)).Count);
        Assert.Equal(ids[0], Assert.Single(await FindAsync(app, "isälle")).ItemId);
    }

    [Theory, BothDatabases]
    public async Task Within_given_items_the_best_are_chosen_among_them_and_not_among_all(DatabaseProvider provider)
    {
        await using var app = await StartWithEmptyIndexAsync(provider);
        var byName = Guid.CreateVersion7();
        var byText = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();
        await IndexAsync(app, Document("activity", byName, "Perhekerho"), Document("activity", byText, "Avoin ryhmä", "Perhekerhon tapaan"),
            Document("service", other, "Perhekerho"));

        Assert.True(Assert.Single(await FindAsync(app, "perhekerho", limit: 1)).NameMatch);
        Assert.Equal(byText, Assert.Single(await FindAsync(app, "perhekerho", limit: 1, within: [byText, Guid.CreateVersion7()])).ItemId);
        Assert.Equal(new[] { byName, other }.Order(), (await FindAsync(app, "perhekerhoon", within: [other, byName])).Select(h => h.ItemId).Order());
        Assert.Empty(await FindAsync(app, "perhekerho", within: []));
    }

    [Theory, BothDatabases]
    public async Task A_word_that_matches_more_than_can_be_ranked_still_gives_name_matches_first(DatabaseProvider provider)
    {
        await using var app = await StartWithEmptyIndexAsync(provider);
        var named = Enumerable.Range(0, 11).Select(_ => Guid.CreateVersion7()).ToHashSet();
        var documents = named.Select(id => Document("activity", id, "Perhekerho")).ToList();
        while (documents.Count <= SearchIndex.MostRanked)
            documents.Add(Document("activity", Guid.CreateVersion7(), "Avoin ryhmä", "Kuin perhekerhossa"));
        await app.WithScopeAsync(services => services.GetRequiredService<SearchIndex>().UpsertManyAsync(documents, CancellationToken.None));

        var hits = await FindAsync(app, "perhekerhoon", limit: SearchIndex.MostHits);
        Assert.Equal(SearchIndex.MostHits, hits.Count);
        Assert.Equal(named, hits.Take(named.Count).Select(h => h.ItemId).ToHashSet());
        Assert.All(hits.Take(named.Count), h => Assert.True(h.NameMatch));
        Assert.All(hits.Skip(named.Count), h => Assert.False(h.NameMatch));
        // Narrowed to a few, the same word is ranked again.
        var few = documents.Skip(named.Count - 1).Take(3).Select(d => d.ItemId).ToList();
        Assert.Equal(documents[named.Count - 1].ItemId, (await FindAsync(app, "perhekerhoon", within: few))[0].ItemId);
        Assert.True((await FindAsync(app, "perhekerhoon", within: few)).All(h => h.Score > 0));
    }

    [Theory, BothDatabases]
    public async Task An_item_is_found_by_inflected_forms_replaced_and_removed(DatabaseProvider provider)
    {
        await using var app = await StartWithEmptyIndexAsync(provider);
        var id = Guid.CreateVersion7();
        await IndexAsync(app, Document("activity", id, "Perhekerho", "Avoin kerho lapsille Savonlinnassa"));

        Assert.Equal(id, Assert.Single(await FindAsync(app, "perhekerhoon")).ItemId);
        Assert.Single(await FindAsync(app, "kerho Savonlinna"));
        Assert.Empty(await FindAsync(app, "vauvakahvila"));

        await IndexAsync(app, Document("activity", id, "Vauvakahvila", "Vauvaperheiden kohtaamispaikka"));
        Assert.Empty(await FindAsync(app, "perhekerho"));
        Assert.Equal(id, Assert.Single(await FindAsync(app, "vauvakahvilaan")).ItemId);
        Assert.Equal(1, await CountRowsAsync(app));

        await app.WithScopeAsync(s => s.GetRequiredService<SearchIndex>().RemoveAsync("activity", id, CancellationToken.None));
        await app.WithScopeAsync(s => s.GetRequiredService<SearchIndex>().RemoveAsync("activity", id, CancellationToken.None));
        Assert.Empty(await FindAsync(app, "vauvakahvila"));
        Assert.Equal(0, await CountRowsAsync(app));
    }

    [Theory, BothDatabases]
    public async Task The_index_row_commits_or_rolls_back_with_the_contexts_transaction(DatabaseProvider provider)
    {
        await using var app = await StartWithEmptyIndexAsync(provider);
        var rolledBack = Guid.CreateVersion7();
        var committed = Guid.CreateVersion7();
        var before = await DatabaseFingerprint.TakeAsync(app);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PerheverkkoDb>();
            var index = services.GetRequiredService<SearchIndex>();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await index.UpsertAsync(Document("activity", rolledBack, "Perhekerho"), CancellationToken.None);
                Assert.Single(await index.FindAsync("perhekerho", null, 10, CancellationToken.None)); // seen inside the transaction
                await transaction.RollbackAsync();
            }
            Assert.Empty(await index.FindAsync("perhekerho", null, 10, CancellationToken.None));
            Assert.Equal(before, await DatabaseFingerprint.TakeAsync(app));

            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await index.UpsertAsync(Document("activity", committed, "Perhekerho"), CancellationToken.None);
                await transaction.CommitAsync();
            }
        });
        Assert.Equal(committed, Assert.Single(await FindAsync(app, "perhekerho")).ItemId);
        Assert.Equal(1, await CountRowsAsync(app));
        Assert.NotEqual(before, await DatabaseFingerprint.TakeAsync(app)); // the fingerprint sees the index too
    }

    [Theory, BothDatabases]
    public async Task Name_matches_rank_first_and_kinds_filter(DatabaseProvider provider)
    {
        await using var app = await StartWithEmptyIndexAsync(provider);
        var inText = Guid.CreateVersion7();
        var inName = Guid.CreateVersion7();
        var service = Guid.CreateVersion7();
        await IndexAsync(app,
            Document("activity", inText, "Vauvakahvila", "Tule perhekerhon jälkeen kahville, perhekerho on samassa talossa. Perhekerho!"),
            Document("activity", inName, "Perhekerho", "Avoin kerho Juvalla"),
            Document("service", service, "Perhekerhojen ohjaus", "Neuvontaa kerhojen vetäjille"));

        var hits = await FindAsync(app, "perhekerhossa");
        Assert.Equal(3, hits.Count);
        Assert.Equal([true, true, false], hits.Select(h => h.NameMatch));
        Assert.Equal(inText, hits[2].ItemId);
        Assert.True(hits[0].Score >= hits[1].Score);

        Assert.Equal(service, Assert.Single(await FindAsync(app, "perhekerho", ["service"])).ItemId);
        Assert.Equal(2, (await FindAsync(app, "perhekerho", ["activity", "activity"])).Count);
        Assert.Empty(await FindAsync(app, "perhekerho", []));
        Assert.Empty(await FindAsync(app, "perhekerho", limit: 0));
        Assert.Single(await FindAsync(app, "perhekerho", limit: 1));
    }

    [Theory, BothDatabases]
    public async Task Hostile_or_empty_queries_find_nothing_or_only_what_their_words_say(DatabaseProvider provider)
    {
        await using var app = await StartWithEmptyIndexAsync(provider);
        var id = Guid.CreateVersion7();
        await IndexAsync(app, Document("activity", id, "Perhekerho", "Near the centre – kerho for 'all' families"));
        foreach (var query in new[] { "", "   ", "\"", "*", "-", "'", "\"\"\"", "NEAR", "NEAR(", "AND OR NOT", "'); DROP TABLE search_items; --",
                     ":", "^", "{names}", "!", "&", "|", "<->", "\\", new string('ä', 2000), string.Concat(Enumerable.Repeat("kerho* ", 300)) })
        {
            var hits = await FindAsync(app, query);
            Assert.True(hits.Count <= 1, query);
        }
        foreach (var query in new[] { "perhekerho\" OR \"", "kerho*", "-kerho", "'kerho'", "NEAR(kerho perhe)", "kerho:*", "kerho : perhe", new string('x', 1990) + " kerho" })
            Assert.True((await FindAsync(app, query)).Select(h => h.ItemId).SequenceEqual([id]), query);
        Assert.Empty(await FindAsync(app, "kerho -perhe vauva"));
        Assert.Equal(1, await CountRowsAsync(app));
    }

    [Theory, BothDatabases]
    public async Task Swedish_and_English_texts_are_found_by_their_own_words(DatabaseProvider provider)
    {
        await using var app = await StartWithEmptyIndexAsync(provider);
        await IndexAsync(app, [.. RecallSet.Documents.Values]);
        Assert.Equal(["familjeklubb"], await FindKeysAsync(app, "barnfamiljerna"));
        Assert.Equal(["familjeklubb"], await FindKeysAsync(app, "familjeklubb"));
        Assert.Equal(["playgroup"], await FindKeysAsync(app, "playgroups for parents"));
    }

    [Theory, BothDatabases]
    public async Task The_recall_set_with_Voikko(DatabaseProvider provider)
    {
        await using var app = await StartWithEmptyIndexAsync(provider);
        Assert.Equal("voikko", app.Services.GetRequiredService<TextAnalyser>().Analysis);
        await IndexAsync(app, [.. RecallSet.Documents.Values]);

        var (recall, misses) = await MeasureAsync(app, RecallSet.Cases);
        var (required, requiredMisses) = await MeasureAsync(app, RecallSet.Cases.Where(c => c.Required));
        output.WriteLine($"{provider}, Voikko: recall {recall:P1} of the set, {required:P0} of the required examples");
        foreach (var miss in misses) output.WriteLine("  " + miss);
        Assert.Empty(requiredMisses);
        Assert.True(recall >= 0.95, string.Join("; ", misses));
        await AssertNoFalseHitsAsync(app);
    }

    [Theory, BothDatabases]
    public async Task The_recall_set_without_Voikko(DatabaseProvider provider)
    {
        await using var app = await StartWithEmptyIndexAsync(provider, WithoutVoikko);
        Assert.Equal("snowball", app.Services.GetRequiredService<TextAnalyser>().Analysis);
        await IndexAsync(app, [.. RecallSet.Documents.Values]);

        var (recall, misses) = await MeasureAsync(app, RecallSet.Cases);
        output.WriteLine($"{provider}, Snowball fallback: recall {recall:P1} of the set");
        foreach (var miss in misses) output.WriteLine("  " + miss);
        Assert.True(recall >= 0.70, string.Join("; ", misses));
        await AssertNoFalseHitsAsync(app);
    }

    [Theory, BothDatabases]
    public async Task Rows_analysed_by_another_analyser_are_counted_as_stale(DatabaseProvider provider)
    {
        await using var app = await StartWithEmptyIndexAsync(provider);
        await IndexAsync(app, [.. RecallSet.Documents.Values]);
        await using var withoutVoikko = app.AnotherInstance(WithoutVoikko);
        var stale = await withoutVoikko.WithDbAsync(async _ =>
        {
            await using var scope = withoutVoikko.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SearchIndex>().CountStaleAsync(CancellationToken.None);
        });
        Assert.Equal(RecallSet.Documents.Count, stale);
        Assert.Equal(0, await app.WithDbAsync(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SearchIndex>().CountStaleAsync(CancellationToken.None);
        }));
    }

    private sealed class SampleSource(string kind) : ISearchSource
    {
        public string Kind => kind;

        public async IAsyncEnumerable<SearchDocument> DocumentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var document in RecallSet.Documents.Values.Where(d => d.Kind == kind))
            {
                await Task.Yield();
                yield return document;
            }
        }
    }

    private static void AddSampleSources(IServiceCollection services)
    {
        foreach (var kind in RecallSet.Documents.Values.Select(d => d.Kind).Distinct())
            services.AddScoped<ISearchSource>(_ => new SampleSource(kind));
    }

    [Theory, BothDatabases]
    public async Task When_the_analyser_changes_the_scheduled_job_reindexes_from_the_sources(DatabaseProvider provider)
    {
        await using var app = await StartWithEmptyIndexAsync(provider, configureServices: AddSampleSources);
        var gone = Guid.CreateVersion7();
        await IndexAsync(app, [.. RecallSet.Documents.Values, Document("activity", gone, "Perhekerho, jota ei enää ole")]);

        await using var withoutVoikko = app.AnotherInstance(WithoutVoikko, AddSampleSources);
        Assert.DoesNotContain(RecallSet.IdOf("perhekerho"), (await FindAsync(withoutVoikko, "lapsille")).Select(h => h.ItemId)); // Voikko's base forms, Snowball's query

        await withoutVoikko.WithScopeAsync(async services =>
        {
            IScheduledJob job = services.GetRequiredService<SearchReindex>();
            await job.RunAsync(CancellationToken.None);
            Assert.Equal(0, await services.GetRequiredService<SearchIndex>().CountStaleAsync(CancellationToken.None));
        });
        Assert.Equal(RecallSet.Documents.Count, await CountRowsAsync(withoutVoikko));
        Assert.Contains(RecallSet.IdOf("perhekerho"), (await FindAsync(withoutVoikko, "lapsille")).Select(h => h.ItemId));
        Assert.DoesNotContain(gone, (await FindAsync(withoutVoikko, "perhekerho")).Select(h => h.ItemId));
    }

    [Fact]
    public async Task SQLite_and_PostgreSQL_return_the_same_hits()
    {
        await using var sqlite = await StartWithEmptyIndexAsync(DatabaseProvider.Sqlite);
        await using var postgres = await StartWithEmptyIndexAsync(DatabaseProvider.Postgres);
        await IndexAsync(sqlite, [.. RecallSet.Documents.Values]);
        await IndexAsync(postgres, [.. RecallSet.Documents.Values]);

        var queries = RecallSet.Cases.Select(c => c.Query)
            .Concat(["perhe", "lapsi", "ryhmä", "avoin", "vanhemmille", "30", "\"kerho\" NEAR -vauva*", "ja", "", "for parents"]);
        foreach (var query in queries)
        {
            var onSqlite = (await FindAsync(sqlite, query, limit: SearchIndex.MostHits)).Select(h => (h.Kind, h.ItemId, h.NameMatch)).OrderBy(h => h.ItemId).ToList();
            var onPostgres = (await FindAsync(postgres, query, limit: SearchIndex.MostHits)).Select(h => (h.Kind, h.ItemId, h.NameMatch)).OrderBy(h => h.ItemId).ToList();
            Assert.True(onSqlite.SequenceEqual(onPostgres), $"\"{query}\": SQLite found {onSqlite.Count}, PostgreSQL {onPostgres.Count}");
        }
    }

    private static async Task<(double Recall, IReadOnlyList<string> Misses)> MeasureAsync(TestApp app, IEnumerable<RecallCase> cases)
    {
        var list = cases.ToList();
        var found = new Dictionary<string, IReadOnlyCollection<string>>();
        foreach (var recallCase in list) found[recallCase.Query] = await FindKeysAsync(app, recallCase.Query);
        return RecallSet.Measure(list, c => found[c.Query]);
    }

    private static async Task AssertNoFalseHitsAsync(TestApp app)
    {
        foreach (var recallCase in RecallSet.Cases.Where(c => c.MustNotFind))
            Assert.Empty(recallCase.Expected.Intersect(await FindKeysAsync(app, recallCase.Query)));
    }
}
