using FactoryCps.Catalog;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using Spectre.Console;

namespace FactoryCps.Cli.Catalog;

/// <summary>Readable tables of each catalogue section in the user's language.</summary>
internal static class CatalogTables
{
    public static void Write(IAnsiConsole console, CliContext context, GuidelineCatalog catalog, string section)
    {
        string H(string key) => context.Text(key);
        var table = section switch
        {
            "steps" => Steps(catalog, context, H),
            "threats" => Threats(catalog, context, H),
            "countermeasures" => Countermeasures(catalog, context, H),
            "rules" => Rules(catalog, H),
            "zone-templates" => ZoneTemplates(catalog, context, H),
            "requirements" => Requirements(catalog, context, H),
            "ooda" => Ooda(catalog, context, H),
            "supply-chain" => SupplyChain(catalog, context, H),
            "findings" => Findings(catalog, context, H),
            "glossary" => Glossary(catalog, context, H),
            _ => Checklist(catalog, context, H),
        };
        console.Write(table);
        if (section is "threats" or "countermeasures" or "supply-chain" or "findings")
        {
            console.WriteLine(H(nameof(CliText.DerivedLegend)));
        }
    }

    /// <summary>A catalogue text with the derived mark when it is FactoryCPS's wording, as the reports mark it.</summary>
    private static string Marked(Localization.LocalizedText text, Guideline.TextMark mark, CliContext context) =>
        mark.Confidence == Guideline.Confidence.Seed ? text.Get(context) : $"{text.Get(context)} {context.Text(nameof(CliText.DerivedMark))}";

    private static Table Steps(GuidelineCatalog catalog, CliContext context, Func<string, string> h)
    {
        var table = Tables.Create(h(nameof(CliText.HeaderId)), h(nameof(CliText.HeaderTitle)), h(nameof(CliText.HeaderSmartPoint)));
        foreach (var step in catalog.Steps)
        {
            table.Row(step.Id, step.Title.Get(context), step.SmartPoint.Get(context));
            foreach (var (point, depth) in Flatten(step.Points, 1))
            {
                var label = point.Label is null ? "" : point.Label + " ";
                table.Row(point.Id, new string(' ', depth * 2) + label + point.Title.Get(context), point.Description?.Get(context));
            }
        }

        return table;
    }

    private static IEnumerable<(StepPoint Point, int Depth)> Flatten(IEnumerable<StepPoint> points, int depth) =>
        points.SelectMany(p => Flatten(p.Points, depth + 1).Prepend((p, depth)));

    private static Table Threats(GuidelineCatalog catalog, CliContext context, Func<string, string> h)
    {
        var table = Tables.Create(h(nameof(CliText.HeaderId)), h(nameof(CliText.HeaderCategory)), h(nameof(CliText.HeaderThreat)), h(nameof(CliText.HeaderGroups)), h(nameof(CliText.HeaderCountermeasures)));
        foreach (var threat in catalog.Threats)
        {
            var category = catalog.ThreatCategories.First(c => c.Id == threat.Category);
            table.Row(threat.Id, Marked(category.Title, category.TitleMark, context), Marked(threat.Title, threat.TitleMark, context), string.Join(", ", threat.CountermeasureGroups), string.Join(", ", catalog.CountermeasuresFor(threat.Id).Select(c => c.Id)));
        }

        return table;
    }

