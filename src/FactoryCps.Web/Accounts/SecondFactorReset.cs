using FactoryCps.Web.Accounts.Sessions;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Identity;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// An administrator resets a staff user's lost second factor: the authenticator key is replaced (the old app's codes
/// stop working), the recovery codes are gone, and the user signs in with the password alone until they enrol again
/// (at once, when Fcps:RequireSecondFactor applies to them). Every session of theirs ends at once: whoever holds the
/// lost device may be signed in.
/// </summary>
internal sealed class SecondFactorReset(UserManager<FcpsUser> users, SignInAudit audit, SessionStore sessions)
{
    public async Task<bool> ResetAsync(FcpsUser user, Actor actor, int? siteId)
    {
        var disabled = await users.SetTwoFactorEnabledAsync(user, false);
        var rekeyed = await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0); // none left
        if (!disabled.Succeeded || !rekeyed.Succeeded)
        {
            return false;
        }

        await audit.SecondFactorAsync(siteId, actor, "second-factor-reset", user);
        await sessions.EndAllExceptAsync(SessionStore.StaffOwner(user.Id), keep: null, SessionEnd.Reset, actor, siteId);
        return true;
    }
}
