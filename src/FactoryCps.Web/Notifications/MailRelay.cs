using System.Security.Cryptography;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FactoryCps.Web.Notifications;

/// <summary>
/// Hands one message to the configured SMTP relay (MailKit); throws when the relay cannot be reached or refuses it.
/// Over TLS the relay's certificate is checked as the system checks any (valid for the host, trusted), or, when
/// <see cref="SmtpSettings.CertificateSha256"/> pins one, must be exactly that certificate.
/// </summary>
internal sealed class MailRelay(IOptionsMonitor<SmtpSettings> settings)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = settings.CurrentValue;
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        if (smtp.PinnedSha256() is { } pinned)
        {
            client.ServerCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(certificate.GetRawCertData()), pinned);
        }

        await client.ConnectAsync(smtp.Host!, smtp.Port, Security(smtp.Security), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions Security(string mode) => mode.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "tls" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
