using System.Globalization;
using System.Security.Cryptography;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Accounts.Sessions;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers.Accounts;

/// <summary>Why staff could not create an account.</summary>
internal enum AccountRefusal
{
    SupplierNotFound,
    LoginNameInvalid,
    DisplayNameInvalid,
    LoginNameTaken,
}

/// <summary>
/// Supplier accounts as staff keep them on the supplier's page: create, reset (a new one-time password) and disable.
/// A one-time password is returned once to be shown once; only its hash is stored, and it is in no audit entry.
/// </summary>
internal sealed class SupplierAccounts(FcpsDbContext db, IPasswordHasher<SupplierAccount> hasher, SessionStore sessions, TimeProvider time)
{
    public const int MaxLoginName = 100;
    public const int MaxDisplayName = 100;

    public Task<List<SupplierAccount>> ListAsync(int siteId, int supplierId, CancellationToken cancellationToken = default) =>
        db.SupplierAccounts().AsNoTracking().Where(a => a.SiteId == siteId && a.SupplierId == supplierId).OrderBy(a => a.Id).ToListAsync(cancellationToken);

    public async Task<(SupplierAccount? Account, string? Password, AccountRefusal? Refusal)> CreateAsync(int siteId, int supplierId, string? loginName, string? displayName, Actor actor, CancellationToken cancellationToken = default)
    {
        var login = loginName?.Trim() ?? "";
        var display = displayName?.Trim() ?? "";
        if (!await db.Suppliers().AnyAsync(s => s.SiteId == siteId && s.Id == supplierId, cancellationToken))
        {
            return (null, null, AccountRefusal.SupplierNotFound);
        }

        if (!ValidLoginName(login))
        {
            return (null, null, AccountRefusal.LoginNameInvalid);
        }

        if (display.Length is 0 or > MaxDisplayName)
        {
            return (null, null, AccountRefusal.DisplayNameInvalid);
        }

        var normalized = Normalize(login);
        if (await db.SupplierAccounts().AnyAsync(a => a.NormalizedLoginName == normalized, cancellationToken))
        {
            return (null, null, AccountRefusal.LoginNameTaken);
        }

        var password = UserAdministration.NewPassword();
        var now = time.GetUtcNow();
        var account = new SupplierAccount
        {
            SiteId = siteId,
            SupplierId = supplierId,
            LoginName = login,
            NormalizedLoginName = normalized,
            DisplayName = display,
            PasswordHash = "",
            MustChangePassword = true,
            SessionStamp = NewStamp(),
            CreatedAt = now,
            CreatedBy = actor.UserName,
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        db.SupplierAccounts().Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two staff creating the same name at once: the unique index decides.
            return (null, null, AccountRefusal.LoginNameTaken);
        }

        Audit(account, actor, "create", null, Record(account), now);
        await db.SaveChangesAsync(cancellationToken);
        return (account, password, null);
    }

    /// <summary>A new one-time password: the old one and every open session of the account end; a lockout is lifted.</summary>
    public async Task<(SupplierAccount? Account, string? Password)> ResetAsync(int siteId, int supplierId, int accountId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(siteId, supplierId, accountId, cancellationToken) is not { DisabledAt: null } account)
        {
            return (null, null);
        }

        var password = UserAdministration.NewPassword();
        account.PasswordHash = hasher.HashPassword(account, password);
        account.MustChangePassword = true;
        account.SessionStamp = NewStamp();
        account.FailedAttempts = 0;
        account.LockedUntil = null;
        Audit(account, actor, "reset", null, Record(account), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllExceptAsync(SessionStore.SupplierOwner(account.Id), null, SessionEnd.Reset, actor, account.SiteId, cancellationToken);
        return (account, password);
    }

    /// <summary>Ends the account for good: its sessions end at their next request (the cookie check reads this row).</summary>
    public async Task<bool> DisableAsync(int siteId, int supplierId, int accountId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(siteId, supplierId, accountId, cancellationToken) is not { DisabledAt: null } account)
        {
            return false;
        }

        var before = Record(account);
        account.DisabledAt = time.GetUtcNow();
        account.DisabledBy = actor.UserName;
        account.SessionStamp = NewStamp();
        Audit(account, actor, "disable", before, Record(account), account.DisabledAt.Value);
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllExceptAsync(SessionStore.SupplierOwner(account.Id), null, SessionEnd.Disabled, actor, account.SiteId, cancellationToken);
        return true;
    }

    /// <summary>Letters, digits and <c>. _ - @ +</c>: a name or an e-mail address, nothing that reads differently elsewhere.</summary>
    public static bool ValidLoginName(string login) =>
        login.Length is >= 3 and <= MaxLoginName && login.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@' or '+');

    public static string Normalize(string login) => login.Trim().ToUpperInvariant();

    public static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    internal static object Record(SupplierAccount a) => new { supplier = a.SupplierId, login = a.LoginName, name = a.DisplayName, mustChangePassword = a.MustChangePassword, disabledAt = a.DisabledAt };

    internal void Audit(SupplierAccount account, Actor actor, string action, object? before, object? after, DateTimeOffset at) =>
        SupplyAudit.Add(db, account.SiteId, actor, action, "supplier-accounts", account.Id.ToString(CultureInfo.InvariantCulture), before, after, at);

    private Task<SupplierAccount?> FindAsync(int siteId, int supplierId, int accountId, CancellationToken cancellationToken) =>
        db.SupplierAccounts().SingleOrDefaultAsync(a => a.SiteId == siteId && a.SupplierId == supplierId && a.Id == accountId, cancellationToken);
}
