using System.Globalization;
using FactoryCps.Localization;

namespace FactoryCps.Web.Hosting;

/// <summary>The request's language (set by request localisation from the user's choice or the browser).</summary>
internal static class Lang
{
    public static Language Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? Language.En : Language.Ja;

    public static string Code => Current.Code();

    /// <summary>A catalogue text in the request's language.</summary>
    public static string T(LocalizedText? text) => text?.Get(Current) ?? "";
}
