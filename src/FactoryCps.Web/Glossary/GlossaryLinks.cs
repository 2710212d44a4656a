using System.Globalization;
using FactoryCps.Catalog;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FactoryCps.Web.Glossary;

/// <summary>
/// A word on a page that names a glossary concept, linked to its entry on the glossary page: <c>@Html.Term("zone",
/// WebText.Zone)</c>. The address comes from the glossary page's route (with the application's path base), never
/// from the request's Host.
/// </summary>
internal static class GlossaryLinks
{
    public const string PageName = "/Glossary/Index";

    /// <summary>The link to <paramref name="termId"/>'s entry around <paramref name="text"/>; plain text when <paramref name="termId"/> is null.</summary>
    /// <exception cref="InvalidOperationException">The glossary has no such term: a page would link to an anchor that does not exist.</exception>
    public static IHtmlContent Term(this IHtmlHelper html, string? termId, string text)
    {
        if (termId is null)
        {
            return new HtmlContentBuilder().Append(text);
        }

        var services = html.ViewContext.HttpContext.RequestServices;
        if (!services.GetRequiredService<GuidelineCatalog>().Glossary.Any(g => g.Id == termId))
        {
            throw new InvalidOperationException($"The glossary has no term '{termId}'.");
        }

        var href = Href(html.ViewContext.HttpContext, termId);
        var title = string.Format(CultureInfo.CurrentCulture, WebText.GlossaryLinkTitle, text);
        var link = new TagBuilder("a");
        link.AddCssClass("term");
        link.Attributes["href"] = href;
        link.Attributes["title"] = title;
        link.Attributes["data-term"] = termId;
        link.InnerHtml.Append(text);
        return link;
    }

    /// <summary>The glossary page's path, or the path to one term's anchor on it.</summary>
    public static string Href(HttpContext context, string? termId = null)
    {
        var page = context.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage(context, PageName) ?? "/glossary";
        return termId is null ? page : page + "#" + termId;
    }

    /// <summary>The glossary term a Step 1 section's heading names, if any.</summary>
    public static string? ForSection(string section) => section switch
    {
        "zones" => "zone",
        "conduits" => "conduit",
        "assets" => "protected-asset",
        "stakeholders" => "stakeholder",
        _ => null,
    };
}
