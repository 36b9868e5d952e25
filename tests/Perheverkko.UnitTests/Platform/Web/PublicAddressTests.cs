using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.UnitTests.Platform.Web;

/// <summary>One public address for every link (decision 0040): PublicUrl, else the listening address, never a guess in Production.</summary>
public sealed class PublicAddressTests
{
    private static (IConfiguration Configuration, IHostEnvironment Environment, PublicAddress Address) Make(string environment, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        var host = new Environment(environment);
        return (configuration, host, new PublicAddress(configuration, host, new ServiceCollection().BuildServiceProvider()));
    }

    [Fact]
    public void Links_start_with_PublicUrl_whatever_its_trailing_slash()
    {
        var (_, _, address) = Make(Environments.Production, ("PublicUrl", "https://perheverkko.example/"));
        Assert.Equal("https://perheverkko.example", address.Root);
        Assert.Equal("https://perheverkko.example/staff/meetings/1", address.Absolute("/staff/meetings/1"));
        Assert.Equal("https://perheverkko.example/staff", address.Absolute("staff"));
    }

    [Fact]
    public void Production_without_PublicUrl_does_not_start_and_says_which_setting_is_missing()
    {
        var (configuration, environment, address) = Make(Environments.Production);
        var refused = Assert.Throws<InvalidOperationException>(() => PublicAddress.RequireAtStart(configuration, environment));
        Assert.Contains("PublicUrl must be set in Production", refused.Message);
        Assert.Throws<InvalidOperationException>(() => address.Root); // never a guessed link
    }

    [Theory]
    [InlineData("perheverkko.example")]
    [InlineData("ftp://perheverkko.example")]
    [InlineData("https://perheverkko.example/?a=1")]
    public void A_PublicUrl_that_is_not_an_absolute_http_address_stops_the_start_in_any_environment(string value)
    {
        var (configuration, environment, _) = Make(Environments.Development, ("PublicUrl", value));
        Assert.Contains("absolute http(s) address", Assert.Throws<InvalidOperationException>(() => PublicAddress.RequireAtStart(configuration, environment)).Message);
    }

    [Fact]
    public void Development_without_PublicUrl_uses_the_address_it_listens_on_with_a_wildcard_read_as_localhost()
    {
        var (configuration, environment, address) = Make(Environments.Development, ("urls", "http://+:5080;https://+:5081"));
        PublicAddress.RequireAtStart(configuration, environment);
        Assert.Equal("http://localhost:5080", address.Root);
        Assert.Equal("http://127.0.0.1:5080/staff", Make(Environments.Development, ("urls", "http://127.0.0.1:5080")).Address.Absolute("/staff"));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Perheverkko";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