    private static Table Countermeasures(GuidelineCatalog catalog, CliContext context, Func<string, string> h)
    {
        var table = Tables.Create(h(nameof(CliText.HeaderId)), h(nameof(CliText.HeaderGroup)), h(nameof(CliText.HeaderTitle)), h(nameof(CliText.HeaderMinLevel)), "FR", h(nameof(CliText.HeaderThreats)));
        foreach (var countermeasure in catalog.Countermeasures)
        {
            table.Row(countermeasure.Id, countermeasure.Group, Marked(countermeasure.Title, countermeasure.TitleMark, context), countermeasure.MinLevel.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", countermeasure.FoundationalRequirements), string.Join(", ", countermeasure.Threats));
        }

        return table;
    }

    private static Table Rules(GuidelineCatalog catalog, Func<string, string> h)
    {
        var table = Tables.Create(h(nameof(CliText.HeaderId)), h(nameof(CliText.HeaderThreat)), h(nameof(CliText.HeaderSubject)), h(nameof(CliText.HeaderWhen)), h(nameof(CliText.HeaderAt)));
        foreach (var rule in catalog.Rules)
        {
            table.Row(rule.Id, rule.Threat, rule.Subject, rule.When.Text, rule.At.Text);
        }

        return table;
    }

    private static Table ZoneTemplates(GuidelineCatalog catalog, CliContext context, Func<string, string> h)
    {
        var table = Tables.Create(h(nameof(CliText.HeaderId)), h(nameof(CliText.HeaderTitle)), h(nameof(CliText.HeaderImportance)), h(nameof(CliText.HeaderTypicalConduits)));
        foreach (var template in catalog.ZoneTemplates)
        {
            table.Row(template.Id, template.Title.Get(context), template.TypicalImportance.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", template.TypicalConduits.Select(c => c.To)));
        }

        return table;
    }

    private static Table Requirements(GuidelineCatalog catalog, CliContext context, Func<string, string> h)
    {
        var table = Tables.Create(h(nameof(CliText.HeaderId)), h(nameof(CliText.HeaderKind)), h(nameof(CliText.HeaderTitle)), h(nameof(CliText.HeaderDates)), h(nameof(CliText.HeaderSteps)));
        foreach (var requirement in catalog.Requirements)
        {
            var dates = string.Join("\n", requirement.Dates.Select(d => $"{d.Date:yyyy-MM-dd} {d.Event.Get(context)}"));
            table.Row(requirement.Id, requirement.Kind, requirement.Title.Get(context), dates, string.Join(", ", requirement.Steps));
        }

        return table;
    }

    private static Table Ooda(GuidelineCatalog catalog, CliContext context, Func<string, string> h)
    {
        var table = Tables.Create(h(nameof(CliText.HeaderStage)), h(nameof(CliText.HeaderPhase)), h(nameof(CliText.HeaderDepartment)), h(nameof(CliText.HeaderDecisionMakers)), h(nameof(CliText.HeaderActions)));
        foreach (var entry in catalog.Ooda)
        {
            var makers = entry.DecisionMakers.Count == 0 ? "-" : string.Join("\n", entry.DecisionMakers.Select(d => d.Text.Get(context)));
            table.Row(
                context.Text("Stage_" + entry.Stage),
                context.Text("Phase_" + entry.Phase),
                entry.Department.Text.Get(context),
                makers,
                string.Join("\n", entry.Actions.Select(a => "・" + a.Get(context))));
        }

        return table;
    }

    private static Table SupplyChain(GuidelineCatalog catalog, CliContext context, Func<string, string> h)
    {
        var table = Tables.Create(h(nameof(CliText.HeaderId)), h(nameof(CliText.HeaderCategory)), h(nameof(CliText.HeaderPhase)), h(nameof(CliText.HeaderText)));
        foreach (var item in catalog.SupplyChain)
        {
            table.Row(item.Id, context.Text("SupplyCategory_" + item.Category), context.Text("SupplyPhase_" + item.Phase), Marked(item.Text, item.MarkOf("text"), context));
        }

        return table;
    }

    private static Table Findings(GuidelineCatalog catalog, CliContext context, Func<string, string> h)
    {
        var table = Tables.Create(h(nameof(CliText.HeaderId)), h(nameof(CliText.HeaderSeverity)), h(nameof(CliText.HeaderSubject)), h(nameof(CliText.HeaderWhen)), h(nameof(CliText.HeaderMessage)));
        foreach (var rule in catalog.FindingRules)
        {
            table.Row(rule.Id, context.Text("Severity_" + rule.Severity), rule.Subject, rule.When.Text, Marked(rule.Message, rule.MarkOf(Guideline.TextFields.Message), context));
        }

        return table;
    }

    /// <summary>Appendix A style: the term, its reading, what it means, and the words not to use for it.</summary>
    private static Table Glossary(GuidelineCatalog catalog, CliContext context, Func<string, string> h)
    {
        var table = Tables.Create(h(nameof(CliText.HeaderId)), h(nameof(CliText.HeaderTerm)), h(nameof(CliText.HeaderReading)), h(nameof(CliText.HeaderDefinition)), h(nameof(CliText.HeaderRejects)), h(nameof(CliText.HeaderSource)));
        foreach (var entry in catalog.Glossary)
        {
            var rejects = context.Language == Localization.Language.Ja ? entry.RejectsJa : entry.RejectsEn;
            // Whose words, per text: the term may be the guideline's while the definition is ours.
            string Whose(Guideline.Confidence c) => h(c == Guideline.Confidence.Seed ? nameof(CliText.ConfidenceSeed) : nameof(CliText.ConfidenceDerived));
            var source = $"{entry.Source}\n{h(nameof(CliText.HeaderTerm))}: {Whose(entry.TermConfidence)}\n{h(nameof(CliText.HeaderDefinition))}: {Whose(entry.Confidence)}";
            table.Row(
                entry.Id,
                entry.Term.Get(context) + " (" + (context.Language == Localization.Language.Ja ? entry.Term.En : entry.Term.Ja) + ")",
                entry.Reading,
                entry.Definition.Get(context),
                rejects.Count == 0 ? "-" : string.Join(", ", rejects),
                source);
        }

        return table;
    }

    private static Table Checklist(GuidelineCatalog catalog, CliContext context, Func<string, string> h)
    {
        var table = Tables.Create(h(nameof(CliText.HeaderId)), h(nameof(CliText.HeaderSteps)), h(nameof(CliText.HeaderGroup)), h(nameof(CliText.HeaderQuestion)));
        foreach (var item in catalog.Checklist)
        {
            table.Row(item.Id, item.Step, item.Group ?? "", item.Question.Get(context));
        }

        var scale = string.Join("  ", catalog.AchievementScale.Select(l => $"{l.Value}: {l.Label.Get(context)}"));
        table.Caption(Markup.Escape(h(nameof(CliText.AchievementScale)) + " " + scale));
        return table;
    }
}
