using System.Globalization;
using FactoryCps.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// Identity's authenticator provider for staff, checking with <see cref="TotpCheck"/> instead of Identity's own: the
/// same rule as supplier accounts, the application's TimeProvider, and a code accepted once (the last accepted step
/// is kept as one of the user's Identity tokens). Identity keeps the key, the enrolment and the recovery codes.
/// </summary>
internal sealed class TotpTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<FcpsUser>
{
    private const string LoginProvider = "[FactoryCPS]";
    private const string LastStepToken = "LastCodeStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<FcpsUser> manager, FcpsUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app makes the codes; the server never does.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<FcpsUser> manager, FcpsUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<FcpsUser> manager, FcpsUser user)
    {
        if (await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepToken), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : (long?)null;
        if (TotpCheck.Accept(key, token, time.GetUtcNow(), last) is not { } step)
        {
            return false;
        }

        await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
        return true;
    }
}
