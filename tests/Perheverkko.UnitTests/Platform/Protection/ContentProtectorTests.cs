using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using System.Security.Cryptography;
using Perheverkko.Web.Platform.Protection;

namespace Perheverkko.UnitTests.Platform.Protection;

public sealed class ContentProtectorTests
{
    private static readonly ContentProtector Protector = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void What_is_sealed_opens_to_the_same_text_and_does_not_contain_it()
    {
        const string words = "Meillä on vaikeaa nukkumaanmenon kanssa – äiti ja 3-vuotias";
        var sealedText = Protector.Seal(words)!;
        Assert.DoesNotContain("nukkumaan", sealedText);
        Assert.StartsWith($"pv1.{Protector.KeyId}.", sealedText);
        Assert.Equal(words, Protector.Open(sealedText));
        Assert.NotEqual(sealedText, Protector.Seal(words)); // a fresh nonce every time
        Assert.Null(Protector.Seal(null));
    }

    [Fact]
    public void Another_key_or_a_changed_value_does_not_open()
    {
        var sealedText = Protector.Seal("salaisuus")!;
        Assert.ThrowsAny<CryptographicException>(() => new ContentProtector(RandomNumberGenerator.GetBytes(32)).Open(sealedText));
        var tampered = sealedText[..^4] + (sealedText[^4] == 'A' ? "B" : "A") + sealedText[^3..];
        Assert.ThrowsAny<CryptographicException>(() => Protector.Open(tampered));
    }

    [Fact]
    public void Production_without_a_key_refuses_to_start_and_elsewhere_a_key_file_is_made_once()
    {
        var root = Directory.CreateTempSubdirectory("perheverkko-key-").FullName;
        try
        {
            var none = new ConfigurationBuilder().Build();
            var error = Assert.Throws<InvalidOperationException>(() => ContentProtector.FromConfiguration(none, new Environment("Production", root)));
            Assert.Contains("ContentProtection__Key", error.Message);

            var first = ContentProtector.FromConfiguration(none, new Environment("Development", root));
            Assert.True(File.Exists(Path.Combine(root, "data", "content.key")));
            var second = ContentProtector.FromConfiguration(none, new Environment("Development", root));
            Assert.Equal(first.KeyId, second.KeyId);

            var configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ContentProtection:Key"] = "too-short" }).Build();
            Assert.Throws<InvalidOperationException>(() => ContentProtector.FromConfiguration(configured, new Environment("Production", root)));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    private sealed class Environment(string name, string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Perheverkko";
        public string ContentRootPath { get; set; } = root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
