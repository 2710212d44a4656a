using FactoryCps.Guideline;
using FactoryCps.Yaml;

namespace FactoryCps.Catalog.Loading;

internal sealed partial class CatalogFileReader
{
    private static readonly string[] Aspects = ["system", "physical", "operation"];
    private static readonly string[] FoundationalRequirements = ["FR1", "FR2", "FR3", "FR4", "FR5", "FR6", "FR7"];

    private void ReadCountermeasures(MapReader file, CatalogContent content)
    {
        foreach (var item in file.MappingItems("countermeasureGroups"))
        {
            item.OnlyKeys(With("id", "aspect", "step", "title"));
            var common = Common(item);
            var id = item.Id();
            var aspect = item.Enum("aspect", Aspects, required: true);
            var step = item.String("step", required: true);
            var title = item.Text("title", required: true);
            if (id is null || aspect is null || step is null || title is null)
            {
                continue;
            }

            content.CountermeasureGroups.Add(new CountermeasureGroup
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
            item.OnlyKeys(With("id", "group", "title", "description", "threats", "fr", "minLevel", "question"));
            var common = Common(item);
            var id = item.Id();
            var group = item.String("group", required: true);
            var title = item.Text("title", required: true);
            var description = item.Text("description", required: true);
            var threats = item.StringList("threats", required: true);
            var fr = ReadFoundationalRequirements(item);
            var minLevel = item.Int("minLevel", 1, 4, required: true);
            var question = item.Text("question", required: true);
            if (id is null || group is null || title is null || description is null || minLevel is null || question is null)
            {
                continue;
            }

            content.Countermeasures.Add(new Countermeasure
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

    private List<string> ReadFoundationalRequirements(MapReader item)
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
                diagnostics.Error(node.Location, path, "InvalidEnum", string.Join(" | ", FoundationalRequirements), MapReader.Found(node));
            }
        }

        return result;
    }
}
