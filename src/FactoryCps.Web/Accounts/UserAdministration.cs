using System.Security.Cryptography;
using FactoryCps.Web.Accounts.Sessions;
using FactoryCps.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace FactoryCps.Web.Accounts;

/// <summary>The result of creating or resetting an account: the one-time password, or Identity's errors.</summary>
internal sealed record AccountResult(string? Password, IReadOnlyList<IdentityError> Errors)
{
    public bool Succeeded => Password is not null;
}

/// <summary>
/// Accounts from the shell (<c>fcps users add|reset</c>). There is no default password: each account gets a
/// random one, shown once, that satisfies the password rules and must be changed at first sign-in (AccountGate). A reset
/// ends every session of the account (when given the session store, as the shell's command is).
/// </summary>
internal sealed class UserAdministration(UserManager<FcpsUser> users, SessionStore? sessions = null)
{
    public async Task<AccountResult> AddAsync(string email, string? displayName, bool administrator)
    {
        var user = new FcpsUser { UserName = email, Email = email, DisplayName = displayName, IsAdministrator = administrator, MustChangePassword = true };
        var password = NewPassword();
        var result = await users.CreateAsync(user, password);
        return result.Succeeded ? new AccountResult(password, []) : new AccountResult(null, [.. result.Errors]);
    }

    public async Task<AccountResult> ResetAsync(string email)
    {
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return new AccountResult(null, [new IdentityError { Code = "UnknownUser", Description = email }]);
        }

        var password = NewPassword();
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        if (errors.Count > 0)
        {
            return new AccountResult(null, errors);
        }

        // Set directly rather than through a reset token: the shell needs no token provider (data protection
        // keys belong to the server). A new security stamp signs the user out everywhere.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        user.MustChangePassword = true;
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            return new AccountResult(null, [.. result.Errors]);
        }

        // At once rather than at Identity's next stamp check (up to 30 minutes): whoever held the account is out.
        if (sessions is not null)
        {
            await sessions.EndAllExceptAsync(SessionStore.StaffOwner(user.Id), null, SessionEnd.Reset, new Sites.Actor(null, "fcps users reset"), null);
        }

        return new AccountResult(password, []);
    }

    /// <summary>20 characters from letters and digits (about 119 bits), always with each kind the rules ask for.</summary>
    internal static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string all = upper + lower + digits;
        var characters = new char[20];
        characters[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        characters[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        characters[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        for (var i = 3; i < characters.Length; i++)
        {
            characters[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }
}
