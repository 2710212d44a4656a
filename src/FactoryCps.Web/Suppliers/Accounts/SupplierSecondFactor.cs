using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OtpNet;

namespace FactoryCps.Web.Suppliers.Accounts;

/// <summary>
/// A supplier account's second factor, kept with the account: an authenticator key (protected with data protection,
/// so a copy of the database alone does not give the codes) and recovery codes kept as hashes. Codes are checked
/// as staff codes are (TotpCheck: 30-second steps, one step of drift either way, a code accepted once).
/// </summary>
internal sealed class SupplierSecondFactor(FcpsDbContext db, IDataProtectionProvider protection, IOptions<IdentityOptions> identity, TimeProvider time)
{
    public const int RecoveryCodeCount = 10;

    private readonly IDataProtector _protector = protection.CreateProtector("FactoryCps.SupplierAccounts.AuthenticatorKey");

    /// <summary>The key to enrol with: the one started earlier, or a new one (160 random bits). Null when already enrolled.</summary>
    public async Task<string?> EnrolmentKeyAsync(int accountId, CancellationToken cancellationToken = default)
    {
        if (await TrackedAsync(accountId, cancellationToken) is not { } account || account.HasSecondFactor)
        {
            return null;
        }

        if (Key(account) is { } started)
        {
            return started;
        }

        var key = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        account.AuthenticatorKey = _protector.Protect(key);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>Turns the second factor on when the code matches the key being enrolled; returns the recovery codes, shown once.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(int accountId, string? code, Actor actor, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (await TrackedAsync(accountId, cancellationToken) is not { } account || account.HasSecondFactor || Key(account) is not { } key || !AppCodeMatches(account, key, code, now))
        {
            return null;
        }

        account.SecondFactorSince = now;
        var codes = NewRecoveryCodes(account);
        SupplyAudit.Add(db, account.SiteId, actor, "second-factor-enrol", "supplier-accounts", Id(account), null, new { secondFactor = true }, now);
        await db.SaveChangesAsync(cancellationToken);
        return codes;
    }

    /// <summary>New recovery codes in place of the old ones (which stop working); null without a second factor.</summary>
    public async Task<IReadOnlyList<string>?> RenewCodesAsync(int accountId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await TrackedAsync(accountId, cancellationToken) is not { HasSecondFactor: true } account)
        {
            return null;
        }

        var codes = NewRecoveryCodes(account);
        SupplyAudit.Add(db, account.SiteId, actor, "second-factor-codes", "supplier-accounts", Id(account), null, null, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return codes;
    }

    /// <summary>
    /// Sign-in's second step: the account (its stamp unchanged since the password step) when the app's code or an
    /// unused recovery code matches; a wrong code counts towards the lockout like a wrong password.
    /// </summary>
    public async Task<SupplierAccount?> VerifyAsync(int accountId, string? stamp, string? code, CancellationToken cancellationToken = default)
    {
        var account = await db.SupplierAccounts().Include(a => a.Supplier).SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        var now = time.GetUtcNow();
        if (account is null || account.DisabledAt is not null || account.SessionStamp != stamp || !account.HasSecondFactor || account.IsLockedAt(now))
        {
            return null;
        }

        var normalized = AuthenticatorEnrolment.Normalize(code);
        var accepted = AuthenticatorEnrolment.IsAppCode(normalized)
            ? Key(account) is { } key && AppCodeMatches(account, key, normalized, now)
            : RedeemRecoveryCode(account, normalized);
        if (!accepted)
        {
            SupplierSignIn.Failed(db, account, identity.Value.Lockout, "second-factor", now);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        account.SignedIn(now);
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }

    /// <summary>Staff reset a lost second factor: key and codes are gone, the password alone signs in until the supplier enrols again.</summary>
    public async Task<bool> ResetAsync(int siteId, int supplierId, int accountId, Actor actor, CancellationToken cancellationToken = default)
    {
        var account = await db.SupplierAccounts().SingleOrDefaultAsync(a => a.SiteId == siteId && a.SupplierId == supplierId && a.Id == accountId, cancellationToken);
        if (account is not { DisabledAt: null } || !account.HasSecondFactor)
        {
            return false;
        }

        (account.AuthenticatorKey, account.SecondFactorSince, account.RecoveryCodeHashes, account.LastCodeStep) = (null, null, null, null);
        account.SessionStamp = SupplierAccounts.NewStamp(); // a session opened with the lost device ends
        SupplyAudit.Add(db, siteId, actor, "second-factor-reset", "supplier-accounts", Id(account), new { secondFactor = true }, new { secondFactor = false }, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Ten codes of ten letters and digits (about 50 bits each), written xxxxx-xxxxx; only their hashes are kept.</summary>
    internal static IReadOnlyList<string> RecoveryCodes()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        return [.. Enumerable.Range(0, RecoveryCodeCount).Select(_ =>
        {
            var chars = new char[10];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }

            return new string(chars, 0, 5) + "-" + new string(chars, 5, 5);
        })];
    }

    /// <summary>Recovery codes are random, so a plain SHA-256 suffices to keep them unreadable (no password to guess).</summary>
    internal static string Hash(string normalizedCode) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedCode.ToLowerInvariant())));

    private IReadOnlyList<string> NewRecoveryCodes(SupplierAccount account)
    {
        var codes = RecoveryCodes();
        account.RecoveryCodeHashes = string.Join(' ', codes.Select(c => Hash(AuthenticatorEnrolment.Normalize(c))));
        return codes;
    }

    private static bool RedeemRecoveryCode(SupplierAccount account, string normalized)
    {
        var hashes = (account.RecoveryCodeHashes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var index = normalized.Length == 10 ? hashes.IndexOf(Hash(normalized)) : -1;
        if (index < 0)
        {
            return false;
        }

        hashes.RemoveAt(index);
        account.RecoveryCodeHashes = string.Join(' ', hashes);
        return true;
    }

    private static bool AppCodeMatches(SupplierAccount account, string key, string? code, DateTimeOffset now)
    {
        if (TotpCheck.Accept(key, code, now, account.LastCodeStep) is not { } step)
        {
            return false;
        }

        account.LastCodeStep = step;
        return true;
    }

    private string? Key(SupplierAccount account)
    {
        if (account.AuthenticatorKey is not { } stored)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(stored);
        }
        catch (CryptographicException)
        {
            return null; // the keys that protected it are gone: staff reset the second factor
        }
    }

    private Task<SupplierAccount?> TrackedAsync(int accountId, CancellationToken cancellationToken) =>
        db.SupplierAccounts().SingleOrDefaultAsync(a => a.Id == accountId && a.DisabledAt == null, cancellationToken);

    private static string Id(SupplierAccount account) => account.Id.ToString(CultureInfo.InvariantCulture);
}
