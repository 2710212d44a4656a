using FactoryCps.Guideline;
using FactoryCps.Rules;
using FactoryCps.Yaml;

namespace FactoryCps.Threats;

/// <summary>Reads a catalogue file's threat sections: the categories, the threats, and the rules that say when one applies.</summary>
internal sealed class ThreatFileReader(CatalogItemReader items)
{
    public void ReadThreats(MapReader file, List<ThreatCategory> categories, List<Threat> threats)
    {
        foreach (var item in file.MappingItems("threatCategories"))
        {
            item.OnlyKeys(CatalogItemReader.With("id", "title"));
            var common = CatalogItemReader.Common(item);
            if (item.Id() is { } id && CatalogItemReader.Text(item, "title", required: true) is { } title)
            {
                categories.Add(new ThreatCategory
                {
                    Id = id,
                    Title = title,
                    Provenance = common,
                });
            }
        }

        foreach (var item in file.MappingItems("threats"))
        {
            item.OnlyKeys(CatalogItemReader.With("id", "category", "title", "description", "countermeasureGroups", "level", "smartFactory"));
            var common = CatalogItemReader.Common(item);
            var id = item.Id();
            var category = item.String("category", required: true);
            var title = CatalogItemReader.Text(item, "title", required: true);
            var groups = item.StringList("countermeasureGroups", required: true);
            var level = item.Int("level", 1, 3, required: true);
            if (id is null || category is null || title is null || level is null)
            {
                continue;
            }

            threats.Add(new Threat
            {
                Id = id,
                Category = category,
                Title = title,
                Description = CatalogItemReader.Text(item, "description"),
                CountermeasureGroups = groups,
                Level = level.Value,
                SmartFactory = item.Bool("smartFactory") ?? false,
                Provenance = common,
            });
        }
    }

    public void ReadRules(MapReader file, List<ThreatRule> rules)
    {
        foreach (var item in file.MappingItems("rules"))
        {
            item.OnlyKeys(CatalogItemReader.With("id", "threat", "subject", "when", "at", "exposure", "description"));
            var common = CatalogItemReader.Common(item);
            var id = item.Id();
            var threat = item.String("threat", required: true);
            var subject = item.Enum("subject", ElementSchema.SubjectKinds, required: true);
            var whenText = item.String("when", required: true);
            var atText = item.String("at", required: true);
            var exposure = item.Int("exposure", 0, 2) ?? 0;
            var description = CatalogItemReader.Text(item, "description", required: true);
            if (subject is null || whenText is null || atText is null)
            {
                continue;
            }

            var when = items.CompileCondition(item, "when", whenText, subject);
            var at = items.CompilePath(item, "at", atText, subject, "zone");
            if (id is null || threat is null || description is null || when is null || at is null)
            {
                continue;
            }

            rules.Add(new ThreatRule
            {
                Id = id,
                Threat = threat,
                Subject = subject,
                When = when,
                At = at,
                Exposure = exposure,
                Description = description,
                Provenance = common,
            });
        }
    }
}
