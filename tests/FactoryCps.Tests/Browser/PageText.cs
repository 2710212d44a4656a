using System.Globalization;
using FactoryCps.Resources;
using FactoryCps.Web.Resources;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// What the pages say, from the same resources the server renders, in the browser's language (Japanese, see
/// <see cref="Browser.Open"/>): a test that compares with these follows a reworded message instead of breaking.
/// </summary>
internal static class PageText
{
    public static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");

    /// <summary>A web text (WebText.ja.resx), formatted like the page formats it.</summary>
    public static string Web(string key, params object[] args)
    {
        var text = WebText.ResourceManager.GetString(key, Japanese) ?? throw new KeyNotFoundException(key);
        return args.Length == 0 ? text : string.Format(Japanese, text, args);
    }

    /// <summary>A web text in a language given by its name ("ja", "en").</summary>
    public static string WebIn(string language, string key) =>
        WebText.ResourceManager.GetString(key, CultureInfo.GetCultureInfo(language)) ?? throw new KeyNotFoundException(key);

    /// <summary>A core library message (Messages.ja.resx) up to its placeholder <paramref name="until"/>, with the arguments before it.</summary>
    public static string CoreUntil(string key, int until, params object[] args)
    {
        var template = Messages.ResourceManager.GetString(key, Japanese) ?? throw new KeyNotFoundException(key);
        var end = template.IndexOf("{" + until.ToString(CultureInfo.InvariantCulture) + "}", StringComparison.Ordinal);
        Assert.True(end >= 0, $"The message {key} has no placeholder {{{until}}}: {template}");
        return string.Format(CultureInfo.InvariantCulture, template[..end], args);
    }
}
