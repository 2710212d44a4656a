using FactoryCps.Localization;
using FactoryCps.Provenance;

namespace FactoryCps.Threats;

/// <summary>A catalogue threat that applies to the model, at a zone (or the whole site when <see cref="Zone"/> is null).</summary>
internal sealed record AppliedThreat(
    string Threat,
    string? Zone,
    IReadOnlyList<string> Assets,
    IReadOnlyList<Explanation> Matches,
    int TargetLevel,
    IReadOnlyList<CountermeasureState> Countermeasures,
    bool Covered,
    Risk Risk);

/// <summary>The site's status for one countermeasure in one scope; <see cref="Recorded"/> false means assumed missing.</summary>
internal sealed record CountermeasureState(string Id, string Status, bool Recorded, string? Owner, DateOnly? Due, string? StatusPath);

/// <summary>IPA-style risk: importance × threat level × vulnerability level, and its grade.</summary>
internal sealed record Risk(int Importance, int ThreatLevel, int VulnerabilityLevel, int PercentInPlace, int Score, string Grade, LocalizedText Label);
