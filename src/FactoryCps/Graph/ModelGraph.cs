using FactoryCps.Importance;
using FactoryCps.Model;
using FactoryCps.Rules;

namespace FactoryCps.Graph;

/// <summary>
/// The model as rules see it: elements linked to each other (a zone knows its assets and conduits, a data
/// flow its ends) and carrying derived values, answering the attributes of <see cref="ElementSchema"/>.
/// </summary>
internal sealed class ModelGraph
{
    private ModelGraph(SiteNode site) => Site = site;

    public SiteNode Site { get; }

    public List<ZoneNode> Zones { get; } = [];

    public List<AssetNode> Assets { get; } = [];

    public List<OperationNode> Operations { get; } = [];

    public List<ConduitNode> Conduits { get; } = [];

    public List<ExternalNode> Externals { get; } = [];

    public List<DataFlowNode> DataFlows { get; } = [];

    public Dictionary<string, ZoneNode> ZonesById { get; } = new(StringComparer.Ordinal);

    public IEnumerable<IRuleElement> OfKind(string kind) => kind switch
    {
        "site" => [Site],
        "zone" => Zones,
        "asset" => Assets,
        "operation" => Operations,
        "conduit" => Conduits,
        "external" => Externals,
        "dataFlow" => DataFlows,
        _ => [],
    };

    public static ModelGraph Build(FactoryModel model, ImportanceResult importance)
    {
        var newest = model.Objectives.Where(o => o.Since is not null).Select(o => o.Since).Max();
        var graph = new ModelGraph(new SiteNode(model.Site, model.Bcp.Reviewed, newest));
        graph.Site.Graph = graph;

        foreach (var operation in model.Operations)
        {
            graph.Operations.Add(new OperationNode(operation, importance.Operations[operation.Id]));
        }

        // Duplicate ids are reported by the validator; here the first one wins so analysis never throws.
        var operations = First(graph.Operations, o => o.Model.Id);
        foreach (var zone in model.Zones)
        {
            var node = new ZoneNode(zone, importance.Zones[zone.Id]);
            graph.Zones.Add(node);
            graph.ZonesById.TryAdd(zone.Id, node);
        }

        foreach (var asset in model.Assets)
        {
            var zone = asset.Zone is null ? null : graph.ZonesById.GetValueOrDefault(asset.Zone);
            var node = new AssetNode(asset, importance.Assets[asset.Id], zone, OperationsOf(asset, operations));
            graph.Assets.Add(node);
            zone?.AssetList.Add(node);
        }

        foreach (var external in model.Externals)
        {
            graph.Externals.Add(new ExternalNode(external));
        }

        var endpoints = new Dictionary<string, EndpointNode>(StringComparer.Ordinal);
        foreach (var zone in graph.Zones)
        {
            endpoints.TryAdd(zone.Model.Id, EndpointNode.ForZone(zone));
        }

        foreach (var asset in graph.Assets)
        {
            endpoints.TryAdd(asset.Model.Id, EndpointNode.ForAsset(asset));
        }

        var externals = First(graph.Externals, e => e.Model.Id);
        foreach (var external in graph.Externals)
        {
            endpoints.TryAdd(external.Model.Id, EndpointNode.ForExternal(external));
        }

        EndpointNode End(string id) => endpoints.TryGetValue(id, out var end) ? end : EndpointNode.Unknown(id);

        foreach (var conduit in model.Conduits)
        {
            var node = new ConduitNode(conduit, End(conduit.From), End(conduit.To));
            graph.Conduits.Add(node);
            foreach (var end in new[] { conduit.From, conduit.To }.Distinct(StringComparer.Ordinal))
            {
                graph.ZonesById.GetValueOrDefault(end)?.ConduitList.Add(node);
                externals.GetValueOrDefault(end)?.ConduitList.Add(node);
            }
        }

        foreach (var flow in model.DataFlows)
        {
            graph.DataFlows.Add(new DataFlowNode(flow, End(flow.From), End(flow.To)));
        }

        return graph;
    }

    private static IRuleElement[] OperationsOf(Asset asset, Dictionary<string, OperationNode> operations)
    {
        var found = new IRuleElement[asset.Operations.Count];
        var count = 0;
        for (var i = 0; i < asset.Operations.Count; i++)
        {
            if (operations.TryGetValue(asset.Operations[i], out var operation))
            {
                found[count++] = operation;
            }
        }

        return count == found.Length ? found : found[..count];
    }

    private static Dictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            result.TryAdd(id(item), item);
        }

        return result;
    }
}
