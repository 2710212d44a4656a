using System.Globalization;
using FactoryCps.Diagnostics;
using FactoryCps.Graph;
using FactoryCps.Guideline;
using FactoryCps.Provenance;
using FactoryCps.Rules;

namespace FactoryCps.Zones;

/// <summary>
/// A zone's target security level from its importance through the catalogue's level mapping (spec,
/// derivation 3), raised by the mapping's rules (e.g. a high-importance SIS), capped at the mapping's maximum.
/// A raise whose condition counts days to a date depends on the analysis date; the others do not. Loading
/// derives the level from the date-independent raises once, and an explicit level below it without a reason
/// makes the model invalid. The analysis adds the raises that apply at its date: an explicit level that time
/// has made too low is kept, marked lowered, and reported by a finding, so a stored model never stops loading.
/// </summary>
internal sealed class TargetLevelDeriver(LevelMapping levelMapping)
{
    /// <summary>Whether any raise of the catalogue depends on the analysis date.</summary>
    public bool DependsOnDate { get; } = levelMapping.Raises.Any(r => r.When.DependsOnDate);

    /// <summary>Sets every zone's level from the raises that apply whatever the date; errors go to <paramref name="diagnostics"/>.</summary>
    public void DeriveAtLoad(ModelGraph graph, DiagnosticBag diagnostics)
    {
        // Conditions that do not count days never read the date: any date gives the same answer.
        var anyDate = new RuleContext(DateOnly.MinValue);
        foreach (var zone in graph.Zones)
        {
            zone.DateIndependentRaises.AddRange(levelMapping.Raises.Where(r => !r.When.DependsOnDate && r.When.Evaluate(zone, anyDate)));
            zone.TargetLevel = Explicit(zone, Derived(zone, zone.DateIndependentRaises), diagnostics);
        }
    }

    /// <summary>
    /// Sets the zones' levels at the analysis date on <paramref name="graph"/>, a graph built for this analysis
    /// whose zones carry the date-independent raises found at load (<see cref="DependsOnDate"/> is true).
    /// </summary>
    public void DeriveAtDate(ModelGraph graph, RuleContext context)
    {
        foreach (var zone in graph.Zones)
        {
            var applying = levelMapping.Raises
                .Where(r => zone.DateIndependentRaises.Contains(r) || (r.When.DependsOnDate && r.When.Evaluate(zone, context)))
                .ToList();
            zone.TargetLevel = Explicit(zone, Derived(zone, applying), diagnostics: null);
        }
    }

    private DerivedValue Derived(ZoneNode zone, IReadOnlyList<LevelRaise> raises)
    {
        var mapping = levelMapping;
        var subject = $"zone {zone.Model.Id}";
        var level = mapping.Base[zone.Importance];
        var causes = new List<Explanation> { zone.ImportanceWhy.Why };
        var claim = $"targetLevel {level}";
        foreach (var raise in raises)
        {
            level = Math.Min(mapping.MaxLevel, level + raise.By);
            claim += $" +{raise.By} {raise.Id}";
            causes.Add(Explanation.Leaf(subject, raise.When.Text, Explanation.LevelRaisePrefix + raise.Id));
        }

        // "zone safety targetLevel 3 +1 high-importance-sis = 4 ← zone safety importance 3 ← …"
        claim = level == mapping.Base[zone.Importance] ? claim : $"{claim} = {level}";
        return new DerivedValue(level, new Explanation(subject, claim, "level-mapping", causes) { Measure = "targetLevel", Value = level });
    }

    /// <summary>An explicit level below the derived one needs a reason; at load, its absence is an error.</summary>
    private static DerivedValue Explicit(ZoneNode zone, DerivedValue derived, DiagnosticBag? diagnostics)
    {
        if (zone.Model.TargetLevel is not { } value)
        {
            return derived;
        }

        var subject = $"zone {zone.Model.Id}";
        if (value >= derived.Value)
        {
            return new DerivedValue(value, Explanation.OfValue(subject, "targetLevel", value, "explicit-target-level", [derived.Why]));
        }

        if (diagnostics is not null && string.IsNullOrWhiteSpace(zone.Model.TargetLevelReason))
        {
            diagnostics.Error(zone.Model.At("targetLevel"), zone.Model.Path + ".targetLevelReason", "ModelLoweredWithoutReason", value, derived.Value.ToString(CultureInfo.InvariantCulture));
        }

        return new DerivedValue(value, Explanation.OfValue(subject, "targetLevel", value, "explicit-target-level-lowered", [derived.Why]), Lowered: true, DerivedFrom: derived.Value);
    }
}
