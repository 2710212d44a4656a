using FactoryCps.Web.Accounts;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Suppliers.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>
/// A supplier account's second factor, as staff have theirs: enrol an authenticator app (a QR code and the key as
/// text; the first code turns it on), 10 recovery codes shown once, renewable. Invitation links have no account and so no second factor.
/// </summary>
[Authorize(Policy = PortalSetup.Policy)]
internal sealed class TwoFactorModel(SupplierSignIn accounts, SupplierSecondFactor secondFactor) : PortalPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public SupplierAccount? Account { get; private set; }

    public AuthenticatorEnrolment? Enrolment { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public int CodesLeft { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is { } refused ? refused : await ShowAsync();

    public async Task<IActionResult> OnPostEnrolAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var codes = await secondFactor.EnableAsync(Account!.Id, Code, PortalSession.AccountActor(Account), HttpContext.RequestAborted);
        if (codes is null)
        {
            Error = WebText.TwoFactorCodeWrong;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        RecoveryCodes = codes ?? [];
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostCodesAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        RecoveryCodes = await secondFactor.RenewCodesAsync(Account!.Id, PortalSession.AccountActor(Account), HttpContext.RequestAborted) ?? [];
        return await ShowAsync();
    }

    /// <summary>Null when the page may be shown; a redirect or 404 otherwise (an invitation, an ended account, a one-time password).</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        Response.Headers.CacheControl = "no-store";
        Account = await PortalSetup.AccountAsync(User, accounts, HttpContext.RequestAborted);
        return Account is null ? NotFound()
            : Account.MustChangePassword ? LocalRedirect("/portal/password")
            : null;
    }

    private async Task<IActionResult> ShowAsync()
    {
        Account = await PortalSetup.AccountAsync(User, accounts, HttpContext.RequestAborted);
        if (Account is null)
        {
            return NotFound();
        }

        if (Account.HasSecondFactor)
        {
            CodesLeft = (Account.RecoveryCodeHashes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }
        else if (await secondFactor.EnrolmentKeyAsync(Account.Id, HttpContext.RequestAborted) is { } key)
        {
            Enrolment = AuthenticatorEnrolment.For(Account.LoginName, key);
        }

        return Page();
    }
}
