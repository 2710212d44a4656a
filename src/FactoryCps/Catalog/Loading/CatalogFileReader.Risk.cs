using FactoryCps.Guideline;
using FactoryCps.Yaml;

namespace FactoryCps.Catalog.Loading;

internal sealed partial class CatalogFileReader
{
    private static readonly string[] WeightedStatuses = ["implemented", "partial", "planned", "missing"];

    private RiskModel? ReadRiskModel(MapReader item)
    {
        item.OnlyKeys(With("statusWeights", "vulnerability", "grades"));
        var common = Common(item);
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        if (item.Mapping("statusWeights", required: true) is { } w)
        {
            w.OnlyKeys(WeightedStatuses);
            foreach (var status in WeightedStatuses)
            {
                weights[status] = w.Int(status, 0, 100, required: true) ?? 0;
            }
        }

        var steps = new List<VulnerabilityStep>();
        foreach (var step in item.MappingItems("vulnerability", required: true))
        {
            step.OnlyKeys("minPercent", "level");
            if (step.Int("minPercent", 0, 100, required: true) is { } min && step.Int("level", 1, 9, required: true) is { } level)
            {
                steps.Add(new VulnerabilityStep(min, level));
            }
        }

        var grades = new List<RiskGrade>();
        foreach (var grade in item.MappingItems("grades", required: true))
        {
            grade.OnlyKeys("grade", "minScore", "label");
            if (grade.String("grade", required: true) is { } name && grade.Int("minScore", 0, 10_000, required: true) is { } min && grade.Text("label", required: true) is { } label)
            {
                grades.Add(new RiskGrade(name, min, label));
            }
        }

        // Thresholds are searched highest first and the last must catch everything.
        if (steps.Count == 0 || steps[^1].MinPercent != 0 || !IsDescending(steps.Select(s => s.MinPercent)))
        {
            diagnostics.Error(item.LocationOf("vulnerability"), item.PathOf("vulnerability"), "CatalogThresholds", "minPercent", 0);
        }

        if (grades.Count == 0 || grades[^1].MinScore > 1 || !IsDescending(grades.Select(g => g.MinScore)))
        {
            diagnostics.Error(item.LocationOf("grades"), item.PathOf("grades"), "CatalogThresholds", "minScore", 1);
        }

        return new RiskModel { StatusWeights = weights, Vulnerability = steps, Grades = grades, Provenance = common };
    }

    private static bool IsDescending(IEnumerable<int> values) =>
        values.Zip(values.Skip(1)).All(pair => pair.First > pair.Second);
}
