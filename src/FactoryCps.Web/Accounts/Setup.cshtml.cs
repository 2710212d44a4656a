using FactoryCps.Web.Data;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Accounts;

/// <summary>Creates the first administrator with the one-time token printed at start; answers 404 otherwise.</summary>
internal sealed class SetupModel(SetupToken setupToken, SignInManager<FcpsUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public List<string> Errors { get; } = [];

    public IActionResult OnGet() => setupToken.Matches(Token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!setupToken.Matches(Token) || await signIn.UserManager.Users.AnyAsync())
        {
            return NotFound();
        }

        var user = new FcpsUser { UserName = Email, Email = Email, DisplayName = DisplayName, IsAdministrator = true };
        var result = Password is null ? IdentityResult.Failed(new IdentityError { Description = WebText.PasswordRules }) : await signIn.UserManager.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => e.Description));
            return Page();
        }

        if (!setupToken.TryConsume(Token))
        {
            // Someone else finished first with the same link: undo ours rather than leave two first administrators.
            await signIn.UserManager.DeleteAsync(user);
            return NotFound();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }
}
