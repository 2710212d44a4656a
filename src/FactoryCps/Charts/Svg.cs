using System.Globalization;
using System.Net;
using System.Text;

namespace FactoryCps.Charts;

/// <summary>
/// What both pictures share in writing SVG: escaped text, invariant numbers, and a text's width estimated from
/// its characters (full-width for CJK), since the server lays out without a font. Colours are presentation
/// attributes (<c>fill=</c>), never <c>style=</c>: the web's CSP forbids inline styles.
/// </summary>
internal static class Svg
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Width in pixels of <paramref name="text"/> at <paramref name="size"/> px.</summary>
    public static double Width(string text, double size) => text.Sum(c => c > '\u2E7F' ? 1.0 : 0.58) * size;

    /// <summary>The text cut to <paramref name="max"/> pixels with an ellipsis; the whole text goes in a title.</summary>
    public static string Fit(string text, double size, double max)
    {
        if (Width(text, size) <= max)
        {
            return text;
        }

        var cut = new StringBuilder();
        foreach (var c in text)
        {
            if (Width(cut.ToString() + c + "…", size) > max)
            {
                break;
            }

            cut.Append(c);
        }

        return cut.ToString().TrimEnd() + "…";
    }
}

/// <summary>A picture, the sentence that says what it shows (its alternative text as an image) and its size in pixels.</summary>
internal sealed record ChartPicture(string Svg, string Label, double Width, double Height)
{
    /// <summary>
    /// The picture as a file of its own (an image): only that needs the SVG namespace, which inline SVG in HTML
    /// leaves out (and the report names no address at all).
    /// </summary>
    public string File() => Svg.StartsWith("<svg ", StringComparison.Ordinal) ? "<svg xmlns=\"http://www.w3.org/2000/svg\" " + Svg[5..] : Svg;
}
