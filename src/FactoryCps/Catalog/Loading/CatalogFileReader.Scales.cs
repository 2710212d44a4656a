using FactoryCps.Guideline;
using FactoryCps.Yaml;

namespace FactoryCps.Catalog.Loading;

internal sealed partial class CatalogFileReader
{
    private void ReadScales(MapReader file, CatalogContent content)
    {
        if (file.Has("importanceScale"))
        {
            content.ImportanceScale = ReadScale(file, "importanceScale", 1, 9, withStatus: false);
            content.ImportanceScaleLocation = file.LocationOf("importanceScale");
        }

        if (file.Has("achievementScale"))
        {
            content.AchievementScale = ReadScale(file, "achievementScale", 0, 9, withStatus: true);
            content.AchievementScaleLocation = file.LocationOf("achievementScale");
        }

        if (file.Mapping("levelMapping") is { } mapping)
        {
            content.LevelMapping = ReadLevelMapping(mapping);
        }
    }

    private List<ScaleLevel> ReadScale(MapReader file, string key, int min, int max, bool withStatus)
    {
        var levels = new List<ScaleLevel>();
        foreach (var item in file.MappingItems(key, required: true))
        {
            if (withStatus)
            {
                item.OnlyKeys("value", "label", "description", "status");
            }
            else
            {
                item.OnlyKeys("value", "label", "description");
            }

            // The achievement scale's levels each say the countermeasure status they mean (AchievementMapping).
            var status = withStatus ? item.Enum("status", AchievementMapping.LevelStatuses, required: true) : null;
            var value = item.Int("value", min, max, required: true);
            var label = item.Text("label", required: true);
            if (value is null || label is null)
            {
                continue;
            }

            if (levels.Exists(l => l.Value == value))
            {
                diagnostics.Error(item.LocationOf("value"), item.PathOf("value"), "CatalogDuplicateValue", value);
                continue;
            }

            levels.Add(new ScaleLevel(value.Value, label, item.Text("description"), status));
        }

        return levels;
    }

    private LevelMapping? ReadLevelMapping(MapReader mapping)
    {
        mapping.OnlyKeys(With("maxLevel", "base", "raises"));
        var common = Common(mapping);
        var maxLevel = mapping.Int("maxLevel", 1, 4, required: true);
        var levels = new Dictionary<int, int>();
        foreach (var item in mapping.MappingItems("base", required: true))
        {
            item.OnlyKeys("importance", "level");
            var importance = item.Int("importance", 1, 9, required: true);
            var level = item.Int("level", 1, 4, required: true);
            if (importance is not null && level is not null && !levels.TryAdd(importance.Value, level.Value))
            {
                diagnostics.Error(item.LocationOf("importance"), item.PathOf("importance"), "CatalogDuplicateValue", importance);
            }
        }

        var raises = new List<LevelRaise>();
        foreach (var item in mapping.MappingItems("raises"))
        {
            item.OnlyKeys("id", "when", "by", "description");
            var id = item.Id();
            var whenText = item.String("when", required: true);
            var by = item.Int("by", 1, 3, required: true);
            var description = item.Text("description", required: true);
            var when = whenText is null ? null : CompileCondition(item, "when", whenText, "zone");
            if (id is not null && when is not null && by is not null && description is not null)
            {
                raises.Add(new LevelRaise(id, when, by.Value, description));
            }
        }

        return maxLevel is null ? null : new LevelMapping
        {
            MaxLevel = maxLevel.Value,
            Base = levels,
            Raises = raises,
            Provenance = common,
        };
    }
}
