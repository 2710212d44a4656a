namespace FactoryCps.Model;

/// <summary>業務: a business operation and its impact ratings (Steps 1-2, 1-3).</summary>
internal sealed record Operation : ModelElement
{
    /// <summary>The impact axes of the spec: safety, quality, delivery, cost, continuity, environment, compliance.</summary>
    public static IReadOnlyList<string> ImpactAxes { get; } = ["safety", "quality", "delivery", "cost", "continuity", "environment", "compliance"];

    public string? Objective { get; init; }

    public IReadOnlyDictionary<string, int> Impact { get; init; } = new Dictionary<string, int>();

    public int? Importance { get; init; }

    public string? ImportanceReason { get; init; }
}
