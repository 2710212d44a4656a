using FactoryCps.Diagnostics;
using FactoryCps.Findings;
using FactoryCps.Model;
using FactoryCps.Provenance;
using FactoryCps.Threats;

namespace FactoryCps.Analysis;

/// <summary>Everything Steps 1-3 … 2-2 derive from a model, each value with its explanation.</summary>
internal sealed record AnalysisResult(
    FactoryModel Model,
    DateOnly Date,
    IReadOnlyList<ElementImportance> Operations,
    IReadOnlyList<ElementImportance> Assets,
    IReadOnlyList<ZoneResult> Zones,
    IReadOnlyList<AppliedThreat> Threats,
    IReadOnlyList<Finding> Findings,
    double Coverage,
    IReadOnlyList<Diagnostic> Diagnostics);

internal sealed record ElementImportance(string Id, string? Name, DerivedValue Importance);

internal sealed record ZoneResult(string Id, string? Name, string? Template, DerivedValue Importance, DerivedValue TargetLevel);
