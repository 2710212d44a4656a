using FactoryCps.Guideline;
using FactoryCps.Yaml;

namespace FactoryCps.Catalog.Loading;

internal sealed partial class CatalogFileReader
{
    public static readonly string[] SupplyChainCategories = ["cloud", "product", "software"];
    public static readonly string[] SupplyChainPhases = ["procurement", "contract", "development", "operation"];
    private static readonly string[] ConditionKeys = ["minTargetLevel", "requirement", "industries"];

    private void ReadSupplyChain(MapReader file, CatalogContent content)
    {
        foreach (var item in file.MappingItems("supplyChain"))
        {
            item.OnlyKeys(With("id", "category", "phase", "text", "when"));
            var common = Common(item);
            var id = item.Id();
            var category = item.Enum("category", SupplyChainCategories, required: true);
            var phase = item.Enum("phase", SupplyChainPhases, required: true);
            var text = CatalogItemReader.Text(item, "text", required: true);
            var when = item.Mapping("when") is { } condition ? ReadCondition(condition) : null;
            if (id is null || category is null || phase is null || text is null || (item.Has("when") && when is null))
            {
                continue;
            }

            content.SupplyChain.Add(new SupplyChainItem
            {
                Id = id,
                Category = category,
                Phase = phase,
                Text = text,
                When = when,
                Provenance = common,
            });
        }
    }

    /// <summary>Reads <c>when:</c>; references (requirement ids, the level's upper bound) are checked on the merged catalogue.</summary>
    private SupplyChainCondition? ReadCondition(MapReader when)
    {
        when.OnlyKeys(ConditionKeys);
        var level = when.Int("minTargetLevel", 1, int.MaxValue);
        var requirement = when.Id("requirement", required: false);
        var industries = when.StringList("industries");
        if (level is null && requirement is null && industries.Count == 0)
        {
            diagnostics.Error(when.Map.Location, when.Path, "FieldRequired", string.Join(" | ", ConditionKeys));
            return null;
        }

        return new SupplyChainCondition(level, requirement, [.. industries.Select(i => i.Trim())]);
    }
}
