using System.Text.Json;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// Account events an administrator must be able to find although the sign-in page says nothing of them: a lockout
/// (the page shows the one refusal message), an enrolment or reset of the second factor. They belong to no site,
/// so they go to the installation's part of the audit log (no site) and to the server log. No address is logged.
/// </summary>
internal sealed partial class SignInAudit(FcpsDbContext db, TimeProvider time, ILogger<SignInAudit> logger)
{
    public const string Section = "accounts";

    /// <summary>The account was just locked out after repeated failures of a step (password, second factor).</summary>
    public async Task LockedOutAsync(FcpsUser user, string step)
    {
        LogLockedOut(logger, user.Id, step, user.LockoutEnd);
        await AddAsync(null, new Actor(user.Id, user.Email ?? user.Id), "lockout", user, new { step, until = user.LockoutEnd });
    }

    /// <summary>A change of the user's second factor (enrolled, recovery codes renewed, reset by an administrator).</summary>
    public async Task SecondFactorAsync(int? siteId, Actor actor, string action, FcpsUser user)
    {
        LogSecondFactor(logger, action, user.Id, actor.UserName);
        await AddAsync(siteId, actor, action, user, new { twoFactor = user.TwoFactorEnabled });
    }

    private async Task AddAsync(int? siteId, Actor actor, string action, FcpsUser user, object after)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            SiteId = siteId,
            At = time.GetUtcNow(),
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            Section = Section,
            Key = user.Email,
            After = JsonSerializer.Serialize(after),
        });
        await db.SaveChangesAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Staff account {UserId} locked out after repeated failures ({Step}) until {Until}")]
    private static partial void LogLockedOut(ILogger logger, string userId, string step, DateTimeOffset? until);

    [LoggerMessage(Level = LogLevel.Information, Message = "Second factor {Action} for staff account {UserId} by {Actor}")]
    private static partial void LogSecondFactor(ILogger logger, string action, string userId, string actor);
}
