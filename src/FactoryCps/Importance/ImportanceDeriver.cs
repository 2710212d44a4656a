using System.Globalization;
using FactoryCps.Diagnostics;
using FactoryCps.Guideline;
using FactoryCps.Model;
using FactoryCps.Provenance;

namespace FactoryCps.Importance;

/// <summary>
/// Steps 1-3 and 1-5 and the zone part of 1-7 (factory-model spec, derivations 1–3): operation importance
/// from impacts, asset importance from operations, zone importance from assets. An explicit value lower than
/// the derived one needs a reason: without one it is an error, with one it is kept and reported.
/// </summary>
internal sealed class ImportanceDeriver(IReadOnlyList<ScaleLevel> importanceScale, DiagnosticBag diagnostics)
{
    private readonly int _lowest = importanceScale.Min(l => l.Value);

    public ImportanceResult Derive(FactoryModel model)
    {
        var operations = new Dictionary<string, DerivedValue>(model.Operations.Count, StringComparer.Ordinal);
        foreach (var operation in model.Operations)
        {
            operations[operation.Id] = Operation(operation);
        }

        var assets = new Dictionary<string, DerivedValue>(model.Assets.Count, StringComparer.Ordinal);
        foreach (var asset in model.Assets)
        {
            assets[asset.Id] = Asset(asset, operations);
        }

        var zones = new Dictionary<string, DerivedValue>(model.Zones.Count, StringComparer.Ordinal);
        var causesByZone = new Dictionary<string, TopCauses>(model.Zones.Count, StringComparer.Ordinal);
        foreach (var asset in model.Assets)
        {
            if (asset.Zone is not null)
            {
                if (!causesByZone.TryGetValue(asset.Zone, out var top))
                {
                    top = new TopCauses();
                    causesByZone.Add(asset.Zone, top);
                }

                top.Add(assets[asset.Id]);
            }
        }

        foreach (var zone in model.Zones)
        {
            if (zones.ContainsKey(zone.Id))
            {
                continue;
            }

            zones[zone.Id] = causesByZone.GetValueOrDefault(zone.Id) is not { Count: > 0 } causes
                ? new DerivedValue(_lowest, Explanation.OfValue($"zone {zone.Id}", "importance", _lowest, "zone-without-assets", []))
                : new DerivedValue(causes.Highest, Explanation.OfValue($"zone {zone.Id}", "importance", causes.Highest, "zone-importance-from-assets", causes.Why()));
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
            fromImpact = new DerivedValue(value, Explanation.OfValue(subject, "impact." + axis, value, "operation-importance-from-impact", []));
        }

        if (operation.Importance is not { } explicitValue)
        {
            if (fromImpact is null)
            {
                diagnostics.Error(operation.Location, operation.Path, "ModelOperationWithoutImportance", operation.Id);
                return new DerivedValue(_lowest, Explanation.OfValue(subject, "importance", _lowest, "operation-without-importance", []));
            }

            // The spec's own wording: "… ← operation production impact.safety 3".
            return fromImpact;
        }

        return Explicit(subject, explicitValue, operation.ImportanceReason, fromImpact, operation.Path, operation.At("importance"));
    }

    private DerivedValue Asset(Asset asset, Dictionary<string, DerivedValue> operations)
    {
        var subject = $"asset {asset.Id}";
        var causes = new TopCauses();
        for (var i = 0; i < asset.Operations.Count; i++)
        {
            if (operations.TryGetValue(asset.Operations[i], out var value))
            {
                causes.Add(value);
            }
        }

        DerivedValue? derived = causes.Count == 0
            ? null
            : new DerivedValue(causes.Highest, Explanation.OfValue(subject, "importance", causes.Highest, "asset-importance-from-operations", causes.Why()));

        if (asset.Importance is { } explicitValue)
        {
            return Explicit(subject, explicitValue, asset.ImportanceReason, derived, asset.Path, asset.At("importance"));
        }

        return derived ?? new DerivedValue(_lowest, Explanation.OfValue(subject, "importance", _lowest, "asset-without-operations", []));
    }

    private DerivedValue Explicit(string subject, int value, string? reason, DerivedValue? derived, string path, SourceLocation? location)
    {
        if (derived is null || value >= derived.Value)
        {
            return new DerivedValue(value, Explanation.OfValue(subject, "importance", value, "explicit-importance", derived is null ? [] : [derived.Why]));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            diagnostics.Error(location, path + ".importanceReason", "ModelLoweredWithoutReason", value, derived.Value.ToString(CultureInfo.InvariantCulture));
        }

        return new DerivedValue(value, Explanation.OfValue(subject, "importance", value, "explicit-importance-lowered", [derived.Why]), Lowered: true, DerivedFrom: derived.Value);
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

/// <summary>
/// The highest values of a list and the explanations of the first three in descending order, ties in list
/// order: what sorting the whole list stably and taking three gave, without the sort.
/// </summary>
internal sealed class TopCauses
{
    private readonly DerivedValue?[] _top = new DerivedValue?[3];

    public int Count { get; private set; }

    public int Highest => _top[0]!.Value;

    public void Add(DerivedValue value)
    {
        var kept = Math.Min(Count, _top.Length);
        var at = 0;
        while (at < kept && _top[at]!.Value >= value.Value)
        {
            at++;
        }

        Count++;
        if (at == _top.Length)
        {
            return;
        }

        for (var i = Math.Min(kept, _top.Length - 1); i > at; i--)
        {
            _top[i] = _top[i - 1];
        }

        _top[at] = value;
    }

    public Explanation[] Why()
    {
        var why = new Explanation[Math.Min(Count, _top.Length)];
        for (var i = 0; i < why.Length; i++)
        {
            why[i] = _top[i]!.Why;
        }

        return why;
    }
}

internal sealed record ImportanceResult(
    IReadOnlyDictionary<string, DerivedValue> Operations,
    IReadOnlyDictionary<string, DerivedValue> Assets,
    IReadOnlyDictionary<string, DerivedValue> Zones);
