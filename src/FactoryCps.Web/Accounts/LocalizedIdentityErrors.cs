using System.Globalization;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Identity;

namespace FactoryCps.Web.Accounts;

/// <summary>Identity's messages that users meet (password rules, taken addresses) in the request's language.</summary>
internal sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), WebText.IdentityPasswordTooShort, length);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), WebText.IdentityPasswordRequiresDigit);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), WebText.IdentityPasswordRequiresLower);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), WebText.IdentityPasswordRequiresUpper);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), WebText.IdentityDuplicateEmail, email);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), WebText.IdentityDuplicateEmail, userName);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), WebText.IdentityInvalidEmail, email);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), WebText.IdentityInvalidEmail, userName);

    private static IdentityError Error(string code, string format, params object?[] args) =>
        new() { Code = code, Description = string.Format(CultureInfo.CurrentCulture, format, args) };
}
