using FactoryCps.Yaml;

namespace FactoryCps.Catalog.Loading;

internal sealed partial class CatalogFileReader
{
    private void ReadThreats(MapReader file, CatalogContent content)
    {
        foreach (var item in file.MappingItems("threatCategories"))
        {
            item.OnlyKeys(With("id", "title"));
            var common = Common(item);
            if (item.Id() is { } id && item.Text("title", required: true) is { } title)
            {
                content.ThreatCategories.Add(new ThreatCategory
                {
                    Id = id,
                    Title = title,
                    Provenance = common,
                });
            }
        }

        foreach (var item in file.MappingItems("threats"))
        {
            item.OnlyKeys(With("id", "category", "title", "description", "countermeasureGroups", "level", "smartFactory"));
            var common = Common(item);
            var id = item.Id();
            var category = item.String("category", required: true);
            var title = item.Text("title", required: true);
            var groups = item.StringList("countermeasureGroups", required: true);
            var level = item.Int("level", 1, 3, required: true);
            if (id is null || category is null || title is null || level is null)
            {
                continue;
            }

            content.Threats.Add(new Threat
            {
                Id = id,
                Category = category,
                Title = title,
                Description = item.Text("description"),
                CountermeasureGroups = groups,
                Level = level.Value,
                SmartFactory = item.Bool("smartFactory") ?? false,
                Provenance = common,
            });
        }
    }
}
