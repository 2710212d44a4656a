using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml;
using System.Xml.Linq;
using FactoryCps.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace FactoryCps.Web.Accounts;

/// <summary>How the data-protection keys (DATA/keys/, which sign cookies and anti-forgery tokens) are protected at rest.</summary>
internal enum KeyProtectionMode
{
    /// <summary>Encrypted to the certificate of Fcps:KeyCertificate.</summary>
    Certificate,

    /// <summary>Encrypted with Windows DPAPI, for the account that runs FactoryCPS.</summary>
    Dpapi,

    /// <summary>Not encrypted: files 600 in a 700 folder, readable only by the account that runs FactoryCPS.</summary>
    FilePermissions,
}

/// <summary>
/// Keys are encrypted at rest where the platform offers a way: a configured certificate (any platform), else DPAPI on
/// Windows. Elsewhere without a certificate they are protected by file permissions only; that is a documented choice,
/// said once at start in plain words, so the framework's warning about unencrypted keys is filtered in that case alone.
/// </summary>
internal static class KeyProtection
{
    public const string CertificateSetting = "Fcps:KeyCertificate";
    public const string PasswordSetting = "Fcps:KeyCertificatePassword";

    /// <summary>The framework's category that warns on every start that no key encryptor is configured.</summary>
    private const string KeyManagerCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    public static void ProtectKeys(this WebApplicationBuilder builder, IDataProtectionBuilder dataProtection, DirectoryInfo keys)
    {
        var mode = KeyProtectionMode.FilePermissions;
        if (builder.Configuration[CertificateSetting] is { Length: > 0 } path)
        {
            try
            {
                var certificate = Load(path, builder.Configuration[PasswordSetting]);
                RequireItOpensTheKeysInUse(certificate, path, keys, TimeProvider.System.GetUtcNow());
                dataProtection.ProtectKeysWithCertificate(certificate);
            }
            catch (StartupException problem)
            {
                BadSettings.Of(builder.Services).Note(problem);
            }

            mode = KeyProtectionMode.Certificate;
        }
        else if (OperatingSystem.IsWindows())
        {
            dataProtection.ProtectKeysWithDpapi();
            mode = KeyProtectionMode.Dpapi;
        }
        else
        {
            builder.Logging.AddFilter(KeyManagerCategory, LogLevel.Error);
        }

        builder.Services.AddSingleton(new KeysAtRest(mode));
    }

    /// <summary>
    /// A PFX/PKCS#12 file (.pfx, .p12) or a PEM file holding the certificate and its RSA private key (encrypted when a
    /// password is given); anything else stops the start saying what is wrong.
    /// </summary>
    public static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw Refused(path, "the file does not exist");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = Path.GetExtension(path).ToLowerInvariant() is ".pfx" or ".p12"
                ? X509CertificateLoader.LoadPkcs12FromFile(path, password, OperatingSystem.IsMacOS() ? X509KeyStorageFlags.DefaultKeySet : X509KeyStorageFlags.EphemeralKeySet)
                : string.IsNullOrEmpty(password) ? X509Certificate2.CreateFromPemFile(path) : X509Certificate2.CreateFromEncryptedPemFile(path, password);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            throw Refused(path, $"it could not be read as a certificate with its private key (a wrong {PasswordSetting}?): {ex.Message}");
        }

        using var rsa = certificate.GetRSAPrivateKey();
        if (rsa is null)
        {
            certificate.Dispose();
            throw Refused(path, "it has no RSA private key, which encrypting the keys needs");
        }

        return certificate;
    }

    /// <summary>
    /// A key still in use that was encrypted to another certificate could not be read: the framework would quietly make
    /// a new one, signing everyone out and losing what the old key protected. The start stops instead and says which.
    /// Keys written before a certificate was configured are not encrypted and stay readable.
    /// </summary>
    private static void RequireItOpensTheKeysInUse(X509Certificate2 certificate, string path, DirectoryInfo keys, DateTimeOffset now)
    {
        var ours = Convert.ToBase64String(certificate.RawData);
        foreach (var file in keys.EnumerateFiles("*.xml"))
        {
            XElement key;
            try
            {
                key = XElement.Load(file.FullName);
            }
            catch (XmlException)
            {
                continue; // not a key the framework could read either; it says so itself
            }

            var expires = DateTimeOffset.TryParse((string?)key.Element("expirationDate"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : DateTimeOffset.MaxValue;
            var encryptedTo = key.Descendants().Where(e => e.Name.LocalName == "X509Certificate").Select(e => e.Value.Trim()).ToList();
            if (expires > now && encryptedTo.Count > 0 && !encryptedTo.Contains(ours))
            {
                var theirs = Convert.ToHexString(SHA1.HashData(Convert.FromBase64String(encryptedTo[0])));
                throw new StartupException($"{CertificateSetting} is '{path}' (thumbprint {certificate.Thumbprint}), but the data-protection key {file.FullName}, in use until {expires:yyyy-MM-dd}, was encrypted with another certificate (thumbprint {theirs}) and could not be read. Configure that certificate again; or, to start over (everyone signs in again), move the keys encrypted with it out of {keys.FullName}.");
            }
        }
    }

    private static StartupException Refused(string path, string reason) =>
        new($"{CertificateSetting} is '{path}', but {reason}. It names a PFX (.pfx, .p12) or PEM file with a certificate and its RSA private key; the password, if any, goes in {PasswordSetting} (an environment variable: Fcps__KeyCertificatePassword).");
}

/// <summary>How the keys are protected at rest, for the start-up line that says so.</summary>
internal sealed record KeysAtRest(KeyProtectionMode Mode);
