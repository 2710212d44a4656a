using FactoryCps.Graph;
using FactoryCps.Localization;
using FactoryCps.Model;
using FactoryCps.Rules;

namespace FactoryCps.Findings;

/// <summary>Runs the catalogue's finding rules over the model (spec, derivation 6, and our additions).</summary>
internal sealed class FindingEvaluator(IReadOnlyList<FindingRule> rules)
{
    private static readonly string[] SeverityOrder = ["high", "medium", "low", "info"];

    public List<Finding> Evaluate(ModelGraph graph, RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            foreach (var subject in graph.OfKind(rule.Subject).Where(s => rule.When.Evaluate(s, context)))
            {
                var id = (string)subject.Get("id")!;
                var name = NameOf(subject) ?? id;
                var message = new LocalizedText(Fill(rule.Message.Ja, id, name), Fill(rule.Message.En, id, name));
                findings.Add(new Finding(rule.Id, rule.Severity, rule.Subject, id, message, rule.Reference));
            }
        }

        return [.. findings.OrderBy(f => Array.IndexOf(SeverityOrder, f.Severity)).ThenBy(f => f.Id, StringComparer.Ordinal).ThenBy(f => f.Subject, StringComparer.Ordinal)];
    }

    private static string? NameOf(IRuleElement subject) => subject switch
    {
        SiteNode site => Display(site.Model),
        ZoneNode zone => Display(zone.Model),
        AssetNode asset => Display(asset.Model),
        OperationNode operation => Display(operation.Model),
        ConduitNode conduit => Display(conduit.Model),
        ExternalNode external => Display(external.Model),
        DataFlowNode flow => Display(flow.Model),
        _ => null,
    };

    private static string Display(ModelElement element) => element.DisplayName;

    private static string Fill(string template, string id, string name) =>
        template.Replace("{id}", id, StringComparison.Ordinal).Replace("{name}", name, StringComparison.Ordinal);
}
