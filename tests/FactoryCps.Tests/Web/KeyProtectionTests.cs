using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FactoryCps.Web.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Data-protection keys encrypted at rest with a configured certificate (issue 14: they were stored in clear, with
/// "No XML encryptor configured" on every start); a certificate that cannot be used stops the start and says why.
/// </summary>
public sealed class KeyProtectionTests : IDisposable
{
    private const string Password = "pfx-Password-1";

    private readonly string _folder = Directory.CreateTempSubdirectory("fcps-keycert-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A self-signed certificate with its RSA key, as a password-protected PFX and as an unencrypted PEM.</summary>
    private (string Pfx, string Pem) Certificate(string name = "keys")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=FactoryCPS keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
        var pfx = Path.Combine(_folder, name + ".pfx");
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, Password));
        var pem = Path.Combine(_folder, name + ".pem");
        File.WriteAllText(pem, certificate.ExportCertificatePem() + "\n" + rsa.ExportPkcs8PrivateKeyPem());
        return (pfx, pem);
    }

    [Fact]
    public async Task With_a_certificate_keys_are_encrypted_and_read_again_after_a_restart()
    {
        var (pfx, _) = Certificate();
        var data = Path.Combine(_folder, "data");
        var settings = new Dictionary<string, string>
        {
            ["Fcps:Data"] = data,
            [KeyProtection.CertificateSetting] = pfx,
            [KeyProtection.PasswordSetting] = Password,
        };

        string protectedText;
        await using (var first = await HostedApp.StartAsync(settings))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await first.CreateClient().GetAsync("/login", Token)).StatusCode);
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("signed in");
            Assert.DoesNotContain(first.Log.Entries, e => e.Contains("protected by file permissions", StringComparison.Ordinal));
        }

        var key = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(data, "keys"))), Token);
        Assert.Contains("EncryptedData", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", key, StringComparison.Ordinal);

        await using var second = await HostedApp.StartAsync(settings);
        Assert.Equal("signed in", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
    }

    [Fact]
    public async Task Another_certificate_than_the_one_the_keys_in_use_were_encrypted_with_stops_the_start()
    {
        var (first, _) = Certificate("first");
        var (second, _) = Certificate("second");
        var data = Path.Combine(_folder, "data");
        var settings = new Dictionary<string, string>
        {
            ["Fcps:Data"] = data,
            [KeyProtection.CertificateSetting] = first,
            [KeyProtection.PasswordSetting] = Password,
        };
        await (await HostedApp.StartAsync(settings)).DisposeAsync(); // writes a key encrypted to the first

        settings[KeyProtection.CertificateSetting] = second;
        await using var app = await HostedApp.CreateAsync(settings);
        var message = app.RefusedStart();

        Assert.Contains("another certificate", message, StringComparison.Ordinal);
        Assert.Contains(second, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PEM_file_with_the_certificate_and_its_key_is_accepted()
    {
        var (_, pem) = Certificate();

        using var loaded = KeyProtection.Load(pem, null);

        Assert.True(loaded.HasPrivateKey);
    }

    [Fact]
    public async Task A_wrong_password_stops_the_start_saying_which_setting()
    {
        var (pfx, _) = Certificate();
        await using var app = await HostedApp.CreateAsync(new()
        {
            [KeyProtection.CertificateSetting] = pfx,
            [KeyProtection.PasswordSetting] = "not-the-password",
        });

        var message = app.RefusedStart();

        Assert.Contains(KeyProtection.CertificateSetting, message, StringComparison.Ordinal);
        Assert.Contains(KeyProtection.PasswordSetting, message, StringComparison.Ordinal);
        Assert.Contains(pfx, message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_one_without_a_private_key_is_refused()
    {
        var (_, pem) = Certificate();
        var certificateOnly = Path.Combine(_folder, "public.pem");
        File.WriteAllText(certificateOnly, File.ReadAllText(pem).Split("-----BEGIN PRIVATE KEY-----")[0]);

        Assert.Contains("does not exist", Assert.Throws<FactoryCps.Web.Hosting.StartupException>(() => KeyProtection.Load(Path.Combine(_folder, "none.pfx"), null)).Message, StringComparison.Ordinal);
        Assert.Contains(certificateOnly, Assert.Throws<FactoryCps.Web.Hosting.StartupException>(() => KeyProtection.Load(certificateOnly, null)).Message, StringComparison.Ordinal);
    }
}
