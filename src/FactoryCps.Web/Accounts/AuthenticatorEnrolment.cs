using System.Globalization;
using System.Text;
using QRCoder;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// What an authenticator app needs to enrol: the otpauth:// link as a QR code drawn here (an SVG image as a data:
/// address, which the CSP's img-src allows; nothing inline runs) and the key as text for typing it in by hand.
/// Shared by staff and supplier accounts.
/// </summary>
internal sealed record AuthenticatorEnrolment(string Key, string QrDataUri)
{
    public const string Issuer = "FactoryCPS";

    public static AuthenticatorEnrolment For(string accountName, string base32Key)
    {
        var label = Uri.EscapeDataString(Issuer + ":" + accountName);
        var link = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{label}?secret={base32Key}&issuer={Issuer}&digits=6&period=30");
        using var data = QRCodeGenerator.GenerateQrCode(link, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5);
        return new AuthenticatorEnrolment(base32Key, "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)));
    }

    /// <summary>The key in groups of four, easier to type; apps ignore the spaces.</summary>
    public string KeyForReading => string.Join(' ', Key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();

    /// <summary>A code as typed: spaces and hyphens dropped (apps show "123 456", recovery codes have a hyphen).</summary>
    public static string Normalize(string? code) => new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>
    /// A staff recovery code as Identity stores it (XXXXX-XXXXX, upper case, compared exactly), however it was typed:
    /// with or without the hyphen, in either case, with spaces.
    /// </summary>
    public static string IdentityRecoveryCode(string normalized)
    {
        var upper = normalized.ToUpperInvariant();
        return upper.Length == 10 ? upper[..5] + "-" + upper[5..] : upper;
    }

    /// <summary>Six digits: an authenticator app's code; anything else is tried as a recovery code.</summary>
    public static bool IsAppCode(string normalized) => normalized.Length == 6 && normalized.All(char.IsAsciiDigit);
}
