using System.Globalization;
using FactoryCps.Web.Hosting;
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
/// shows a text; it changes nothing. The code is read from the route, not bound: binding a handler's parameter
/// reads the request's form first, and the form of a refused upload (too large, or already read to its end) failed
/// to read, left the code 0, and Kestrel sent the status line "HTTP/1.1 0" (issue 14).
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    /// <summary>For an upload over its form's limit (413): what was sent, when known.</summary>
    public string? Sent { get; private set; }

    /// <summary>For an upload over its form's limit: the form's page, to go back to.</summary>
    public string? Back { get; private set; }

    public void OnPost() => OnGet();

    public void OnPut() => OnGet();

    public void OnDelete() => OnGet();

    public void OnPatch() => OnGet();

    public void OnGet()
    {
        var code = RouteData.Values["code"] is { } value && int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : StatusCodes.Status404NotFound;
        // Only reachable as a re-executed error; asked for directly it is simply not found.
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var status = original is null ? StatusCodes.Status404NotFound : code;
        (Title, Explanation) = status switch
        {
            StatusCodes.Status401Unauthorized => (WebText.Error401Title, WebText.Error401Text),
            StatusCodes.Status403Forbidden => (WebText.Error403Title, WebText.Error403Text),
            StatusCodes.Status404NotFound => (WebText.Error404Title, WebText.Error404Text),
            StatusCodes.Status413PayloadTooLarge => (WebText.Error413Title, WebText.ErrorText),
            StatusCodes.Status429TooManyRequests => (WebText.Error429Title, WebText.Error429Text),
            >= 500 => (WebText.Error500Title, WebText.Error500Text),
            _ => (WebText.ErrorTitle, WebText.ErrorText),
        };
        if (status == StatusCodes.Status413PayloadTooLarge && HttpContext.Features.Get<RefusedUpload>() is { } refused)
        {
            DescribeRefusedUpload(refused, original!.OriginalPath);
        }

        Response.StatusCode = status;
    }

    private void DescribeRefusedUpload(RefusedUpload refused, string formPath)
    {
        Explanation = string.Format(CultureInfo.CurrentCulture, WebText.Error413Text, Megabytes(refused.Limit));
        Sent = refused.FileName is { } name
            ? string.Format(CultureInfo.CurrentCulture, WebText.Error413Sent, name.Length > 200 ? name[..200] + "…" : name, Megabytes(refused.Length))
            : string.Format(CultureInfo.CurrentCulture, WebText.Error413SentSize, Megabytes(refused.Length));

        // The form's own page (a form posts to its page, or to it with a handler in the query): only a local path.
        Back = formPath.StartsWith('/') && !formPath.StartsWith("//", StringComparison.Ordinal) && !formPath.Contains('\\', StringComparison.Ordinal) ? formPath : "/";
    }

    /// <summary>Rounded down to a tenth: a limit of 10 MB and 64 KB for the form's other fields reads "10".</summary>
    private static string Megabytes(long bytes) =>
        (Math.Floor(bytes * 10.0 / (1024 * 1024)) / 10).ToString("0.#", CultureInfo.CurrentCulture);
}
