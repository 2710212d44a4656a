using FactoryCps.Yaml;

namespace FactoryCps.Catalog.Loading;

internal sealed partial class CatalogFileReader
{
    public static readonly string[] SupplyChainCategories = ["cloud", "product", "software"];
    public static readonly string[] SupplyChainPhases = ["procurement", "contract", "development", "operation"];

    private void ReadSupplyChain(MapReader file, CatalogContent content)
    {
        foreach (var item in file.MappingItems("supplyChain"))
        {
            item.OnlyKeys(With("id", "category", "phase", "text"));
            var common = Common(item);
            var id = item.Id();
            var category = item.Enum("category", SupplyChainCategories, required: true);
            var phase = item.Enum("phase", SupplyChainPhases, required: true);
            var text = item.Text("text", required: true);
            if (id is null || category is null || phase is null || text is null)
            {
                continue;
            }

            content.SupplyChain.Add(new SupplyChainItem
            {
                Id = id,
                Category = category,
                Phase = phase,
                Text = text,
                Provenance = common,
            });
        }
    }
}
