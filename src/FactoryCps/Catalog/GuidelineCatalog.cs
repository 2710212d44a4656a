using System.Collections.Frozen;
using FactoryCps.Cases;
using FactoryCps.Catalog.Loading;
using FactoryCps.Countermeasures;
using FactoryCps.Findings;
using FactoryCps.Glossary;
using FactoryCps.Guideline;
using FactoryCps.Threats;

namespace FactoryCps.Catalog;

/// <summary>
/// The guideline's knowledge, validated as a whole: steps, threats, countermeasures, rules, templates,
/// scales, the requirements register, OODA roles, supply-chain check items and the glossary. Immutable once loaded.
/// </summary>
internal sealed class GuidelineCatalog
{
    internal GuidelineCatalog(CatalogContent content)
    {
        Steps = content.Steps;
        ThreatCategories = content.ThreatCategories;
        Threats = content.Threats;
        CountermeasureGroups = content.CountermeasureGroups;
        Countermeasures = content.Countermeasures;
        Rules = content.Rules;
        ZoneTemplates = content.ZoneTemplates;
        ImportanceScale = content.ImportanceScale!;
        LevelMapping = content.LevelMapping!;
        AchievementScale = content.AchievementScale!;
        AchievementMapping = new AchievementMapping(AchievementScale);
        Requirements = content.Requirements;
        Ooda = content.Ooda;
        SupplyChain = content.SupplyChain;
        FindingRules = content.FindingRules;
        Glossary = content.Glossary;
        RiskModel = content.RiskModel!;

        ThreatsById = Threats.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        CountermeasuresById = Countermeasures.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _findingRulesById = FindingRules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        _countermeasuresByThreat = Countermeasures
            .SelectMany(c => c.Threats.Select(t => (Threat: t, Countermeasure: c)))
            .GroupBy(p => p.Threat, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Countermeasure>)[.. g.Select(p => p.Countermeasure)], StringComparer.Ordinal);
        Checklist = BuildChecklist();
        ThreatKnowledge = new ThreatKnowledge(Threats, ThreatsById, Rules, CountermeasuresFor, RiskModel, ImportanceScale, LevelMapping);
    }

    public IReadOnlyList<Step> Steps { get; }

    public IReadOnlyList<ThreatCategory> ThreatCategories { get; }

    public IReadOnlyList<Threat> Threats { get; }

    public IReadOnlyList<CountermeasureGroup> CountermeasureGroups { get; }

    public IReadOnlyList<Countermeasure> Countermeasures { get; }

    public IReadOnlyList<ThreatRule> Rules { get; }

    public IReadOnlyList<ZoneTemplate> ZoneTemplates { get; }

    public IReadOnlyList<ScaleLevel> ImportanceScale { get; }

    public LevelMapping LevelMapping { get; }

    public IReadOnlyList<ScaleLevel> AchievementScale { get; }

    /// <summary>Achievement level ⇔ countermeasure status, from the achievement scale's data (checked at load).</summary>
    public AchievementMapping AchievementMapping { get; }

    public IReadOnlyList<Requirement> Requirements { get; }

    public IReadOnlyList<OodaEntry> Ooda { get; }

    /// <summary>The application's site roles that a phase of a case may be given to (<see cref="OodaEntry.MovedBy"/>).</summary>
    public static IReadOnlyList<string> CaseRoles => OodaFileReader.CaseRoles;

    public IReadOnlyList<SupplyChainItem> SupplyChain { get; }

    public IReadOnlyList<ChecklistItem> Checklist { get; }

    public IReadOnlyList<FindingRule> FindingRules { get; }

    private readonly FrozenDictionary<string, FindingRule> _findingRulesById;

    /// <summary>Whose words a finding's message is: its rule's message mark (ours, unless a rule says otherwise).</summary>
    public TextMark FindingMessageMark(string findingId) =>
        _findingRulesById.TryGetValue(findingId, out var rule) ? rule.MarkOf(TextFields.Message) : new TextMark("factorycps", Confidence.Derived);

    /// <summary>One word per concept, and the variants rejected (docs/catalog.md, "Glossary").</summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; }

    public RiskModel RiskModel { get; }

    public FrozenDictionary<string, Threat> ThreatsById { get; }

    /// <summary>What the threat evaluation needs of the catalogue (the Threats folder sits below it).</summary>
    internal ThreatKnowledge ThreatKnowledge { get; }

    public FrozenDictionary<string, Countermeasure> CountermeasuresById { get; }

    private readonly FrozenDictionary<string, IReadOnlyList<Countermeasure>> _countermeasuresByThreat;

    /// <summary>The countermeasures that address a threat, in catalogue order.</summary>
    public IReadOnlyList<Countermeasure> CountermeasuresFor(string threatId) =>
        _countermeasuresByThreat.TryGetValue(threatId, out var list) ? list : [];

    private List<ChecklistItem> BuildChecklist()
    {
        var items = new List<ChecklistItem>();
        foreach (var step in Steps)
        {
            items.AddRange(step.AllPoints()
                .Where(p => p.Question is not null)
                .Select(p => new ChecklistItem($"q-step-{p.Id}", step.Id, null, "step", p.Id, p.Question!, p.MarkOf(TextFields.Question).Source, p.MarkOf(TextFields.Question).Confidence)));
        }

        var stepOfGroup = CountermeasureGroups.ToDictionary(g => g.Id, g => g.Step, StringComparer.Ordinal);
        foreach (var group in CountermeasureGroups)
        {
            items.AddRange(Countermeasures
                .Where(c => c.Group == group.Id)
                .Select(c => new ChecklistItem($"q-cm-{c.Id}", stepOfGroup[c.Group], c.Group, "countermeasure", c.Id, c.Question, c.MarkOf(TextFields.Question).Source, c.MarkOf(TextFields.Question).Confidence)));
        }

        var stepOrder = Steps.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return [.. items.OrderBy(i => stepOrder.GetValueOrDefault(i.Step, int.MaxValue))];
    }
}
