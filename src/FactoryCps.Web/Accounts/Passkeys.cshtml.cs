using FactoryCps.Web.Data;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// A staff user's passkeys: add one (the browser creates it with the script; the page posts what it made), name it,
/// remove it. Without the script, or where passkeys are not offered, the list still shows and removing still works.
/// </summary>
internal sealed partial class PasskeysModel(SignInManager<FcpsUser> signIn, TimeProvider time, ILogger<PasskeysModel> logger) : PageModel
{
    public const int MaxName = 60;

    public IReadOnlyList<UserPasskeyInfo> Passkeys { get; private set; } = [];

    public bool Offered { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        Message = done switch
        {
            "added" => WebText.PasskeyAdded,
            "renamed" => WebText.PasskeyRenamed,
            "removed" => WebText.PasskeyRemoved,
            _ => null,
        };
        return await LoadAsync() is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string? credential, string? name)
    {
        if (await LoadAsync() is not { } user || !Offered || string.IsNullOrEmpty(credential) || credential.Length > 64 * 1024)
        {
            return await Refuse(WebText.PasskeyAddFailed);
        }

        PasskeyAttestationResult attestation;
        try
        {
            attestation = await signIn.PerformPasskeyAttestationAsync(credential);
        }
        catch (InvalidOperationException ex)
        {
            NotAdded(logger, ex.Message); // no creation under way in this browser
            return await Refuse(WebText.PasskeyAddFailed);
        }

        if (!attestation.Succeeded)
        {
            NotAdded(logger, attestation.Failure.Message);
            return await Refuse(WebText.PasskeyAddFailed);
        }

        var passkey = attestation.Passkey;
        passkey.Name = CleanName(name) ?? WebText.PasskeyDefaultName + " " + time.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var stored = await signIn.UserManager.AddOrUpdatePasskeyAsync(user, passkey);
        return stored.Succeeded ? RedirectToPage(new { done = "added" }) : await Refuse(WebText.PasskeyAddFailed);
    }

    public async Task<IActionResult> OnPostRenameAsync(string? id, string? name)
    {
        if (await LoadAsync() is not { } user || Decode(id) is not { } credentialId || CleanName(name) is not { } clean
            || await signIn.UserManager.GetPasskeyAsync(user, credentialId) is not { } passkey)
        {
            return await Refuse(WebText.PasskeyNameInvalid);
        }

        passkey.Name = clean;
        await signIn.UserManager.AddOrUpdatePasskeyAsync(user, passkey);
        return RedirectToPage(new { done = "renamed" });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? id)
    {
        // Only one of the user's own: another's id is no passkey here (Identity would remove nothing and say so).
        if (await LoadAsync() is not { } user || Decode(id) is not { } credentialId
            || await signIn.UserManager.GetPasskeyAsync(user, credentialId) is null)
        {
            return NotFound();
        }

        var removed = await signIn.UserManager.RemovePasskeyAsync(user, credentialId);
        return removed.Succeeded ? RedirectToPage(new { done = "removed" }) : NotFound();
    }

    /// <summary>A passkey's id as the forms carry it.</summary>
    public static string IdOf(UserPasskeyInfo passkey) => WebEncoders.Base64UrlEncode(passkey.CredentialId);

    private async Task<FcpsUser?> LoadAsync()
    {
        Response.Headers.CacheControl = "no-store";
        Offered = PasskeySetup.Offered(HttpContext);
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return null;
        }

        Passkeys = [.. (await signIn.UserManager.GetPasskeysAsync(user)).OrderBy(p => p.CreatedAt)];
        return user;
    }

    private async Task<IActionResult> Refuse(string error)
    {
        if (Passkeys.Count == 0)
        {
            await LoadAsync();
        }

        Error = error;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>Why the browser's new passkey was refused, for the operator (the page says only that it was).</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "A passkey was not added: {Reason}")]
    private static partial void NotAdded(ILogger logger, string reason);

    private static string? CleanName(string? name) =>
        name?.Trim() is { Length: > 0 and <= MaxName } clean && !clean.Any(char.IsControl) ? clean : null;

    private static byte[]? Decode(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 1400)
        {
            return null;
        }

        try
        {
            return WebEncoders.Base64UrlDecode(id);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
