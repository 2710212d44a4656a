using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Findings;
using FactoryCps.Threats;

namespace FactoryCps.Tests.Analysis;

/// <summary>Short look-ups into analysis results and load results, failing the test when the thing is not there.</summary>
internal static class AnalysisQueries
{
    public static GuidelineCatalog Catalog => CatalogLoader.Default;

    public static ElementImportance Operation(this AnalysisResult result, string id) => Assert.Single(result.Operations, o => o.Id == id);

    public static ElementImportance Asset(this AnalysisResult result, string id) => Assert.Single(result.Assets, a => a.Id == id);

    public static ZoneResult Zone(this AnalysisResult result, string id) => Assert.Single(result.Zones, z => z.Id == id);

    /// <summary>Every place a threat applies at.</summary>
    public static List<AppliedThreat> ThreatsOf(this AnalysisResult result, string threat) => [.. result.Threats.Where(t => t.Threat == threat)];

    /// <summary>The threat at a zone (null: the whole site); fails unless it applies there exactly once.</summary>
    public static AppliedThreat Threat(this AnalysisResult result, string threat, string? zone) =>
        Assert.Single(result.Threats, t => t.Threat == threat && t.Zone == zone);

    public static List<Finding> FindingsOf(this AnalysisResult result, string id) => [.. result.Findings.Where(f => f.Id == id)];

    public static Finding Finding(this AnalysisResult result, string id, string subject) =>
        Assert.Single(result.Findings, f => f.Id == id && f.Subject == subject);

    /// <summary>The ids of the countermeasures the catalogue requires for a threat at a target level, in catalogue order.</summary>
    public static List<string> Required(string threat, int targetLevel) =>
        [.. Catalog.CountermeasuresFor(threat).Where(c => c.MinLevel <= targetLevel).Select(c => c.Id)];

    /// <summary>The resource keys of the load's error diagnostics.</summary>
    public static List<string> ErrorKeys(this ModelLoadResult result) =>
        [.. result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.Message.Key)];
}
