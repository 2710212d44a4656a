using OtpNet;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// The one check of an authenticator app's code, for staff (through Identity, as its authenticator token provider)
/// and supplier accounts: RFC 6238 with 30-second steps and six digits (Otp.NET), one step of drift either way, and
/// each step's code accepted once, so that a code seen over a shoulder or in a proxy log cannot be used again.
/// </summary>
internal static class TotpCheck
{
    /// <summary>The code's time step when it matches the key now and comes after the last accepted one; null otherwise.</summary>
    public static long? Accept(string base32Key, string? code, DateTimeOffset now, long? lastAcceptedStep)
    {
        var normalized = AuthenticatorEnrolment.Normalize(code);
        if (!AuthenticatorEnrolment.IsAppCode(normalized))
        {
            return null;
        }

        byte[] key;
        try
        {
            key = Base32Encoding.ToBytes(base32Key);
        }
        catch (ArgumentException)
        {
            return null;
        }

        var matched = new Totp(key).VerifyTotp(now.UtcDateTime, normalized, out var step, new VerificationWindow(previous: 1, future: 1));
        return matched && step > (lastAcceptedStep ?? long.MinValue) ? step : null;
    }
}
