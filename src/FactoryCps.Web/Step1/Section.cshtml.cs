using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FactoryCps.Catalog;
using FactoryCps.Model;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Step1;

/// <summary>The objects of one Step 1 section; the site and BCP fields open their form directly.</summary>
[SitePermission(SitePermission.View)]
internal sealed class SectionModel(SiteModelStore store, GuidelineCatalog catalog) : SitePageModel
{
    [FromRoute]
    public string Section { get; set; } = "";

    public List<StoredObject> Objects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!FormSchema.Step1Sections.Contains(Section))
        {
            return NotFound();
        }

        if (FormSchema.IsSingleton(Section))
        {
            return Redirect($"/sites/{SiteKey}/step1/{Section}/edit");
        }

        Objects = await store.SectionAsync(Access.Site, Section, HttpContext.RequestAborted);
        await LoadNamesAsync();
        return Page();
    }

    /// <summary>The names of the zones, assets and externals a row refers to, by id.</summary>
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>
    /// The few fields that tell objects apart in a list, in words: the kind, the zone by its name, from → to by
    /// their names, the zone template by the catalogue's title, an operation's impact ratings, whether a
    /// requirement applies.
    /// </summary>
    public IHtmlContent Summary(JsonObject body)
    {
        var parts = new List<IHtmlContent>();
        if ((string?)body["kind"] is { } kind)
        {
            parts.Add(new HtmlString(WebUtility.HtmlEncode(Labels.Choice(Section, "kind", kind))));
        }

        if ((string?)body["zone"] is { } zone)
        {
            parts.Add(Labelled("zone", Ids.Named(_names.GetValueOrDefault(zone), zone)));
        }

        if ((string?)body["from"] is { } from && (string?)body["to"] is { } to)
        {
            var arrow = new HtmlContentBuilder();
            arrow.AppendHtml(Ids.Named(_names.GetValueOrDefault(from), from)).Append(" → ").AppendHtml(Ids.Named(_names.GetValueOrDefault(to), to));
            parts.Add(arrow);
        }

        if ((string?)body["template"] is { } template)
        {
            var title = catalog.ZoneTemplates.FirstOrDefault(t => t.Id == template) is { } known ? Lang.T(known.Title) : null;
            parts.Add(Labelled("template", Ids.Named(title, template)));
        }

        if (body["impact"] is JsonObject impact && Impacts(impact) is { Length: > 0 } rated)
        {
            parts.Add(new HtmlString(WebUtility.HtmlEncode(WebText.ImpactRatings + ": " + rated)));
        }

        if (body["applies"] is { } applies)
        {
            parts.Add(Labelled("applies", new HtmlString(WebUtility.HtmlEncode((bool?)applies == false ? WebText.No : WebText.Yes))));
        }

        var summary = new HtmlContentBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            summary.Append(i == 0 ? "" : " · ").AppendHtml(parts[i]);
        }

        return summary;
    }

    /// <summary>An operation's impact ratings in words, in the model's axis order: 「安全 大、品質 中」.</summary>
    private static string Impacts(JsonObject impact) =>
        string.Join(Lang.Current == FactoryCps.Localization.Language.Ja ? "、" : ", ", Operation.ImpactAxes
            .Where(a => impact[a] is JsonValue value && value.TryGetValue<int>(out _))
            .Select(a => ModelWords.Axis(a, Lang.Current) + " " + Level((int)impact[a]!)));

    private static string Level(int level) =>
        WebText.ResourceManager.GetString("ImpactLevel" + level.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentUICulture) ?? level.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value after its field's label: 「ゾーン: 事務ゾーン」.</summary>
    private IHtmlContent Labelled(string field, IHtmlContent value)
    {
        var label = WebText.ResourceManager.GetString("Field_" + field, CultureInfo.CurrentUICulture) ?? field;
        return new HtmlContentBuilder().Append(label + ": ").AppendHtml(value);
    }

    /// <summary>The names of what this section's rows refer to: zones for assets, zones and externals for conduits, all three for data flows.</summary>
    private async Task LoadNamesAsync()
    {
        string[] referred = Section switch
        {
            "assets" => ["zones"],
            "conduits" => ["zones", "externals"],
            "dataFlows" => ["zones", "externals", "assets"],
            _ => [],
        };
        foreach (var section in referred)
        {
            foreach (var item in await store.SectionAsync(Access.Site, section, HttpContext.RequestAborted))
            {
                if ((string?)item.Body["name"] is { } name)
                {
                    _names.TryAdd(item.Key, name);
                }
            }
        }
    }
}
