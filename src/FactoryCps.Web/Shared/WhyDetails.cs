using FactoryCps.Provenance;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Html;

namespace FactoryCps.Web.Shared;

/// <summary>
/// Why a value is what it is, as pages show it (issue 15): the sentence in words is the visible text, and the
/// chain with its ids and each rule with its expression stay one click away, behind a "details" toggle, inside
/// <c>code</c>. Built as content rather than a partial view: a provenance page writes a hundred of them.
/// </summary>
internal static class WhyDetails
{
    public static IHtmlContent Of(string sentence, Explanation why) => Of(sentence, [why]);

    public static IHtmlContent Of(string sentence, IEnumerable<Explanation> why)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml("<span class=\"why-sentence\">").Append(sentence).AppendHtml("</span> ");
        html.AppendHtml("<details class=\"why-rule\"><summary>").Append(WebText.WhyDetails).AppendHtml("</summary><ul>");
        foreach (var explanation in why)
        {
            html.AppendHtml("<li><code>").Append(explanation.Chain()).AppendHtml("</code>");
            Tree(html, explanation);
            html.AppendHtml("</li>");
        }

        return html.AppendHtml("</ul></details>");
    }

    /// <summary>Every step with the rule it took, the whole tree and not only the deciding causes of the chain.</summary>
    private static void Tree(HtmlContentBuilder html, Explanation why)
    {
        html.AppendHtml("<ul><li><code>").Append(why.Statement).AppendHtml("</code> <code class=\"muted\">[").Append(why.Rule).AppendHtml("]</code>");
        foreach (var cause in why.Because)
        {
            Tree(html, cause);
        }

        html.AppendHtml("</li></ul>");
    }
}
