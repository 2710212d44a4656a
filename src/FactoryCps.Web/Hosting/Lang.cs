using System.Globalization;
using FactoryCps.Localization;
using Microsoft.AspNetCore.Localization;

namespace FactoryCps.Web.Hosting;

/// <summary>The request's language (set by request localisation from the user's choice or the browser).</summary>
internal static class Lang
{
    public static Language Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? Language.En : Language.Ja;

    public static string Code => Current.Code();

    /// <summary>A catalogue text in the request's language.</summary>
    public static string T(LocalizedText? text) => text?.Get(Current) ?? "";

    /// <summary>
    /// Keeps the language a form chose (English, else Japanese) in the request-culture cookie: for
    /// <paramref name="keepFor"/>, or for the browser session when null.
    /// </summary>
    public static void Remember(HttpContext context, string? culture, TimeSpan? keepFor)
    {
        var chosen = culture == "en" ? "en" : "ja";
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = now + keepFor, HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true });
    }
}
