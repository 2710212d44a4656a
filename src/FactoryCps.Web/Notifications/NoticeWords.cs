using System.Globalization;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Notifications;

/// <summary>The words of a notice's kind: resource <c>NoticeKind_</c> + the kind with '-' as '_' (<c>NoticeKind_round_due</c>), in a language.</summary>
internal static class NoticeWords
{
    public static string Of(string kind, CultureInfo? culture = null) =>
        WebText.ResourceManager.GetString("NoticeKind_" + kind.Replace('-', '_'), culture ?? CultureInfo.CurrentUICulture) is { Length: > 0 } words
            ? words
            : WebText.ResourceManager.GetString(nameof(WebText.NoticeKindOther), culture ?? CultureInfo.CurrentUICulture)!;

    /// <summary>The culture of a user's stored language (<c>FcpsUser.Language</c>): English when they chose it, else Japanese.</summary>
    public static CultureInfo CultureOf(string? language) => CultureInfo.GetCultureInfo(language == "en" ? "en" : "ja");
}
