namespace FactoryCps.Web.Notifications;

/// <summary>
/// The plant's SMTP relay (<c>Fcps:Notifications:Smtp</c>). Without a host nothing is mailed, anywhere; the inbox
/// works the same. The password comes from configuration or the environment (<c>Fcps__Notifications__Smtp__Password</c>)
/// and is never logged.
/// </summary>
internal sealed class SmtpSettings
{
    public const string Section = "Fcps:Notifications:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary><c>none</c> (plain, a relay inside the plant), <c>starttls</c>, <c>tls</c> (implicit, usually 465) or <c>auto</c>.</summary>
    public string Security { get; set; } = "auto";

    /// <summary>The sender's address, such as <c>factorycps@plant.example</c>.</summary>
    public string? From { get; set; }

    /// <summary>
    /// The SHA-256 of the relay's own certificate (64 hex digits, colons or spaces allowed), for a relay inside the
    /// plant whose certificate no system authority signed: that certificate, and only it, is then accepted. Without
    /// it the certificate must be valid for the host and trusted by the system, or nothing is sent.
    /// </summary>
    public string? CertificateSha256 { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>How often one mail is tried before it is given up (the notice stays in the inbox).</summary>
    public int MaxAttempts { get; set; } = 8;

    public bool Configured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The pinned certificate's hash as bytes; null when none is set, or when it is not 32 bytes of hex (refused at start).</summary>
    public byte[]? PinnedSha256()
    {
        if (string.IsNullOrWhiteSpace(CertificateSha256))
        {
            return null;
        }

        var hex = CertificateSha256.Replace(":", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        try
        {
            return hex.Length == 64 ? Convert.FromHexString(hex) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static readonly string[] SecurityModes = ["none", "starttls", "tls", "auto"];
}
