using FactoryCps.Cases;
using FactoryCps.Countermeasures;
using FactoryCps.Diagnostics;
using FactoryCps.Findings;
using FactoryCps.Glossary;
using FactoryCps.Guideline;
using FactoryCps.Rules;
using FactoryCps.Threats;
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
        "findingRules", "riskModel", "glossary",
    ];

    private readonly CatalogItemReader _items = new(diagnostics, schema);

    private readonly ThreatFileReader _threats = new(new CatalogItemReader(diagnostics, schema));

    private readonly FindingRuleFileReader _findingRules = new(new CatalogItemReader(diagnostics, schema));

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
        _threats.ReadThreats(file, content.ThreatCategories, content.Threats);
        CountermeasureFileReader.Read(file, content.CountermeasureGroups, content.Countermeasures);
        _threats.ReadRules(file, content.Rules);
        ReadZoneTemplates(file, content);
        ReadScales(file, content);
        ReadRequirements(file, content);
        OodaFileReader.Read(file, content.Ooda);
        ReadSupplyChain(file, content);
        _findingRules.Read(file, content.FindingRules);
        GlossaryFileReader.Read(file, content.Glossary);
        if (file.Mapping("riskModel") is { } risk)
        {
            content.RiskModel = ReadRiskModel(risk);
        }

        return content;
    }

    // The other sections' readers (the partials beside this file) use these helpers by their old names.
    private static Guideline.Provenance Common(MapReader item) => CatalogItemReader.Common(item);

    private static string[] With(params string[] keys) => CatalogItemReader.With(keys);

    private RuleCondition? CompileCondition(MapReader item, string key, string text, string subject) =>
        _items.CompileCondition(item, key, text, subject);
}
