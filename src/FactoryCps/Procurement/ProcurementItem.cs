using FactoryCps.Model;

namespace FactoryCps.Procurement;

/// <summary>
/// What is procured: an asset of the site or an external it connects to, seen uniformly. The zones it touches
/// are an asset's zone (for a zoneless cloud asset, the zones its data flows reach) or, for an external, the
/// zones at the other end of its conduits.
/// </summary>
internal sealed record ProcurementItem(ModelElement Element, string Type, string Kind, string Category, IReadOnlyList<string> Zones)
{
    public Asset? Asset => Element as Asset;

    public string Id => Element.Id;

    /// <summary>The item by id, or null when the model has no asset or external of that id.</summary>
    public static ProcurementItem? Find(FactoryModel model, string id)
    {
        if (model.Assets.FirstOrDefault(a => a.Id == id) is { } asset)
        {
            return new ProcurementItem(asset, "asset", asset.Kind, ProcurementCategories.OfAsset(asset.Kind), ZonesOf(model, asset));
        }

        if (model.Externals.FirstOrDefault(e => e.Id == id) is { } external)
        {
            var zones = model.Conduits
                .SelectMany(c => c.From == id ? [c.To] : c.To == id ? new[] { c.From } : [])
                .Where(z => model.Zones.Any(zone => zone.Id == z));
            return new ProcurementItem(external, "external", external.Kind, ProcurementCategories.OfExternal(external.Kind), [.. zones.Distinct(StringComparer.Ordinal)]);
        }

        return null;
    }

    /// <summary>The ids an item may be: every asset and external, for the error that names a wrong one.</summary>
    public static IReadOnlyList<string> Candidates(FactoryModel model) =>
        [.. model.Assets.Select(a => a.Id).Concat(model.Externals.Select(e => e.Id))];

    private static IReadOnlyList<string> ZonesOf(FactoryModel model, Asset asset)
    {
        if (asset.Zone is not null)
        {
            return [asset.Zone];
        }

        var zoneOf = model.Assets.Where(a => a.Zone is not null).ToDictionary(a => a.Id, a => a.Zone!, StringComparer.Ordinal);
        foreach (var zone in model.Zones)
        {
            zoneOf.TryAdd(zone.Id, zone.Id);
        }

        return
        [
            .. model.DataFlows
                .SelectMany(f => f.From == asset.Id ? [f.To] : f.To == asset.Id ? new[] { f.From } : [])
                .Select(end => zoneOf.GetValueOrDefault(end))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal),
        ];
    }
}
