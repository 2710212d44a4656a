using System.Globalization;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Diagnostics;
using FactoryCps.Rules;

namespace FactoryCps.Importance;

/// <summary>
/// A zone's target security level from its importance through the catalogue's level mapping (spec,
/// derivation 3), raised by the mapping's rules (e.g. a high-importance SIS), capped at the mapping's maximum.
/// </summary>
internal sealed class TargetLevelDeriver(GuidelineCatalog catalog, DiagnosticBag diagnostics)
{
    public void Derive(ModelGraph graph, RuleContext context)
    {
        var mapping = catalog.LevelMapping;
        foreach (var zone in graph.Zones)
        {
            var subject = $"zone {zone.Model.Id}";
            var level = mapping.Base[zone.Importance];
            var causes = new List<Explanation> { zone.ImportanceWhy.Why };
            var claim = $"targetLevel {level}";
            foreach (var raise in mapping.Raises.Where(r => r.When.Evaluate(zone, context)))
            {
                level = Math.Min(mapping.MaxLevel, level + raise.By);
                claim += $" +{raise.By} {raise.Id}";
                causes.Add(Explanation.Leaf(subject, raise.When.Text, "level-raise:" + raise.Id));
            }

            // "zone safety targetLevel 3 +1 high-importance-sis = 4 ← zone safety importance 3 ← …"
            claim = level == mapping.Base[zone.Importance] ? claim : $"{claim} = {level}";
            var derived = new DerivedValue(level, new Explanation(subject, claim, "level-mapping", causes));
            zone.TargetLevel = Explicit(zone, derived);
        }
    }

    private DerivedValue Explicit(ZoneNode zone, DerivedValue derived)
    {
        if (zone.Model.TargetLevel is not { } value)
        {
            return derived;
        }

        var subject = $"zone {zone.Model.Id}";
        if (value >= derived.Value)
        {
            return new DerivedValue(value, new Explanation(subject, $"targetLevel {value}", "explicit-target-level", [derived.Why]));
        }

        if (string.IsNullOrWhiteSpace(zone.Model.TargetLevelReason))
        {
            diagnostics.Error(zone.Model.At("targetLevel"), zone.Model.Path + ".targetLevelReason", "ModelLoweredWithoutReason", value, derived.Value.ToString(CultureInfo.InvariantCulture));
        }

        return new DerivedValue(value, new Explanation(subject, $"targetLevel {value}", "explicit-target-level-lowered", [derived.Why]), Lowered: true, DerivedFrom: derived.Value);
    }
}
