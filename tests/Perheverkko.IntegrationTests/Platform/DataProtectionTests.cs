using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>The keys that protect sign-in cookies and form tokens live in the database: encrypted when a certificate is configured.</summary>
public sealed class DataProtectionTests
{
    [Theory, BothDatabases]
    public async Task Without_a_certificate_the_keys_are_stored_as_they_are_by_choice_and_with_one_they_are_encrypted(DatabaseProvider provider)
    {
        await using (var plain = await TestApp.StartAsync(provider))
        {
            await plain.Anonymous().GetAsync("/sign-in"); // the form's token needs a key
            var xml = await plain.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            Assert.Contains(xml, x => x!.Contains("NullXmlDecryptor", StringComparison.Ordinal));
        }

        var folder = Directory.CreateTempSubdirectory("perheverkko-keys-");
        try
        {
            var pfx = Path.Combine(folder.FullName, "keys.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=Perheverkko test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "salasana"));
            }
            var settings = new Dictionary<string, string?> { ["DataProtection:Certificate:Path"] = pfx, ["DataProtection:Certificate:Password"] = "salasana" };
            await using var encrypted = await TestApp.StartAsync(provider, settings);
            await encrypted.WithDbAsync(db => db.DataProtectionKeys.ExecuteDeleteAsync());
            await using var first = encrypted.AnotherInstance(settings);
            var token = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("hei");
            var xml = await encrypted.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            Assert.NotEmpty(xml);
            Assert.All(xml, x => Assert.Contains("EncryptedData", x!, StringComparison.Ordinal));
            // Another instance with the same certificate decrypts the stored key and reads what the first protected.
            await using var second = encrypted.AnotherInstance(settings);
            Assert.Equal("hei", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(token));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
