using System.Security.Claims;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// Identity's claims plus what the user still has to do before anything else opens (AccountGate): change a
/// one-time password, enrol a second factor. Made at sign-in and whenever the cookie is refreshed (a password
/// change or an enrolment refreshes it, so the claim goes at once).
/// </summary>
internal sealed class FcpsClaimsFactory(UserManager<FcpsUser> users, IOptions<IdentityOptions> options, FcpsDbContext db, IConfiguration configuration)
    : UserClaimsPrincipalFactory<FcpsUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(FcpsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccountGate.PendingClaim, AccountGate.PasswordPending));
        }

        var settingOn = configuration.GetValue<bool>(SecondFactorRule.Setting);
        if (settingOn && !user.TwoFactorEnabled)
        {
            var roles = await db.SiteMembers.AsNoTracking().Where(m => m.UserId == user.Id).Select(m => m.Role).ToListAsync();
            if (SecondFactorRule.MustEnrol(settingOn, user.IsAdministrator, roles, enrolled: false))
            {
                identity.AddClaim(new Claim(AccountGate.PendingClaim, AccountGate.EnrolmentPending));
            }
        }

        return identity;
    }
}
