using System.Globalization;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Model;
using Spectre.Console;

namespace FactoryCps.Cli.Analysis;

/// <summary>The analysis as a person reads it: headline figures, the top risks, zones, then findings.</summary>
internal static class AnalysisText
{
    private const int TopRisks = 15;

    /// <summary>A terminal is for the headline; a large plant's full lists belong in JSON or the reports.</summary>
    private const int MaxRows = 40;

    public static void Write(IAnsiConsole console, CliContext context, GuidelineCatalog catalog, AnalysisResult result)
    {
        string T(string key, params object?[] args) => context.Text(key, args);

        // Whose words: catalogue text that is FactoryCPS's carries the mark the reports use; the legend closes the output.
        string Marked(string text, Guideline.TextMark mark) => mark.Confidence == Guideline.Confidence.Seed ? text : $"{text} {T(nameof(CliText.DerivedMark))}";
        var site = result.Model.Site;
        console.WriteLine(T(nameof(CliText.AnalysisHeadline), site.Name ?? site.Id, result.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        console.WriteLine(T(
            nameof(CliText.AnalysisFigures),
            result.Threats.Count,
            result.Threats.Count(t => t.Covered),
            Math.Round(result.Coverage * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture),
            result.Findings.Count(f => f.Severity == "high")));
        console.WriteLine();

        // People read names; the ids stay in the JSON output and, for the threat, after its title.
        var names = new ModelNames(result.Model);
        var risks = Tables.Create(T(nameof(CliText.HeaderGrade)), T(nameof(CliText.HeaderScore)), T(nameof(CliText.HeaderThreat)), T(nameof(CliText.HeaderZone)), T(nameof(CliText.HeaderAssets)), T(nameof(CliText.HeaderCovered)));
        risks.Title(Markup.Escape(T(nameof(CliText.TopRisks))));
        foreach (var threat in result.Threats.OrderByDescending(t => t.Risk.Score).ThenBy(t => t.Threat, StringComparer.Ordinal).Take(TopRisks))
        {
            risks.Row(
                $"{threat.Risk.Grade} {threat.Risk.Label.Get(context.Language)}",
                threat.Risk.Score.ToString(CultureInfo.InvariantCulture),
                $"{Marked(catalog.ThreatsById[threat.Threat].Title.Get(context.Language), catalog.ThreatsById[threat.Threat].TitleMark)} ({threat.Threat})",
                threat.Zone is null ? T(nameof(CliText.WholeSite)) : names.Zone(threat.Zone),
                string.Join(", ", threat.Assets.Select(names.Asset)),
                threat.Covered ? T(nameof(CliText.Yes)) : T(nameof(CliText.No)));
        }

        console.Write(risks);

        var zones = Tables.Create(T(nameof(CliText.HeaderZone)), T(nameof(CliText.HeaderZoneImportance)), T(nameof(CliText.HeaderTargetLevel)), T(nameof(CliText.HeaderProvenance)));
        zones.Title(Markup.Escape(T(nameof(CliText.ZonesTitle))));
        var shownZones = result.Zones.Count <= MaxRows ? result.Zones
            : [.. result.Zones.OrderByDescending(z => z.TargetLevel.Value).ThenByDescending(z => z.Importance.Value).Take(MaxRows)];
        // The reason in a sentence of the user's language, and under it the chain with ids for who checks the model.
        var sentences = ModelExplanations.Sentences(result.Model, catalog, context.Language);
        foreach (var zone in shownZones)
        {
            zones.Row(zone.Name is null ? zone.Id : $"{zone.Name} ({zone.Id})", zone.Importance.Value.ToString(CultureInfo.InvariantCulture), zone.TargetLevel.Value.ToString(CultureInfo.InvariantCulture), sentences.Write(zone.Importance.Why) + "\n" + zone.Importance.Why.Chain());
        }

        console.Write(zones);
        More(console, context, result.Zones.Count - shownZones.Count);

        if (result.Findings.Count > 0)
        {
            // The message names its subject in words; the rule's id is for the JSON output and `fcps catalog findings`.
            var findings = Tables.Create(T(nameof(CliText.HeaderSeverity)), T(nameof(CliText.HeaderMessage)), T(nameof(CliText.HeaderReference)));
            findings.Title(Markup.Escape(T(nameof(CliText.FindingsTitle))));
            foreach (var finding in result.Findings.Take(MaxRows))
            {
                findings.Row(T("Severity_" + finding.Severity), Marked(finding.Message.Get(context.Language), catalog.FindingMessageMark(finding.Id)), finding.Reference);
            }

            console.Write(findings);
            More(console, context, result.Findings.Count - MaxRows);
        }

        console.WriteLine(T(nameof(CliText.DerivedLegend)));
    }

    internal static void More(IAnsiConsole console, CliContext context, int hidden)
    {
        if (hidden > 0)
        {
            console.WriteLine(context.Text(nameof(CliText.MoreRows), hidden));
        }
    }
}
