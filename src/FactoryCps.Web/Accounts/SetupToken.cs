using System.Security.Cryptography;
using System.Text;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// The one-time token that lets the first visitor create the first administrator. It exists only while the
/// installation has no user, lives only in memory, and is gone once used or when the server stops.
/// </summary>
internal sealed class SetupToken
{
    private readonly Lock _gate = new();

    public string? Value { get; private set; }

    public void Issue()
    {
        lock (_gate)
        {
            Value ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        }
    }

    public bool Matches(string? candidate)
    {
        var value = Value;
        return value is not null && candidate is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(value), Encoding.UTF8.GetBytes(candidate));
    }

    /// <summary>Uses the token up; only one caller succeeds.</summary>
    public bool TryConsume(string? candidate)
    {
        lock (_gate)
        {
            if (!Matches(candidate))
            {
                return false;
            }

            Value = null;
            return true;
        }
    }
}
