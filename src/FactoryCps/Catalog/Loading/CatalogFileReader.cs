using FactoryCps.Diagnostics;
using FactoryCps.Rules;
using FactoryCps.Yaml;

namespace FactoryCps.Catalog.Loading;

/// <summary>
/// Reads one catalogue file (built-in or overlay) into <see cref="CatalogContent"/>, reporting every
/// structural problem with its line and path. Cross-references are checked later, on the merged whole.
/// </summary>
internal sealed partial class CatalogFileReader(DiagnosticBag diagnostics, ElementSchema schema)
{
    public const int FormatVersion = 1;

    private static readonly string[] Sections =
    [
        "catalog", "steps", "threatCategories", "threats", "countermeasureGroups", "countermeasures", "rules",
        "zoneTemplates", "importanceScale", "levelMapping", "achievementScale", "requirements", "ooda", "supplyChain",
        "findingRules", "riskModel",
    ];

    private static readonly string[] Confidences = ["seed", "derived"];

    public CatalogContent Read(YNode root)
    {
        var content = new CatalogContent();
        if (MapReader.Of(root, "", diagnostics) is not { } file)
        {
            return content;
        }

        file.OnlyKeys(Sections);
        var format = file.Int("catalog", 0, int.MaxValue, required: true);
        if (format is not null && format != FormatVersion)
        {
            diagnostics.Error(file.LocationOf("catalog"), "catalog", "CatalogUnsupportedFormat", format, FormatVersion);
            return content;
        }

        ReadSteps(file, content);
        ReadThreats(file, content);
        ReadCountermeasures(file, content);
        ReadRules(file, content);
        ReadZoneTemplates(file, content);
        ReadScales(file, content);
        ReadRequirements(file, content);
        ReadOoda(file, content);
        ReadSupplyChain(file, content);
        ReadFindingRules(file, content);
        if (file.Mapping("riskModel") is { } risk)
        {
            content.RiskModel = ReadRiskModel(risk);
        }

        return content;
    }

    /// <summary>The fields every item has. Missing ones are reported and defaulted so reading goes on.</summary>
    private static Provenance Common(MapReader item)
    {
        var source = item.String("source", required: true) ?? "";
        var confidence = item.Enum("confidence", Confidences, required: true) == "seed" ? Confidence.Seed : Confidence.Derived;
        return new Provenance(source, confidence, item.Text("note"), item.Map.Location);
    }

    private static string[] With(params string[] keys) => [.. keys, "source", "confidence", "note"];

    /// <summary>A rule error points at the character of the expression, not just its line.</summary>
    private void RuleError(MapReader item, string key, RuleSyntaxException ex)
    {
        var node = item.Map[key]!;
        var offset = node is YScalar { IsPlain: true } ? ex.Offset : ex.Offset + 1;
        diagnostics.Error(node.Location.Offset(offset), item.PathOf(key), ex.Key, ex.Args);
    }
}
