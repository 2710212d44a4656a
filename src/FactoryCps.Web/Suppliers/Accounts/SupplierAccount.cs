namespace FactoryCps.Web.Suppliers.Accounts;

/// <summary>
/// A supplier's own sign-in for repeat work at one site: it reaches every questionnaire of that supplier there and
/// nothing else. The password is kept as ASP.NET Core Identity's hash; the first one is a one-time password staff
/// hand over, which opens no questionnaire until the supplier has chosen their own (staff saw it).
/// </summary>
internal sealed class SupplierAccount
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    public int SupplierId { get; set; }

    /// <summary>A name or an e-mail address, as staff typed it; unique in the installation (the login page names no site).</summary>
    public required string LoginName { get; set; }

    /// <summary>The login name upper-cased (invariant), so that sign-in ignores case and two accounts cannot differ only by it.</summary>
    public required string NormalizedLoginName { get; set; }

    /// <summary>The person as recorded with their answers and in the audit log.</summary>
    public required string DisplayName { get; set; }

    public required string PasswordHash { get; set; }

    public bool MustChangePassword { get; set; }

    public int FailedAttempts { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Random, renewed by a password change or reset: a portal session naming an older one has ended.</summary>
    public required string SessionStamp { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }

    public string? DisabledBy { get; set; }

    public DateTimeOffset? LastLoginAt { get; set; }

    /// <summary>The authenticator key (base32), protected with data protection; set while enrolling and once enrolled.</summary>
    public string? AuthenticatorKey { get; set; }

    /// <summary>When the second factor was turned on; null: none, sign-in asks for the password only.</summary>
    public DateTimeOffset? SecondFactorSince { get; set; }

    /// <summary>The unused recovery codes' SHA-256 hashes (hex, space-separated): each works once.</summary>
    public string? RecoveryCodeHashes { get; set; }

    /// <summary>The last accepted code's time step: a code seen once is refused, even within its 30 seconds.</summary>
    public long? LastCodeStep { get; set; }

    public bool HasSecondFactor => SecondFactorSince is not null;

    public Supplier? Supplier { get; set; }

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && now < until;

    /// <summary>Counts a wrong password; the last allowed one locks the account for the lockout time and starts the count again.</summary>
    public void Fail(DateTimeOffset now, int maxAttempts, TimeSpan lockout)
    {
        FailedAttempts++;
        if (FailedAttempts >= maxAttempts)
        {
            LockedUntil = now + lockout;
            FailedAttempts = 0;
        }
    }

    public void SignedIn(DateTimeOffset now)
    {
        FailedAttempts = 0;
        LockedUntil = null;
        LastLoginAt = now;
    }
}
