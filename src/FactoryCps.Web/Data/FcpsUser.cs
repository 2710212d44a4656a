using Microsoft.AspNetCore.Identity;

namespace FactoryCps.Web.Data;

/// <summary>A person who signs in: security lead, plant manager, engineer, executive, or an administrator.</summary>
internal sealed class FcpsUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>ja or en; null follows the browser.</summary>
    public string? Language { get; set; }

    /// <summary>Administrators manage the installation and every site.</summary>
    public bool IsAdministrator { get; set; }

    /// <summary>
    /// Set with a one-time password (an administrator or the shell saw it): until the user chooses their own, signing
    /// in opens only the password-change page (AccountGate).
    /// </summary>
    public bool MustChangePassword { get; set; }
}
