using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Charts;

/// <summary>
/// The rows both pictures draw: one per zone, or — on a site of more than <see cref="GroupAbove"/> zones — one per
/// zone template and target level, so that a 500-zone plant still fits a page. A group's row links to a page
/// listing its zones (the drill-down); a group is named by its template's title and the level, never by ids.
/// </summary>
internal static class ChartRows
{
    /// <summary>The most zones drawn one per row; above it rows are groups (docs/web.md says the rule).</summary>
    public const int GroupAbove = 30;

    /// <summary>
    /// The rows for <paramref name="analysis"/>'s zones, or only the zones <paramref name="only"/> keeps (a
    /// drill-down, drawn one per row whatever their number).
    /// </summary>
    public static IReadOnlyList<ChartRow> Of(AnalysisResult analysis, GuidelineCatalog catalog, Language language, Func<string, bool>? only = null)
    {
        var zones = analysis.Zones.DistinctBy(z => z.Id).Where(z => only is null || only(z.Id)).ToList();
        if (only is not null || zones.Count <= GroupAbove)
        {
            return [.. zones.Select(z => new ChartRow(string.IsNullOrWhiteSpace(z.Name) ? z.Id : z.Name!, [z.Id], null))];
        }

        // Catalogue order of the templates, then the level highest first: the most demanding groups on top.
        var order = catalog.ZoneTemplates.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return [.. zones
            .GroupBy(z => (Template: z.Template ?? "", Level: z.TargetLevel.Value))
            .OrderBy(g => g.Key.Template.Length == 0 ? int.MaxValue : order.GetValueOrDefault(g.Key.Template, int.MaxValue - 1))
            .ThenBy(g => g.Key.Template, StringComparer.Ordinal)
            .ThenByDescending(g => g.Key.Level)
            .Select(g =>
            {
                var group = new ChartGroup(g.Key.Template, g.Key.Level);
                return new ChartRow(Label(group, g.Count(), catalog, language), [.. g.Select(z => z.Id)], group);
            })];
    }

    /// <summary>A group in words: its template's title, the level and how many zones it holds.</summary>
    public static string Label(ChartGroup group, int zones, GuidelineCatalog catalog, Language language)
    {
        var template = catalog.ZoneTemplates.FirstOrDefault(t => t.Id == group.Template);
        var title = template is null ? Text(language, nameof(ReportText.ChartNoTemplate)) : template.Title.Get(language);
        return string.Format(language.Culture(), Text(language, nameof(ReportText.ChartGroup)), title, group.Level, zones);
    }

    /// <summary>Whether a zone belongs to <paramref name="group"/> (a zone without a template to the group of none).</summary>
    public static bool Holds(this ChartGroup group, ZoneResult zone) =>
        (zone.Template ?? "") == group.Template && zone.TargetLevel.Value == group.Level;

    public static string Text(Language language, string key) =>
        ReportText.ResourceManager.GetString(key, language.Culture()) ?? throw new InvalidOperationException($"Missing report text '{key}'.");
}

/// <summary>A row of a picture: its label in words, the zones it stands for, and its group when it is one.</summary>
internal sealed record ChartRow(string Label, IReadOnlyList<string> Zones, ChartGroup? Group);

/// <summary>Zones of one template (empty: none) at one target level: what a drill-down lists.</summary>
internal sealed record ChartGroup(string Template, int Level);
