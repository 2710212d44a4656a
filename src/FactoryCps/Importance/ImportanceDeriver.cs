using System.Globalization;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Diagnostics;
using FactoryCps.Model;

namespace FactoryCps.Importance;

/// <summary>
/// Steps 1-3 and 1-5 and the zone part of 1-7 (factory-model spec, derivations 1–3): operation importance
/// from impacts, asset importance from operations, zone importance from assets. An explicit value lower than
/// the derived one needs a reason: without one it is an error, with one it is kept and reported.
/// </summary>
public sealed class ImportanceDeriver(GuidelineCatalog catalog, DiagnosticBag diagnostics)
{
    private int Lowest => catalog.ImportanceScale.Min(l => l.Value);

    public ImportanceResult Derive(FactoryModel model)
    {
        var operations = new Dictionary<string, DerivedValue>(StringComparer.Ordinal);
        foreach (var operation in model.Operations)
        {
            operations[operation.Id] = Operation(operation);
        }

        var assets = new Dictionary<string, DerivedValue>(StringComparer.Ordinal);
        foreach (var asset in model.Assets)
        {
            assets[asset.Id] = Asset(asset, operations);
        }

        var zones = new Dictionary<string, DerivedValue>(StringComparer.Ordinal);
        var assetsByZone = model.Assets.Where(a => a.Zone is not null).ToLookup(a => a.Zone!, StringComparer.Ordinal);
        foreach (var zone in model.Zones)
        {
            var causes = assetsByZone[zone.Id].Select(a => assets[a.Id]).OrderByDescending(d => d.Value).ToList();
            zones[zone.Id] = zones.ContainsKey(zone.Id) ? zones[zone.Id] : causes.Count == 0
                ? new DerivedValue(Lowest, Explanation.Leaf($"zone {zone.Id}", $"importance {Lowest}", "zone-without-assets"))
                : new DerivedValue(causes[0].Value, new Explanation($"zone {zone.Id}", $"importance {causes[0].Value}", "zone-importance-from-assets", [.. causes.Take(3).Select(c => c.Why)]));
        }

        return new ImportanceResult(operations, assets, zones);
    }

    private DerivedValue Operation(Operation operation)
    {
        var subject = $"operation {operation.Id}";
        DerivedValue? fromImpact = null;
        if (operation.Impact.Count > 0)
        {
            var (axis, value) = operation.Impact.OrderByDescending(p => p.Value).ThenBy(p => IndexOf(p.Key)).First();
            fromImpact = new DerivedValue(value, Explanation.Leaf(subject, $"impact.{axis} {value}", "operation-importance-from-impact"));
        }

        if (operation.Importance is not { } explicitValue)
        {
            if (fromImpact is null)
            {
                diagnostics.Error(operation.Location, operation.Path, "ModelOperationWithoutImportance", operation.Id);
                return new DerivedValue(Lowest, Explanation.Leaf(subject, $"importance {Lowest}", "operation-without-importance"));
            }

            // The spec's own wording: "… ← operation production impact.safety 3".
            return fromImpact;
        }

        return Explicit(subject, explicitValue, operation.ImportanceReason, fromImpact, operation.Path, operation.At("importance"));
    }

    private DerivedValue Asset(Asset asset, Dictionary<string, DerivedValue> operations)
    {
        var subject = $"asset {asset.Id}";
        var causes = asset.Operations.Where(operations.ContainsKey).Select(o => operations[o]).OrderByDescending(d => d.Value).ToList();
        DerivedValue? derived = causes.Count == 0
            ? null
            : new DerivedValue(causes[0].Value, new Explanation(subject, $"importance {causes[0].Value}", "asset-importance-from-operations", [.. causes.Take(3).Select(c => c.Why)]));

        if (asset.Importance is { } explicitValue)
        {
            return Explicit(subject, explicitValue, asset.ImportanceReason, derived, asset.Path, asset.At("importance"));
        }

        return derived ?? new DerivedValue(Lowest, Explanation.Leaf(subject, $"importance {Lowest}", "asset-without-operations"));
    }

    private DerivedValue Explicit(string subject, int value, string? reason, DerivedValue? derived, string path, SourceLocation? location)
    {
        var claim = $"importance {value}";
        if (derived is null || value >= derived.Value)
        {
            return new DerivedValue(value, new Explanation(subject, claim, "explicit-importance", derived is null ? [] : [derived.Why]));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            diagnostics.Error(location, path + ".importanceReason", "ModelLoweredWithoutReason", value, derived.Value.ToString(CultureInfo.InvariantCulture));
        }

        return new DerivedValue(value, new Explanation(subject, claim, "explicit-importance-lowered", [derived.Why]), Lowered: true, DerivedFrom: derived.Value);
    }

    private static int IndexOf(string axis)
    {
        for (var i = 0; i < Model.Operation.ImpactAxes.Count; i++)
        {
            if (Model.Operation.ImpactAxes[i] == axis)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}

public sealed record ImportanceResult(
    IReadOnlyDictionary<string, DerivedValue> Operations,
    IReadOnlyDictionary<string, DerivedValue> Assets,
    IReadOnlyDictionary<string, DerivedValue> Zones);
