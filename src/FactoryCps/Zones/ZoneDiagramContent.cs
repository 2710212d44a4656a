using FactoryCps.Guideline;
using FactoryCps.Localization;
using FactoryCps.Model;
using FactoryCps.Resources;

namespace FactoryCps.Zones;

/// <summary>
/// What the zone diagram draws: the model's conduits and externals, its zones with their derived importance and
/// target level, the catalogue's templates (their diagram rows) and importance scale (the colours), and the
/// conduits that a finding calls unprotected. Built by the reports from an analysis.
/// </summary>
internal sealed record ZoneDiagramContent(
    FactoryModel Model,
    IReadOnlyList<DiagramZone> Zones,
    IReadOnlyList<ZoneTemplate> Templates,
    IReadOnlyList<ScaleLevel> ImportanceScale,
    IReadOnlySet<string> UnprotectedConduits,
    Language Language)
{
    /// <summary>A label of the diagram, from the report texts in the diagram's language.</summary>
    internal string L(string key) =>
        ReportText.ResourceManager.GetString(key, Language.Culture())
        ?? throw new InvalidOperationException($"Missing report text '{key}'.");
}

/// <summary>One zone's box: its derived importance and target security level.</summary>
internal sealed record DiagramZone(string Id, string? Name, string? Template, int Importance, int TargetLevel);
