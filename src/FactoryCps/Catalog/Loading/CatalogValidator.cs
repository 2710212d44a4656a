using System.Text.RegularExpressions;
using FactoryCps.Diagnostics;
using FactoryCps.Guideline;

namespace FactoryCps.Catalog.Loading;

/// <summary>Checks the merged catalogue as a whole: every reference resolves and the scales fit together.</summary>
internal sealed partial class CatalogValidator(CatalogContent content, DiagnosticBag diagnostics)
{
    /// <summary>External kinds of the factory model (spec: externals.kind), which templates may connect to.</summary>
    private static readonly string[] ExternalKinds = ["cloud", "vendor-remote", "partner", "internet", "other-site", "other"];

    public void Validate()
    {
        var steps = Ids(content.Steps.Select(s => s.Id));
        var categories = Ids(content.ThreatCategories.Select(c => c.Id));
        var threats = Ids(content.Threats.Select(t => t.Id));
        var groups = Ids(content.CountermeasureGroups.Select(g => g.Id));
        var templates = Ids(content.ZoneTemplates.Select(z => z.Id));
        var requirements = Ids(content.Requirements.Select(r => r.Id));

        ValidateSources(requirements);
        ValidateStepPoints();

        foreach (var threat in content.Threats)
        {
            Reference(threat, $"threats[{threat.Id}]", "category", threat.Category, categories, "threatCategories");
            foreach (var group in threat.CountermeasureGroups)
            {
                Reference(threat, $"threats[{threat.Id}]", "countermeasureGroups", group, groups, "countermeasureGroups");
                if (groups.Contains(group) && !content.Countermeasures.Exists(c => c.Group == group && c.Threats.Contains(threat.Id)))
                {
                    diagnostics.Error(threat.Location, $"threats[{threat.Id}]", "CatalogThreatUncovered", threat.Id, group);
                }
            }
        }

        foreach (var group in content.CountermeasureGroups)
        {
            Reference(group, $"countermeasureGroups[{group.Id}]", "step", group.Step, steps, "steps");
        }

        foreach (var countermeasure in content.Countermeasures)
        {
            Reference(countermeasure, $"countermeasures[{countermeasure.Id}]", "group", countermeasure.Group, groups, "countermeasureGroups");
            if (countermeasure.Threats.Count == 0)
            {
                diagnostics.Error(countermeasure.Location, $"countermeasures[{countermeasure.Id}].threats", "FieldRequired", "threats");
            }

            foreach (var threat in countermeasure.Threats)
            {
                Reference(countermeasure, $"countermeasures[{countermeasure.Id}]", "threats", threat, threats, "threats");
            }
        }

        foreach (var rule in content.Rules)
        {
            Reference(rule, $"rules[{rule.Id}]", "threat", rule.Threat, threats, "threats");
        }

        foreach (var template in content.ZoneTemplates)
        {
            foreach (var conduit in template.TypicalConduits)
            {
                if (!templates.Contains(conduit.To) && !ExternalKinds.Contains(conduit.To, StringComparer.Ordinal))
                {
                    diagnostics.Error(template.Location, $"zoneTemplates[{template.Id}].typicalConduits.to", "CatalogUnknownReference", conduit.To, "zoneTemplates | " + string.Join(" | ", ExternalKinds));
                }
            }
        }

        foreach (var requirement in content.Requirements)
        {
            foreach (var step in requirement.Steps)
            {
                Reference(requirement, $"requirements[{requirement.Id}]", "steps", step, steps, "steps");
            }
        }

        ValidateSupplyChainConditions(requirements);

        foreach (var rule in content.FindingRules)
        {
            if (!GuidelineSource().IsMatch(rule.Reference) && rule.Reference != "factorycps" && !requirements.Contains(rule.Reference))
            {
                diagnostics.Error(rule.Location, $"findingRules[{rule.Id}].reference", "CatalogInvalidSource", rule.Reference);
            }
        }

        if (content.RiskModel is null)
        {
            diagnostics.Error(null, "riskModel", "CatalogMissingSection", "riskModel");
        }

        ValidateScales();
        ValidateGlossary();
    }

    /// <summary>A rejected variant inside a term would make the glossary forbid its own words.</summary>
    private void ValidateGlossary()
    {
        foreach (var entry in content.Glossary)
        {
            if (entry.TermConfidence == Confidence.Seed && !GuidelineSource().IsMatch(entry.Source))
            {
                diagnostics.Error(entry.Location, $"glossary[{entry.Id}].termConfidence", "CatalogSeedNeedsGuideline", entry.Source);
            }

            foreach (var other in content.Glossary)
            {
                foreach (var variant in entry.RejectsJa.Where(v => other.Term.Ja.Contains(v, StringComparison.Ordinal))
                    .Concat(entry.RejectsEn.Where(v => other.Term.En.Contains(v, StringComparison.OrdinalIgnoreCase))))
                {
                    diagnostics.Error(entry.Location, $"glossary[{entry.Id}].rejects", "GlossaryRejectsTerm", variant, other.Id);
                }
            }
        }
    }

