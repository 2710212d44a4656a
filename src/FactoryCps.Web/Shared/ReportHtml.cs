using System.Globalization;
using FactoryCps.Reports;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Html;

namespace FactoryCps.Web.Shared;

/// <summary>
/// The analysis's ids on a page as words, each followed by its id marked as an identifier (<see cref="Ids"/>):
/// zones, owners and finding subjects by their names in the model, threats and countermeasures by their titles
/// in the catalogue. The page's counterpart of <see cref="ReportContext"/>'s plain-text names.
/// </summary>
internal static class ReportHtml
{
    /// <summary>A zone by its name; "the whole site" for no zone (the plan's <c>site</c>).</summary>
    public static IHtmlContent Zone(this ReportContext r, string? id) =>
        r.IsWholeSite(id) ? new HtmlString(System.Net.WebUtility.HtmlEncode(r.ZoneName(null))) : Ids.Named(r.NameOf(id), id!);

    /// <summary>
    /// Whether a zone of the plan is the whole site: no zone, or the plan's <c>site</c> (PlanBuilder) when no zone
    /// of the model has that id.
    /// </summary>
    public static bool IsWholeSite(this ReportContext r, string? id) =>
        id is null || (id == "site" && !r.Analysis.Zones.Any(z => z.Id == id));

    /// <summary>Several zones by their names, in the language's list style.</summary>
    public static IHtmlContent Zones(this ReportContext r, IEnumerable<string> ids) => List(ids.Select(r.Zone));

    /// <summary>Several threats by their titles.</summary>
    public static IHtmlContent Threats(this ReportContext r, IEnumerable<string> ids) => List(ids.Select(r.Threat));

    /// <summary>
    /// An owner by the department's or person's name when it is a stakeholder of the model; otherwise as written
    /// (a supplier action's owner is free text).
    /// </summary>
    public static IHtmlContent Owner(this ReportContext? r, string? id) =>
        id is null ? HtmlString.Empty
        : r?.NameOf(id) is { } name ? Ids.Named(name, id)
        : new HtmlString(System.Net.WebUtility.HtmlEncode(id));

    /// <summary>
    /// A countermeasure's status in words, coloured by its class (app.css, the charts' palette): the word stays,
    /// so the colour is never all that tells it.
    /// </summary>
    public static IHtmlContent StatusText(this ReportContext r, string status) => StatusText(status, r.Status(status));

    /// <summary>As <see cref="StatusText(ReportContext, string)"/> with the status's word already looked up.</summary>
    public static IHtmlContent StatusText(string status, string word) =>
        new HtmlString($"<span class=\"status status-{System.Net.WebUtility.HtmlEncode(status)}\">{System.Net.WebUtility.HtmlEncode(word)}</span>");

    public static IHtmlContent Threat(this ReportContext r, string id) => Ids.Named(r.ThreatTitle(id), id);

    public static IHtmlContent Countermeasure(this ReportContext r, string id) => Ids.Named(r.CountermeasureTitle(id), id);

    /// <summary>Words in the language's list style (、 in Japanese).</summary>
    public static IHtmlContent List(IEnumerable<IHtmlContent> items)
    {
        var list = new HtmlContentBuilder();
        var separator = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? "、" : ", ";
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                list.Append(separator);
            }

            list.AppendHtml(item);
            first = false;
        }

        return list;
    }

    /// <summary>A finding's subject: what kind of thing (the Step 1 section's word) and which, by name.</summary>
    public static IHtmlContent Subject(this ReportContext r, string kind, string id)
    {
        var builder = new HtmlContentBuilder();
        builder.Append(SubjectKind(kind));
        builder.Append(" ");
        builder.AppendHtml(Ids.Named(r.NameOf(id), id));
        return builder;
    }

    /// <summary>A kind of subject of the rule language (site, asset, conduit, dataFlow, …) in words: the word of its Step 1 section.</summary>
    public static string SubjectKind(string kind)
    {
        var section = kind == "site" ? "site" : kind + "s";
        return WebText.ResourceManager.GetString("Section_" + section, CultureInfo.CurrentUICulture) ?? kind;
    }

    /// <summary>Text the core wrote (a finding's message), its parenthesised model ids marked as identifiers.</summary>
    public static IHtmlContent Text(this ReportContext r, string text) =>
        Ids.Marked(
            text,
            id => r.NameOf(id) ?? (r.Catalog.ThreatsById.ContainsKey(id) ? r.ThreatTitle(id) : r.Catalog.CountermeasuresById.ContainsKey(id) ? r.CountermeasureTitle(id) : null),
            id => r.IsModelId(id) || r.Catalog.ThreatsById.ContainsKey(id) || r.Catalog.CountermeasuresById.ContainsKey(id));
}
