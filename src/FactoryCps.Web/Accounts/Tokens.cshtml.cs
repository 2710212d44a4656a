using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactoryCps.Web.Accounts;

/// <summary>A user's API tokens: created with an expiry, shown once, revocable.</summary>
internal sealed class TokensModel(ApiTokens tokens, TimeProvider time) : PageModel
{
    public List<ApiToken> Tokens { get; private set; } = [];

    public string? NewToken { get; private set; }

    public async Task OnGetAsync() => Tokens = await tokens.ListAsync(User.UserId()!);

    public async Task<IActionResult> OnPostCreateAsync(string? name, int? days)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100 || days is < 1 or > 730)
        {
            return BadRequest();
        }

        NewToken = await tokens.CreateAsync(User.UserId()!, name.Trim(), time.GetUtcNow().AddDays(days ?? 90));
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id)
    {
        await tokens.RevokeAsync(User.UserId()!, id);
        return RedirectToPage();
    }
}
