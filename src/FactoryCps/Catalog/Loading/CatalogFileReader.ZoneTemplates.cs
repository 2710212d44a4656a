using FactoryCps.Guideline;
using FactoryCps.Yaml;

namespace FactoryCps.Catalog.Loading;

internal sealed partial class CatalogFileReader
{
    private void ReadZoneTemplates(MapReader file, CatalogContent content)
    {
        foreach (var item in file.MappingItems("zoneTemplates"))
        {
            item.OnlyKeys(With("id", "title", "description", "typicalImportance", "typicalConduits", "example", "diagramRow"));
            var common = Common(item);
            var id = item.Id();
            var title = CatalogItemReader.Text(item, "title", required: true);
            var description = CatalogItemReader.Text(item, "description", required: true);
            var importance = item.Int("typicalImportance", 1, 99, required: true);
            var conduits = new List<TypicalConduit>();
            foreach (var conduit in item.MappingItems("typicalConduits"))
            {
                conduit.OnlyKeys("to", "note");
                if (conduit.String("to", required: true) is { } to)
                {
                    conduits.Add(new TypicalConduit(to, conduit.Text("note")));
                }
            }

            if (id is null || title is null || description is null || importance is null)
            {
                continue;
            }

            content.ZoneTemplates.Add(new ZoneTemplate
            {
                Id = id,
                Title = title,
                Description = description,
                TypicalImportance = importance.Value,
                TypicalConduits = conduits,
                Example = item.Bool("example") ?? false,
                DiagramRow = item.Int("diagramRow", 0, 9),
                Provenance = common,
            });
        }
    }
}
