using System.Globalization;
using System.Net;

namespace FactoryCps.Zones;

/// <summary>
/// Text in the diagram without a font to measure it by: a wide (CJK, full-width) character is taken as one em, any
/// other as 0.6 em, which is what the SVG's sans-serif fonts come close to; numbers are written invariantly.
/// </summary>
internal static class ZoneDiagramText
{
    public static double Width(string text, double fontSize) => text.Sum(c => Wide(c) ? 1.0 : 0.6) * fontSize;

    /// <summary>The text, or as much of it as fits in the width followed by an ellipsis (the full text is the box's title).</summary>
    public static string Fit(string text, double fontSize, double width)
    {
        if (Width(text, fontSize) <= width)
        {
            return text;
        }

        var used = Width("…", fontSize);
        var length = 0;
        while (length < text.Length && used + Width(text[length].ToString(), fontSize) <= width)
        {
            used += Width(text[length].ToString(), fontSize);
            length++;
        }

        return text[..length] + "…";
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static bool Wide(char c) => c >= '\u1100' && !(c >= '\uff61' && c <= '\uffdc');
}
