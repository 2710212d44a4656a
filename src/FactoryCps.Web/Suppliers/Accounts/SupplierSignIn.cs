using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FactoryCps.Web.Suppliers.Accounts;

/// <summary>
/// A supplier account's side: signing in (with the staff's lockout settings), changing the password (with the staff's
/// password rules), and what an open session may still do. Every refusal to sign in looks the same to the caller.
/// </summary>
internal sealed class SupplierSignIn(FcpsDbContext db, IPasswordHasher<SupplierAccount> hasher, UserManager<FcpsUser> users, IOptions<IdentityOptions> identity, TimeProvider time)
{
    /// <summary>Verified against when the name is unknown, so that an unknown name costs the same time as a wrong password.</summary>
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<SupplierAccount>().HashPassword(null!, "not-a-password-" + SupplierAccounts.NewStamp()));

    /// <summary>
    /// The account when the name and password are right and it is neither disabled nor locked; null otherwise. An
    /// account with a second factor is not signed in yet: the code comes next (SupplierSecondFactor).
    /// </summary>
    public async Task<SupplierAccount?> SignInAsync(string? loginName, string? password, CancellationToken cancellationToken = default)
    {
        var normalized = SupplierAccounts.Normalize(loginName ?? "");
        var account = normalized.Length is 0 or > SupplierAccounts.MaxLoginName
            ? null
            : await db.SupplierAccounts().SingleOrDefaultAsync(a => a.NormalizedLoginName == normalized, cancellationToken);
        var now = time.GetUtcNow();
        if (account is null || account.DisabledAt is not null || password is not { Length: > 0 })
        {
            hasher.VerifyHashedPassword(null!, DummyHash.Value, password ?? "");
            return null;
        }

        if (account.IsLockedAt(now))
        {
            return null; // no verification while locked: guessing goes no faster by waiting on the answer
        }

        if (hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            Failed(db, account, identity.Value.Lockout, "password", now);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        if (!account.HasSecondFactor)
        {
            account.SignedIn(now); // with a second factor, not before the code: failures go on counting
            await db.SaveChangesAsync(cancellationToken);
        }

        return account;
    }

    /// <summary>
    /// Counts a failed step (password or second factor); the failure that locks the account is recorded in the site's
    /// audit log, since the login page says nothing of it (one message for every refusal).
    /// </summary>
    internal static void Failed(FcpsDbContext db, SupplierAccount account, LockoutOptions lockout, string step, DateTimeOffset now)
    {
        account.Fail(now, lockout.MaxFailedAccessAttempts, lockout.DefaultLockoutTimeSpan);
        if (account.IsLockedAt(now) && account.FailedAttempts == 0)
        {
            var actor = new Actor(null, $"portal-account:{account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)} {account.DisplayName}");
            SupplyAudit.Add(db, account.SiteId, actor, "lockout", "supplier-accounts", account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, new { step, until = account.LockedUntil }, now);
        }
    }

    /// <summary>Sets the supplier's own password (the staff's rules; not the current one again); Identity's errors otherwise.</summary>
    public async Task<(SupplierAccount? Changed, IReadOnlyList<string> Errors)> ChangePasswordAsync(int accountId, string stamp, string? current, string? chosen, Actor actor, CancellationToken cancellationToken = default)
    {
        var account = await db.SupplierAccounts().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null || account.DisabledAt is not null || account.SessionStamp != stamp
            || hasher.VerifyHashedPassword(account, account.PasswordHash, current ?? "") == PasswordVerificationResult.Failed)
        {
            return (null, [Resources.WebText.AccountCurrentPasswordWrong]);
        }

        if (hasher.VerifyHashedPassword(account, account.PasswordHash, chosen ?? "") != PasswordVerificationResult.Failed)
        {
            return (null, [Resources.WebText.AccountPasswordUnchanged]);
        }

        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            // The staff's validators and rules (IdentitySetup), for a person who is no staff user.
            var result = await validator.ValidateAsync(users, new FcpsUser(), chosen ?? "");
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var before = SupplierAccounts.Record(account);
        account.PasswordHash = hasher.HashPassword(account, chosen!);
        account.MustChangePassword = false;
        account.SessionStamp = SupplierAccounts.NewStamp();
        SupplyAudit.Add(db, account.SiteId, actor, "password", "supplier-accounts", account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), before, SupplierAccounts.Record(account), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return (account, []);
    }

    /// <summary>The account behind a session while it may go on: not disabled, and the password not changed or reset since.</summary>
    public async Task<SupplierAccount?> ActiveAsync(int accountId, string? stamp, CancellationToken cancellationToken = default)
    {
        var account = await db.SupplierAccounts().AsNoTracking().Include(a => a.Supplier).SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        return account is { DisabledAt: null } && stamp is not null && account.SessionStamp == stamp ? account : null;
    }

    /// <summary>The account's supplier's questionnaires at its site, newest first: the portal's list.</summary>
    public Task<List<Questionnaire>> QuestionnairesAsync(SupplierAccount account, CancellationToken cancellationToken = default) =>
        db.Questionnaires().AsNoTracking().Include(q => q.SuppliedItem)
            .Where(q => q.SiteId == account.SiteId && q.SupplierId == account.SupplierId)
            .OrderByDescending(q => q.Id).ToListAsync(cancellationToken);

    /// <summary>The questionnaire's id when it is one of the account's supplier at its site; null for anything else.</summary>
    public async Task<long?> QuestionnaireIdAsync(SupplierAccount account, string publicId, CancellationToken cancellationToken = default) =>
        await db.Questionnaires().AsNoTracking()
            .Where(q => q.PublicId == publicId && q.SiteId == account.SiteId && q.SupplierId == account.SupplierId)
            .Select(q => (long?)q.Id).SingleOrDefaultAsync(cancellationToken);
}
