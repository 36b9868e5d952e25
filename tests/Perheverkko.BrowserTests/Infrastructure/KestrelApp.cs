using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.BrowserTests.Infrastructure;

/// <summary>
/// The real app (the shared <see cref="TestApp"/>: real database, fake clock, no background jobs) served by Kestrel on
/// a free port of 127.0.0.1, so a real browser can reach it over TCP. One per test class (an <c>IClassFixture</c>):
/// tests of a class share its database, so each test changes only what no other test of its class looks at.
/// </summary>
public abstract class KestrelApp(DatabaseProvider provider) : IAsyncLifetime
{
    public DatabaseProvider Provider { get; } = provider;
    public TestApp App { get; private set; } = null!;
    /// <summary>Like <c>http://127.0.0.1:41234</c>, without a trailing slash.</summary>
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        App = new TestApp(Provider, await TestDatabases.CreateAsync(Provider), Settings());
        App.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reports no addresses.");
        BaseUrl = addresses.Single().TrimEnd('/');
        // The port is known only now: the links in this app's mail lead to the server the browser reaches.
        App.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["PublicUrl"] = BaseUrl;
    }

    /// <summary>Settings of this app beyond the test harness's (a subclass sends its mail to an SMTP listener, say).</summary>
    protected virtual IDictionary<string, string?>? Settings() => null;

    public virtual async Task DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
    }
}

public sealed class SqliteApp() : KestrelApp(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : KestrelApp(DatabaseProvider.Postgres);
