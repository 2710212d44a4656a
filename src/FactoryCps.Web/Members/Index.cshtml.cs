using System.Globalization;
using System.Text.Json;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Members;

internal sealed record MemberRow(string UserId, string? Email, string Role, bool SecondFactor);

/// <summary>
/// Who holds which role at the site. Adding an address without an account creates one only when an
/// administrator asks (with a one-time password to hand over); others can add existing accounts only.
/// </summary>
[SitePermission(SitePermission.ManageMembers)]
internal sealed class IndexModel(FcpsDbContext db, UserManager<FcpsUser> users, SecondFactorReset secondFactor, TimeProvider time) : SitePageModel
{
    public List<MemberRow> Members { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public string? NewPassword { get; private set; }

    /// <summary>Whether a user's lost second factor may be reset here: installation administrators only.</summary>
    public bool MayResetSecondFactor => Access.IsAdministrator;

    public async Task OnGetAsync() =>
        Members = await db.SiteMembers.AsNoTracking()
            .Where(m => m.SiteId == Access.Site.Id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, u.Email, m.Role, u.TwoFactorEnabled })
            .OrderBy(m => m.Email)
            .Select(m => new MemberRow(m.UserId, m.Email, m.Role, m.TwoFactorEnabled))
            .ToListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAddAsync(string email, string role)
    {
        if (!SiteRoles.Permissions.ContainsKey(role) || string.IsNullOrWhiteSpace(email))
        {
            return BadRequest();
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            if (!Access.IsAdministrator)
            {
                return await Done(string.Format(CultureInfo.CurrentCulture, WebText.MemberUnknown, email), error: true);
            }

            var created = await new UserAdministration(users).AddAsync(email.Trim(), null, administrator: false);
            if (!created.Succeeded)
            {
                return await Done(string.Join(" ", created.Errors.Select(e => e.Description)), error: true);
            }

            NewPassword = created.Password;
            user = await users.FindByEmailAsync(email.Trim());
        }

        var member = await db.SiteMembers.SingleOrDefaultAsync(m => m.SiteId == Access.Site.Id && m.UserId == user!.Id);
        var before = member?.Role;
        if (member is null)
        {
            db.SiteMembers.Add(new SiteMember { SiteId = Access.Site.Id, UserId = user!.Id, Role = role });
        }
        else
        {
            member.Role = role;
        }

        Audit(before is null ? "create" : "update", user!, before, role);
        await db.SaveChangesAsync();
        return await Done(string.Format(CultureInfo.CurrentCulture, WebText.MemberSaved, email, SiteRoleText.Name(role)), error: false);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string userId)
    {
        var member = await db.SiteMembers.SingleOrDefaultAsync(m => m.SiteId == Access.Site.Id && m.UserId == userId);
        var user = await users.FindByIdAsync(userId);
        if (member is null || user is null)
        {
            return NotFound();
        }

        db.SiteMembers.Remove(member);
        Audit("delete", user, member.Role, null);
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    /// <summary>
    /// An administrator resets a member's lost second factor, after ticking the confirmation (no script asks); the
    /// audit log records it at this site and for the installation.
    /// </summary>
    public async Task<IActionResult> OnPostResetSecondFactorAsync(string userId, bool confirm)
    {
        if (!Access.IsAdministrator)
        {
            return Forbid();
        }

        var isMember = await db.SiteMembers.AnyAsync(m => m.SiteId == Access.Site.Id && m.UserId == userId);
        if (!isMember || await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        if (!confirm)
        {
            return await Done(WebText.SecondFactorResetUnconfirmed, error: true);
        }

        return await secondFactor.ResetAsync(user, User.Actor(), Access.Site.Id)
            ? await Done(string.Format(CultureInfo.CurrentCulture, WebText.SecondFactorResetDone, user.Email), error: false)
            : await Done(WebText.SecondFactorResetFailed, error: true);
    }

    private void Audit(string action, FcpsUser user, string? before, string? after)
    {
        var actor = User.Actor();
        db.AuditEntries.Add(new AuditEntry
        {
            SiteId = Access.Site.Id,
            At = time.GetUtcNow(),
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            Section = "members",
            Key = user.Email,
            Before = before is null ? null : JsonSerializer.Serialize(new { role = before }),
            After = after is null ? null : JsonSerializer.Serialize(new { role = after }),
        });
    }

    private async Task<IActionResult> Done(string message, bool error)
    {
        (Message, IsError) = (message, error);
        await OnGetAsync();
        return Page();
    }
}
