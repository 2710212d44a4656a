using FactoryCps.Countermeasures;
using FactoryCps.Graph;
using FactoryCps.Model;
using FactoryCps.Provenance;
using FactoryCps.Rules;

namespace FactoryCps.Threats;

/// <summary>
/// Step 1-7 and 2-2: runs the catalogue's threat rules over the model, gathers the matches per threat and
/// zone, and sets each against the countermeasures the zone's target level requires, with the site's status.
/// </summary>
internal sealed class ThreatEvaluator(ThreatKnowledge knowledge)
{
    private sealed class Accumulator(string threat, ZoneNode? zone)
    {
        public string Threat { get; } = threat;

        public ZoneNode? Zone { get; } = zone;

        public SortedSet<string> Assets { get; } = new(StringComparer.Ordinal);

        public List<AssetNode> AssetNodes { get; } = [];

        public List<Explanation> Matches { get; } = [];

        public int Exposure { get; set; }

        /// <summary>Importance of what the matching subjects touch, for threats that land on no zone.</summary>
        public int SubjectImportance { get; set; }
    }

    public List<AppliedThreat> Evaluate(ModelGraph graph, FactoryModel model, RuleContext context)
    {
        var found = new Dictionary<(string Threat, string Zone), Accumulator>();
        foreach (var rule in knowledge.Rules)
        {
            foreach (var subject in graph.OfKind(rule.Subject))
            {
                if (!rule.When.Evaluate(subject, context))
                {
                    continue;
                }

                var zone = rule.At.Resolve(subject, context) as ZoneNode;
                var key = (rule.Threat, zone?.Model.Id ?? "");
                if (!found.TryGetValue(key, out var applied))
                {
                    applied = new Accumulator(rule.Threat, zone);
                    found.Add(key, applied);
                }

                applied.Exposure = Math.Max(applied.Exposure, rule.Exposure);
                applied.SubjectImportance = Math.Max(applied.SubjectImportance, ImportanceOf(subject));
                var subjectId = (string)subject.Get("id")!;
                applied.Matches.Add(Explanation.Leaf($"{rule.Subject} {subjectId}", rule.When.Text, rule.Id));
                if (subject is AssetNode asset && applied.Assets.Add(subjectId))
                {
                    applied.AssetNodes.Add(asset);
                }
            }
        }

        var statuses = new StatusIndex(model.Countermeasures);
        var order = knowledge.Threats.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return [.. found.Values
            .OrderBy(a => order[a.Threat])
            .ThenBy(a => a.Zone?.Model.Id, StringComparer.Ordinal)
            .Select(a => Complete(a, statuses))];
    }

    private AppliedThreat Complete(Accumulator applied, StatusIndex statuses)
    {
        var threat = knowledge.ThreatsById[applied.Threat];
        var level = TargetLevel(applied);
        var required = _required.For(threat.Id, level);
        var states = new List<CountermeasureState>(required.Count);
        foreach (var countermeasure in required)
        {
            states.Add(statuses.Get(countermeasure.Id, applied.Zone?.Model.Id));
        }

        var covered = states.Count > 0 && states.All(s => s.Status is "implemented" or "not-applicable");
        var importance = applied.AssetNodes.Count > 0 ? applied.AssetNodes.Max(a => a.Importance.Value)
            : applied.Zone?.Importance ?? Math.Max(_lowestImportance, applied.SubjectImportance);
        var risk = RiskCalculator.Calculate(knowledge.RiskModel, importance, Math.Min(3, threat.Level + applied.Exposure), states);
        return new AppliedThreat(threat.Id, applied.Zone?.Model.Id, [.. applied.Assets], applied.Matches, level, states, covered, risk);
    }

    private readonly RequiredCountermeasures _required = new(knowledge.CountermeasuresFor);

    private readonly int _lowestImportance = knowledge.ImportanceScale.Min(l => l.Value);

    /// <summary>
    /// The zone's target level; for a threat on the whole site (a SaaS, a flow into the cloud), the level the
    /// importance of what it touches maps to.
    /// </summary>
    private int TargetLevel(Accumulator applied)
    {
        if (applied.Zone?.TargetLevel is { } level)
        {
            return level.Value;
        }

        var importance = applied.AssetNodes.Count > 0 ? applied.AssetNodes.Max(a => a.Importance.Value) : applied.SubjectImportance;
        return knowledge.LevelMapping.Base.GetValueOrDefault(importance, knowledge.LevelMapping.Base.Values.Min());
    }

    private static int ImportanceOf(IRuleElement subject) => subject switch
    {
        AssetNode asset => asset.Importance.Value,
        ZoneNode zone => zone.Importance,
        DataFlowNode flow => Math.Max(flow.From.Importance, flow.To.Importance),
        ConduitNode conduit => Math.Max(conduit.From.Importance, conduit.To.Importance),
        OperationNode operation => operation.Importance.Value,
        _ => 0,
    };
}
