using FactoryCps.Guideline;
using FactoryCps.Yaml;

namespace FactoryCps.Countermeasures;

/// <summary>Reads a catalogue file's countermeasure sections: the groups and the countermeasures, with the threats each addresses.</summary>
internal static class CountermeasureFileReader
{
    private static readonly string[] Aspects = ["system", "physical", "operation"];
    private static readonly string[] FoundationalRequirements = ["FR1", "FR2", "FR3", "FR4", "FR5", "FR6", "FR7"];

    public static void Read(MapReader file, List<CountermeasureGroup> groups, List<Countermeasure> countermeasures)
    {
        foreach (var item in file.MappingItems("countermeasureGroups"))
        {
            item.OnlyKeys(CatalogItemReader.With("id", "aspect", "step", "title"));
            var common = CatalogItemReader.Common(item);
            var id = item.Id();
            var aspect = item.Enum("aspect", Aspects, required: true);
            var step = item.String("step", required: true);
            var title = CatalogItemReader.Text(item, "title", required: true);
            if (id is null || aspect is null || step is null || title is null)
            {
                continue;
            }

            groups.Add(new CountermeasureGroup
            {
                Id = id,
                Aspect = Enum.Parse<Aspect>(aspect, ignoreCase: true),
                Step = step,
                Title = title,
                Provenance = common,
            });
        }

        foreach (var item in file.MappingItems("countermeasures"))
        {
            item.OnlyKeys(CatalogItemReader.With("id", "group", "title", "description", "threats", "fr", "minLevel", "question"));
            var common = CatalogItemReader.Common(item);
            var id = item.Id();
            var group = item.String("group", required: true);
            var title = CatalogItemReader.Text(item, "title", required: true);
            var description = CatalogItemReader.Text(item, "description", required: true);
            var threats = item.StringList("threats", required: true);
            var fr = ReadFoundationalRequirements(item);
            var minLevel = item.Int("minLevel", 1, 4, required: true);
            var question = CatalogItemReader.Text(item, "question", required: true);
            if (id is null || group is null || title is null || description is null || minLevel is null || question is null)
            {
                continue;
            }

            countermeasures.Add(new Countermeasure
            {
                Id = id,
                Group = group,
                Title = title,
                Description = description,
                Threats = threats,
                FoundationalRequirements = fr,
                MinLevel = minLevel.Value,
                Question = question,
                Provenance = common,
            });
        }
    }

    private static List<string> ReadFoundationalRequirements(MapReader item)
    {
        var result = new List<string>();
        foreach (var (node, path) in item.Items("fr", required: true))
        {
            if (node is YScalar scalar && FoundationalRequirements.Contains(scalar.Value, StringComparer.Ordinal))
            {
                result.Add(scalar.Value);
            }
            else
            {
                item.Diagnostics.Error(node.Location, path, "InvalidEnum", string.Join(" | ", FoundationalRequirements), MapReader.Found(node));
            }
        }

        return result;
    }
}
