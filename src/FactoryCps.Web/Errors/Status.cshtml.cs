using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactoryCps.Web.Errors;

/// <summary>
/// The page a browser sees for an error status (the API answers problem details instead). It says no more
/// than the status: a 404 for another site's page reads exactly like one for a page that does not exist.
/// The error is re-executed with the failed request's method, so the page answers every method the same way and
/// skips the anti-forgery check: a POST's own token was checked (or the POST refused) by the page that failed,
/// and checking it again here would turn every error of a form (a 404 above all) into a 400. The page only
/// shows a text; it changes nothing.
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnPost(int code) => OnGet(code);

    public void OnPut(int code) => OnGet(code);

    public void OnDelete(int code) => OnGet(code);

    public void OnPatch(int code) => OnGet(code);

    public void OnGet(int code)
    {
        // Only reachable as a re-executed error; asked for directly it is simply not found.
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var status = original is null ? StatusCodes.Status404NotFound : code;
        (Title, Explanation) = status switch
        {
            StatusCodes.Status401Unauthorized => (WebText.Error401Title, WebText.Error401Text),
            StatusCodes.Status403Forbidden => (WebText.Error403Title, WebText.Error403Text),
            StatusCodes.Status404NotFound => (WebText.Error404Title, WebText.Error404Text),
            StatusCodes.Status429TooManyRequests => (WebText.Error429Title, WebText.Error429Text),
            >= 500 => (WebText.Error500Title, WebText.Error500Text),
            _ => (WebText.ErrorTitle, WebText.ErrorText),
        };
        Response.StatusCode = status;
    }
}
