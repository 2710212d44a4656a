using FactoryCps.Cases;
using FactoryCps.Countermeasures;
using FactoryCps.Diagnostics;
using FactoryCps.Findings;
using FactoryCps.Glossary;
using FactoryCps.Guideline;
using FactoryCps.Threats;

namespace FactoryCps.Catalog.Loading;

/// <summary>The sections read from one or more catalogue files, before they are checked as a whole.</summary>
internal sealed class CatalogContent
{
    public List<Step> Steps { get; } = [];

    public List<ThreatCategory> ThreatCategories { get; } = [];

    public List<Threat> Threats { get; } = [];

    public List<CountermeasureGroup> CountermeasureGroups { get; } = [];

    public List<Countermeasure> Countermeasures { get; } = [];

    public List<ThreatRule> Rules { get; } = [];

    public List<ZoneTemplate> ZoneTemplates { get; } = [];

    public List<Requirement> Requirements { get; } = [];

    public List<OodaEntry> Ooda { get; } = [];

    public List<SupplyChainItem> SupplyChain { get; } = [];

    public List<FindingRule> FindingRules { get; } = [];

    public List<GlossaryEntry> Glossary { get; } = [];

    public RiskModel? RiskModel { get; set; }

    public IReadOnlyList<ScaleLevel>? ImportanceScale { get; set; }

    public SourceLocation? ImportanceScaleLocation { get; set; }

    public LevelMapping? LevelMapping { get; set; }

    public IReadOnlyList<ScaleLevel>? AchievementScale { get; set; }

    public SourceLocation? AchievementScaleLocation { get; set; }

    /// <summary>
    /// Adds another file's sections. Items are added (a repeated id is an error, reported where the
    /// repeat was written); singletons are replaced, which is how an overlay brings its own scale.
    /// </summary>
    public void Merge(CatalogContent other, DiagnosticBag diagnostics)
    {
        AddUnique(Steps, other.Steps, s => s.Id, "steps", diagnostics);
        AddUnique(ThreatCategories, other.ThreatCategories, c => c.Id, "threatCategories", diagnostics);
        AddUnique(Threats, other.Threats, t => t.Id, "threats", diagnostics);
        AddUnique(CountermeasureGroups, other.CountermeasureGroups, g => g.Id, "countermeasureGroups", diagnostics);
        AddUnique(Countermeasures, other.Countermeasures, c => c.Id, "countermeasures", diagnostics);
        AddUnique(Rules, other.Rules, r => r.Id, "rules", diagnostics);
        AddUnique(ZoneTemplates, other.ZoneTemplates, z => z.Id, "zoneTemplates", diagnostics);
        AddUnique(Requirements, other.Requirements, r => r.Id, "requirements", diagnostics);
        AddUnique(Ooda, other.Ooda, o => $"{o.Stage}/{o.Phase}", "ooda", diagnostics);
        AddUnique(SupplyChain, other.SupplyChain, s => s.Id, "supplyChain", diagnostics);
        AddUnique(FindingRules, other.FindingRules, f => f.Id, "findingRules", diagnostics);
        AddUnique(Glossary, other.Glossary, g => g.Id, "glossary", diagnostics);
        RiskModel = other.RiskModel ?? RiskModel;
        if (other.ImportanceScale is not null)
        {
            ImportanceScale = other.ImportanceScale;
            ImportanceScaleLocation = other.ImportanceScaleLocation;
        }

        LevelMapping = other.LevelMapping ?? LevelMapping;
        if (other.AchievementScale is not null)
        {
            AchievementScale = other.AchievementScale;
            AchievementScaleLocation = other.AchievementScaleLocation;
        }
    }

    /// <summary>Marks this file's supply-chain items as the organisation's own (read from an overlay, not built in).</summary>
    public void MarkAsOverlay()
    {
        for (var i = 0; i < SupplyChain.Count; i++)
        {
            SupplyChain[i] = SupplyChain[i] with { FromOverlay = true };
        }
    }

    private static void AddUnique<T>(List<T> target, List<T> items, Func<T, string> key, string section, DiagnosticBag diagnostics)
        where T : CatalogItem
    {
        var existing = target.ToDictionary(key, StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (existing.TryGetValue(key(item), out var first))
            {
                diagnostics.Error(item.Location, section, "CatalogDuplicateId", key(item), first.Location);
                continue;
            }

            existing.Add(key(item), item);
            target.Add(item);
        }
    }
}
