using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Testing;

/// <summary>
/// The real app, its real database (SQLite or PostgreSQL), a fake clock and no background jobs (tests drive them).
/// Start one per test with <see cref="StartAsync"/>.
/// </summary>
public sealed class TestApp(DatabaseProvider provider, string connectionString, IDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    public DatabaseProvider Provider { get; } = provider;
    public string ConnectionString { get; } = connectionString;
    public FakeTimeProvider Clock { get; } = new(ClockStart());

    /// <summary>The variable that starts every test app's clock at another moment than now (see <see cref="ClockStart"/>).</summary>
    public const string ClockStartVariable = "PERHEVERKKO_TEST_CLOCK_START";

    /// <summary>
    /// Where a test app's clock starts: now, or the moment in <c>PERHEVERKKO_TEST_CLOCK_START</c> (an ISO 8601 date or
    /// date and time, read as UTC unless it has an offset, e.g. <c>2027-06-15T09:00:00Z</c>). Run the suite "as of" a
    /// later date to find tests whose fixed dates will fall into the past as real time goes on. Only a moment later than
    /// now makes sense: the browser checks the app's cookies against the real clock, and a cookie issued as of an
    /// earlier date would already have expired. The clock is not pinned by default for the same reason.
    /// </summary>
    public static DateTimeOffset ClockStart()
    {
        var value = Environment.GetEnvironmentVariable(ClockStartVariable);
        if (string.IsNullOrWhiteSpace(value)) return DateTimeOffset.UtcNow;
        if (!DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var start))
            throw new InvalidOperationException($"{ClockStartVariable} is not an ISO 8601 date or date and time: '{value}'.");
        if (start < DateTimeOffset.UtcNow.AddMinutes(-1))
            throw new InvalidOperationException($"{ClockStartVariable} ({value}) is in the past: only later moments than now make sense (cookies expire by real time).");
        return start;
    }

    /// <summary>The public address every test app makes its links from (PublicUrl): a link in a test's mail starts with it.</summary>
    public const string PublicUrl = "https://perheverkko.example";

    /// <summary>The content key of every test app (base64 of 32 bytes), so a second instance opens what the first sealed.</summary>
    public const string TestContentKey = "dGVzdC1rZXktb2YtcGVyaGV2ZXJra28tdGVzdHMtMzI=";

    public static async Task<TestApp> StartAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var app = new TestApp(provider, await TestDatabases.CreateAsync(provider), settings, configureServices);
        app.Server.ToString(); // starts the host: migrations (none pending) and seed (nothing missing) run here
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Tests never edit appsettings*.json while running: no reload watchers (see FileWatching).
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        // UseSetting, not ConfigureAppConfiguration: Program reads the database settings while building, before
        // configuration callbacks of the factory would be applied.
        foreach (var (key, value) in new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["ConnectionStrings:Perheverkko"] = ConnectionString,
            ["Seed:DemoData"] = "true",
            ["Jobs:Enabled"] = "false",
            ["Mail:PickupFolder"] = Path.Combine(TestDatabases.Scratch, "mail"),
            ["Audit:SealFolder"] = AuditSealFolder,
            ["PublicUrl"] = PublicUrl,
            ["RateLimits:SignInPerMinute"] = "1000",
            ["RateLimits:VerifyPerMinute"] = "1000",
            ["RateLimits:PublicFormPerMinute"] = "1000",
            // A fixed test key (32 zero-free bytes): what the families' texts are sealed with in every test app.
            ["ContentProtection:Key"] = TestContentKey,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Format"] = "text",
            // The test server speaks plain HTTP, where a browser (and the test client) would not send a Secure cookie.
            ["Cookies:SecureOnly"] = "false",
        }.Concat(settings ?? new Dictionary<string, string?>()))
            builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            // Test speed only, never production's settings: see TestSpeed.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestSpeed.PasswordHashIterations);
            services.ConfigureDbContext<PerheverkkoDb>(o => o.AddInterceptors(TestSpeed.SqliteWithoutSync));
            configureServices?.Invoke(services);
        });
    }

    /// <summary>A client signed in with a personal access token of the demo user with that e-mail.</summary>
    public async Task<HttpClient> ClientForAsync(string email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await IssueTokenAsync(email));
        return client;
    }

    /// <summary>A personal access token for the demo user with that e-mail.</summary>
    public async Task<string> IssueTokenAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No demo user {email}.");
        var token = await scope.ServiceProvider.GetRequiredService<CreateAccessToken>()
            .IssueAsync(user.Id, Actor.System, "test", null, CancellationToken.None);
        // Every token expires (at most a year, issue #12), but tests move the clock by years: a test's token outlives them.
        var db = scope.ServiceProvider.GetRequiredService<PerheverkkoDb>();
        var row = await db.AccessTokens.SingleAsync(t => t.Id == token.Token.Id);
        db.Entry(row).Property(t => t.ExpiresAt).CurrentValue = Clock.GetUtcNow().UtcDateTime.AddYears(100);
        await db.SaveChangesAsync();
        return token.Secret;
    }

    /// <summary>A second app instance on the same database, as when several instances share one PostgreSQL.</summary>
    public TestApp AnotherInstance(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var other = new TestApp(Provider, ConnectionString, settings, configureServices);
        other.Server.ToString();
        return other;
    }

    /// <summary>
    /// Stops the app and closes the pooled connections to its database (TestDatabases pools them). On PostgreSQL an
    /// idle pooled connection otherwise stays open for minutes after its test, and a full run's leftovers exhausted
    /// the server's connection limit ("too many clients already").
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        }
        else
        {
            await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }
    }

    /// <summary>Where this database's audit seal heads are written (one folder per test database, shared by its instances).</summary>
    public string AuditSealFolder => Path.Combine(TestDatabases.Scratch, "audit-seals",
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ConnectionString)))[..16]);

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Runs code against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<PerheverkkoDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PerheverkkoDb>());
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    /// <summary>Sends what the outbox holds now, as the background job would; returns how many messages went.</summary>
    public async Task<int> DispatchOutboxAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }
}

public static class DemoUsers
{
    public const string Admin = "admin@perheverkko.example";
    public const string Coordinator = "koordinaattori@perheverkko.example";
    public const string MikkeliRepresentative = "edustaja.mikkeli@perheverkko.example";
    public const string SavonlinnaRepresentative = "edustaja.savonlinna@perheverkko.example";
    public const string Professional = "ammattilainen@perheverkko.example";
    /// <summary>Perheneuvo workers of Juva's and Mikkeli's teams (FamilyAdviceSeeder).</summary>
    public const string JuvaAdviceWorker = "perheneuvo.juva@perheverkko.example";
    public const string MikkeliAdviceWorker = "perheneuvo.mikkeli@perheverkko.example";
}
