using System.Globalization;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Plans;
using FactoryCps.Resources;

namespace FactoryCps.Reports;

/// <summary>What every report format is made from, and the labels in the chosen language.</summary>
public sealed class ReportContext
{
    public ReportContext(GuidelineCatalog catalog, AnalysisResult analysis, Language language, string version)
    {
        Catalog = catalog;
        Analysis = analysis;
        Plan = PlanBuilder.Build(analysis);
        Language = language;
        Version = version;
        UnprotectedConduits = analysis.Findings.Where(f => f.Id == "unprotected-crossing").Select(f => f.Subject).ToHashSet(StringComparer.Ordinal);
    }

    public GuidelineCatalog Catalog { get; }

    public AnalysisResult Analysis { get; }

    public SecurityPlan Plan { get; }

    public Language Language { get; }

    public string Version { get; }

    /// <summary>Conduits that join zones of very different importance without a firewall, diode or proxy.</summary>
    public IReadOnlySet<string> UnprotectedConduits { get; }

    public string Date => Analysis.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string SiteName => Analysis.Model.Site.Name ?? Analysis.Model.Site.Id;

    public string L(string key, params object?[] args)
    {
        var format = ReportText.ResourceManager.GetString(key, Language.Culture())
            ?? throw new InvalidOperationException($"Missing report text '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }

    public string T(LocalizedText text) => text.Get(Language);

    public string ThreatTitle(string id) => T(Catalog.ThreatsById[id].Title);

    public string CountermeasureTitle(string id) => T(Catalog.CountermeasuresById[id].Title);

    public string Status(string status) => L("Status_" + status);

    public string Severity(string severity) => L("Severity_" + severity);

    public string ZoneName(string? id) =>
        id is null ? L(nameof(ReportText.WholeSite)) : Analysis.Zones.FirstOrDefault(z => z.Id == id) is { Name: { } name } ? $"{name} ({id})" : id;

    public IEnumerable<Threats.AppliedThreat> ThreatsByRisk() =>
        Analysis.Threats.OrderByDescending(t => t.Risk.Score).ThenBy(t => t.Threat, StringComparer.Ordinal).ThenBy(t => t.Zone, StringComparer.Ordinal);
}
