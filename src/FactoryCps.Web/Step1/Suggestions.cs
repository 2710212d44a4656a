using System.Text.Json.Nodes;
using FactoryCps.Catalog;
using FactoryCps.Web.Hosting;

namespace FactoryCps.Web.Step1;

/// <summary>A value a field may take, with a label to show beside it.</summary>
internal sealed record Suggestion(string Value, string Label);

/// <summary>
/// The values a reference field can take: ids of the site's other objects (zones for an asset's zone, …) and
/// the catalogue's ids (zone templates, requirements). Offered as suggestions; the model's validation decides.
/// </summary>
internal static class Suggestions
{
    public static IReadOnlyList<Suggestion> For(string section, FieldSpec field, JsonObject? document, GuidelineCatalog catalog) =>
        (section, field.Path) switch
        {
            ("zones", "template") => [.. catalog.ZoneTemplates.Select(t => new Suggestion(t.Id, Lang.T(t.Title)))],
            ("requirements", "id") => [.. catalog.Requirements.Select(r => new Suggestion(r.Id, Lang.T(r.Title)))],
            (_, "zone" or "scope") => Ids(document, "zones"),
            (_, "operations") => Ids(document, "operations"),
            (_, "objective") => Ids(document, "objectives"),
            (_, "stakeholder" or "owner") => Ids(document, "stakeholders"),
            ("conduits", "from") => Ids(document, "zones"),
            ("conduits", "to") => [.. Ids(document, "zones"), .. Ids(document, "externals")],
            ("dataFlows", "from" or "to") => [.. Ids(document, "assets"), .. Ids(document, "externals"), .. Ids(document, "zones")],
            _ => [],
        };

    private static List<Suggestion> Ids(JsonObject? document, string section) =>
        document?[section] is JsonArray list
            ? [.. list.OfType<JsonObject>().Select(o => new Suggestion((string?)o["id"] ?? "", (string?)o["name"] ?? ""))]
            : [];
}
