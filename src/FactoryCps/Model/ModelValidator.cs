using FactoryCps.Countermeasures;
using FactoryCps.Diagnostics;
using FactoryCps.Guideline;

namespace FactoryCps.Model;

/// <summary>
/// Checks what a single field cannot: unique ids, and that every reference names something that exists
/// (in the model or in the catalogue). Warnings (an asset serving no operation) do not make a model invalid.
/// </summary>
internal sealed class ModelValidator(IEnumerable<ZoneTemplate> zoneTemplates, IEnumerable<Countermeasure> countermeasures, DiagnosticBag diagnostics)
{
    public void Validate(FactoryModel model)
    {
        Unique(model.Objectives, "objectives");
        Unique(model.Stakeholders, "stakeholders");
        Unique(model.Operations, "operations");
        Unique(model.Conduits, "conduits");
        Unique(model.DataFlows, "dataFlows");
        Unique(model.Requirements, "requirements");
        // Data flows name assets, zones and externals by id alone, so ids are unique across the three lists.
        Unique([.. model.Assets, .. model.Zones, .. model.Externals], "assets/zones/externals");

        var objectives = Ids(model.Objectives);
        var stakeholders = Ids(model.Stakeholders);
        var operations = Ids(model.Operations);
        var zones = Ids(model.Zones);
        var externals = Ids(model.Externals);
        var assets = Ids(model.Assets);
        var templates = new HashSet<string>(zoneTemplates.Select(t => t.Id), StringComparer.Ordinal);

        foreach (var operation in model.Operations)
        {
            Reference(operation, "objective", operation.Objective, objectives, "objectives");
        }

        foreach (var asset in model.Assets)
        {
            Reference(asset, "zone", asset.Zone, zones, "zones");
            Reference(asset, "stakeholder", asset.Stakeholder, stakeholders, "stakeholders");
            for (var i = 0; i < asset.Operations.Count; i++)
            {
                Reference(asset, $"operations[{i}]", asset.Operations[i], operations, "operations");
            }

            if (asset.Operations.Count == 0)
            {
                diagnostics.Warning(asset.At("operations"), asset.Path + ".operations", "ModelUnboundAsset", asset.Id);
            }
        }

        foreach (var zone in model.Zones)
        {
            Reference(zone, "template", zone.Template, templates, "zoneTemplates");
        }

        foreach (var external in model.Externals)
        {
            Reference(external, "stakeholder", external.Stakeholder, stakeholders, "stakeholders");
        }

        var zonesAndExternals = new HashSet<string>(zones.Concat(externals), StringComparer.Ordinal);
        foreach (var conduit in model.Conduits)
        {
            Reference(conduit, "from", conduit.From, zonesAndExternals, "zones | externals");
            Reference(conduit, "to", conduit.To, zonesAndExternals, "zones | externals");
            if (conduit.From == conduit.To || (externals.Contains(conduit.From) && externals.Contains(conduit.To)))
            {
                diagnostics.Error(conduit.Location, conduit.Path, "ModelConduitEnds", conduit.From, conduit.To);
            }
        }

        var endpoints = new HashSet<string>(zonesAndExternals.Concat(assets), StringComparer.Ordinal);
        foreach (var flow in model.DataFlows)
        {
            Reference(flow, "from", flow.From, endpoints, "assets | zones | externals");
            Reference(flow, "to", flow.To, endpoints, "assets | zones | externals");
        }

        ValidateCountermeasures(model, zones, stakeholders);
    }

    private void ValidateCountermeasures(FactoryModel model, HashSet<string> zones, HashSet<string> stakeholders)
    {
        var known = new HashSet<string>(countermeasures.Select(c => c.Id), StringComparer.Ordinal);
        var scopes = new Dictionary<(string Id, string Zone), CountermeasureStatus>();
        foreach (var status in model.Countermeasures)
        {
            Reference(status, "id", status.Id, known, "countermeasures (catalogue)");
            Reference(status, "owner", status.Owner, stakeholders, "stakeholders");
            for (var i = 0; i < status.Scope.Count; i++)
            {
                Reference(status, $"scope[{i}]", status.Scope[i], zones, "zones");
            }

            // One status per countermeasure and scope: two would contradict each other.
            foreach (var zone in status.Scope.Count == 0 ? ["*"] : status.Scope)
            {
                if (!scopes.TryAdd((status.Id, zone), status))
                {
                    diagnostics.Error(status.At("scope"), status.Path + ".scope", "ModelDuplicateStatus", status.Id, zone == "*" ? "site" : zone, scopes[(status.Id, zone)].Path);
                }
            }
        }
    }

    private void Unique(IEnumerable<ModelElement> elements, string list)
    {
        var seen = new Dictionary<string, ModelElement>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (!seen.TryAdd(element.Id, element))
            {
                diagnostics.Error(element.At("id"), element.Path + ".id", "ModelDuplicateId", element.Id, list, seen[element.Id].Path);
            }
        }
    }

    private void Reference(ModelElement element, string field, string? value, HashSet<string> known, string target)
    {
        if (value is not null && !known.Contains(value))
        {
            diagnostics.Error(element.At(field), $"{element.Path}.{field}", "ModelUnknownReference", value, target);
        }
    }

    private static HashSet<string> Ids(IEnumerable<ModelElement> elements) => new(elements.Select(e => e.Id), StringComparer.Ordinal);
}
