using FactoryCps.Web.Data;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// A user's token for automation. Only a SHA-256 hash is stored; the token itself is shown once. It carries
/// exactly its user's permissions and stops working when revoked, expired, or when the user is locked out.
/// </summary>
internal sealed class ApiToken
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>Hex SHA-256 of the token; tokens are 256-bit random, so a plain hash is enough (no guessing).</summary>
    public required string Hash { get; set; }

    /// <summary>The first characters, so a user can tell their tokens apart.</summary>
    public required string Prefix { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public FcpsUser? User { get; set; }
}
