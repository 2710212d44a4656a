using FactoryCps.Analysis;
using FactoryCps.Catalog;

namespace FactoryCps.Checklists;

/// <summary>
/// The applicability rule (docs/assessment.md, "Which questions"): every step point's question once for the site;
/// a countermeasure's question once for the site, unless the model keeps that countermeasure's status per zone (some
/// status of it has a <c>scope</c>), then once per zone that its statuses name or whose target level requires it
/// (the analysis' threats at the zone list it). Each question then answers for exactly one status the analysis
/// reads, so an answer and a status can always be compared. A scope narrows the result.
/// </summary>
internal static class AssessmentQuestions
{
    public static IReadOnlyList<AssessmentQuestion> For(GuidelineCatalog catalog, AnalysisResult analysis, AssessmentScope scope)
    {
        var zonesOf = ZonesAskedPerCountermeasure(analysis);
        var questions = new List<AssessmentQuestion>();
        foreach (var item in catalog.Checklist)
        {
            if (!scope.IncludesStep(item.Step) || !scope.IncludesGroup(item.Group))
            {
                continue;
            }

            if (item.SubjectKind != "countermeasure" || !zonesOf.TryGetValue(item.Subject, out var zones))
            {
                questions.Add(new AssessmentQuestion(item.Id, item, null));
                continue;
            }

            questions.AddRange(zones.Where(scope.IncludesZone).Select(zone => new AssessmentQuestion(AssessmentQuestion.IdOf(item, zone), item, zone)));
        }

        return questions;
    }

    /// <summary>Whether the model keeps a countermeasure's status per zone: some status of it names zones.</summary>
    public static bool IsKeptPerZone(Model.FactoryModel model, string countermeasure) =>
        model.Countermeasures.Any(s => s.Id == countermeasure && s.Scope.Count > 0);

    /// <summary>The countermeasures kept per zone, each with its zones in the model's zone order.</summary>
    private static Dictionary<string, List<string>> ZonesAskedPerCountermeasure(AnalysisResult analysis)
    {
        var named = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var status in analysis.Model.Countermeasures.Where(s => s.Scope.Count > 0))
        {
            if (!named.TryGetValue(status.Id, out var zones))
            {
                named[status.Id] = zones = new HashSet<string>(StringComparer.Ordinal);
            }

            zones.UnionWith(status.Scope);
        }

        if (named.Count == 0)
        {
            return [];
        }

        foreach (var threat in analysis.Threats.Where(t => t.Zone is not null))
        {
            foreach (var countermeasure in threat.Countermeasures)
            {
                if (named.TryGetValue(countermeasure.Id, out var zones))
                {
                    zones.Add(threat.Zone!);
                }
            }
        }

        return named.ToDictionary(
            p => p.Key,
            p => analysis.Zones.Select(z => z.Id).Where(p.Value.Contains).ToList(),
            StringComparer.Ordinal);
    }
}
