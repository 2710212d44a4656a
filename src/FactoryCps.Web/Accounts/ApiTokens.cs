using System.Security.Cryptography;
using System.Text;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Accounts;

/// <summary>Creating, listing and revoking a user's API tokens, and finding the user a token belongs to.</summary>
internal sealed class ApiTokens(FcpsDbContext db, TimeProvider time)
{
    private const string Marker = "fcps_";

    /// <summary>Creates a token and returns it; this is the only time it is visible.</summary>
    public async Task<string> CreateAsync(string userId, string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken = default)
    {
        var token = Marker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.ApiTokens.Add(new ApiToken
        {
            UserId = userId,
            Name = name,
            Hash = HashOf(token),
            Prefix = token[..12],
            CreatedAt = time.GetUtcNow(),
            ExpiresAt = expiresAt,
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public Task<List<ApiToken>> ListAsync(string userId, CancellationToken cancellationToken = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.Id).ToListAsync(cancellationToken);

    public async Task<bool> RevokeAsync(string userId, long id, CancellationToken cancellationToken = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, cancellationToken);
        if (token is null || token.RevokedAt is not null)
        {
            return false;
        }

        token.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The user of a valid token: known, not revoked, not expired, user not locked out.</summary>
    public async Task<FcpsUser?> UserOfAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!token.StartsWith(Marker, StringComparison.Ordinal) || token.Length != Marker.Length + 64)
        {
            return null;
        }

        var hash = HashOf(token);
        var now = time.GetUtcNow();
        var found = await db.ApiTokens.AsNoTracking().Include(t => t.User).SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        return found is { RevokedAt: null, User: { } user } && (found.ExpiresAt is null || found.ExpiresAt > now) && (user.LockoutEnd is null || user.LockoutEnd <= now)
            ? user
            : null;
    }

    private static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