    private void ValidateSources(HashSet<string> requirements)
    {
        IEnumerable<(CatalogItem Item, string Id)> all = content.Steps.SelectMany(s => s.AllPoints().Select(p => ((CatalogItem)p, p.Id)).Prepend((s, s.Id)))
            .Concat(content.ThreatCategories.Select(i => ((CatalogItem)i, i.Id)))
            .Concat(content.Threats.Select(i => ((CatalogItem)i, i.Id)))
            .Concat(content.CountermeasureGroups.Select(i => ((CatalogItem)i, i.Id)))
            .Concat(content.Countermeasures.Select(i => ((CatalogItem)i, i.Id)))
            .Concat(content.Rules.Select(i => ((CatalogItem)i, i.Id)))
            .Concat(content.ZoneTemplates.Select(i => ((CatalogItem)i, i.Id)))
            .Concat(content.Requirements.Select(i => ((CatalogItem)i, i.Id)))
            .Concat(content.Ooda.Select(i => ((CatalogItem)i, $"{i.Stage}/{i.Phase}")))
            .Concat(content.SupplyChain.Select(i => ((CatalogItem)i, i.Id)))
            .Concat(content.FindingRules.Select(i => ((CatalogItem)i, i.Id)))
            .Concat(content.Glossary.Select(i => ((CatalogItem)i, i.Id)));

        foreach (var (item, id) in all)
        {
            var guideline = GuidelineSource().IsMatch(item.Source);
            if (!guideline && item.Source != "factorycps" && !requirements.Contains(item.Source))
            {
                diagnostics.Error(item.Location, $"{id}.source", "CatalogInvalidSource", item.Source);
            }
            else if (item.Confidence == Confidence.Seed && !guideline)
            {
                diagnostics.Error(item.Location, $"{id}.confidence", "CatalogSeedNeedsGuideline", item.Source);
            }
        }
    }

    /// <summary>A condition naming an unknown requirement, or a level no zone can reach, would silently never ask its item.</summary>
    private void ValidateSupplyChainConditions(HashSet<string> requirements)
    {
        foreach (var item in content.SupplyChain.Where(i => i.When is not null))
        {
            var when = item.When!;
            if (when.Requirement is { } requirement)
            {
                Reference(item, $"supplyChain[{item.Id}].when", "requirement", requirement, requirements, "requirements");
            }

            if (when.MinTargetLevel is { } level && content.LevelMapping is { } mapping && level > mapping.MaxLevel)
            {
                diagnostics.Error(item.Location, $"supplyChain[{item.Id}].when.minTargetLevel", "IntOutOfRange", 1, mapping.MaxLevel, level);
            }
        }
    }

    private void ValidateStepPoints()
    {
        var seen = new Dictionary<string, StepPoint>(StringComparer.Ordinal);
        foreach (var point in content.Steps.SelectMany(s => s.AllPoints()))
        {
            if (!seen.TryAdd(point.Id, point))
            {
                diagnostics.Error(point.Location, $"steps.points[{point.Id}]", "CatalogDuplicateId", point.Id, seen[point.Id].Location);
            }
        }
    }

    private void ValidateScales()
    {
        if (content.ImportanceScale is not { Count: > 0 } importance)
        {
            diagnostics.Error(null, "importanceScale", "CatalogMissingSection", "importanceScale");
            return;
        }

        if (content.AchievementScale is not { Count: > 0 } achievement)
        {
            diagnostics.Error(null, "achievementScale", "CatalogMissingSection", "achievementScale");
        }
        else
        {
            ValidateAchievementStatuses(achievement);
        }

        if (content.LevelMapping is not { } mapping)
        {
            diagnostics.Error(null, "levelMapping", "CatalogMissingSection", "levelMapping");
            return;
        }

        foreach (var level in importance)
        {
            if (!mapping.Base.TryGetValue(level.Value, out var target))
            {
                diagnostics.Error(mapping.Location, "levelMapping.base", "CatalogLevelMappingGap", level.Value);
            }
            else if (target > mapping.MaxLevel)
            {
                diagnostics.Error(mapping.Location, "levelMapping.base", "IntOutOfRange", 1, mapping.MaxLevel, target);
            }
        }

        foreach (var template in content.ZoneTemplates.Where(t => !importance.Any(l => l.Value == t.TypicalImportance)))
        {
            diagnostics.Error(template.Location, $"zoneTemplates[{template.Id}].typicalImportance", "CatalogNotOnScale", template.TypicalImportance, string.Join(", ", importance.Select(l => l.Value)));
        }
    }

    /// <summary>
    /// A self-assessment's answers become countermeasure statuses through the achievement scale: a status must never
    /// get worse as the level rises, and every status must be some level's, or a status could not be pre-filled.
    /// </summary>
    private void ValidateAchievementStatuses(IReadOnlyList<ScaleLevel> scale)
    {
        var statuses = AchievementMapping.LevelStatuses;
        var previous = -1;
        foreach (var level in scale.OrderBy(l => l.Value))
        {
            if (level.Status is null)
            {
                continue;
            }

            var rank = statuses.ToList().IndexOf(level.Status);
            if (rank < previous)
            {
                diagnostics.Error(content.AchievementScaleLocation, "achievementScale.status", "CatalogAchievementStatusOrder", level.Value, level.Status);
            }

            previous = Math.Max(previous, rank);
        }

        foreach (var status in statuses.Where(s => !scale.Any(l => l.Status == s)))
        {
            diagnostics.Error(content.AchievementScaleLocation, "achievementScale.status", "CatalogAchievementStatusUnused", status);
        }
    }

    private void Reference(CatalogItem item, string section, string field, string value, HashSet<string> known, string target)
    {
        if (!known.Contains(value))
        {
            diagnostics.Error(item.Location, $"{section}.{field}", "CatalogUnknownReference", value, target);
        }
    }

    private static HashSet<string> Ids(IEnumerable<string> ids) => new(ids, StringComparer.Ordinal);

    [GeneratedRegex("^(main|ext):[a-z0-9][a-z0-9.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex GuidelineSource();
}
