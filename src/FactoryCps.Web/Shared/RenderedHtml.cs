using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace FactoryCps.Web.Shared;

/// <summary>Rendered page content turned into one string, to be kept and written again to later responses.</summary>
internal static class RenderedHtml
{
    public static HtmlString Freeze(IHtmlContent content, HtmlEncoder encoder)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, encoder);
        return new HtmlString(writer.ToString());
    }
}
