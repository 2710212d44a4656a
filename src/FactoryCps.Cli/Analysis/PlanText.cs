using System.Globalization;
using FactoryCps.Analysis;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Plans;
using Spectre.Console;

namespace FactoryCps.Cli.Analysis;

internal static class PlanText
{
    public static void Write(IAnsiConsole console, CliContext context, LoadedModel loaded, SecurityPlan plan)
    {
        // Countermeasures by title, zones and owners by name: the ids are in the JSON output.
        var (catalog, names) = (loaded.Catalog, loaded.Names);
        string Title(string countermeasure) => catalog.CountermeasuresById[countermeasure].Title.Get(context.Language);
        string T(string key) => context.Text(key);
        var zones = Tables.Create(T(nameof(CliText.HeaderZone)), T(nameof(CliText.HeaderTargetLevel)), T(nameof(CliText.HeaderRequired)), T(nameof(CliText.HeaderGaps)));
        zones.Title(Markup.Escape(T(nameof(CliText.PolicyTitle))));
        const int maxZones = 40;
        foreach (var zone in plan.Zones.OrderByDescending(z => z.TargetLevel).ThenByDescending(z => z.Gaps.Count()).Take(maxZones))
        {
            zones.Row(
                zone.Name is null ? zone.Zone : $"{zone.Name} ({zone.Zone})",
                zone.TargetLevel.ToString(CultureInfo.InvariantCulture),
                zone.Required.Count.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", zone.Gaps.Take(8).Select(g => $"{Title(g.Id)} ({T("Status_" + g.Status)})")) + (zone.Gaps.Count() > 8 ? $" … (+{zone.Gaps.Count() - 8})" : ""));
        }

        console.Write(zones);
        AnalysisText.More(console, context, plan.Zones.Count - maxZones);

        var actions = Tables.Create("#", T(nameof(CliText.HeaderCountermeasures)), T(nameof(CliText.HeaderStatus)), T(nameof(CliText.HeaderZone)), T(nameof(CliText.HeaderRiskReduced)), T(nameof(CliText.HeaderOwner)), T(nameof(CliText.HeaderDue)));
        actions.Title(Markup.Escape(T(nameof(CliText.ActionsTitle))));
        foreach (var action in plan.Actions)
        {
            actions.Row(
                action.Rank.ToString(CultureInfo.InvariantCulture),
                $"{Title(action.Countermeasure)} ({action.Countermeasure})",
                T("Status_" + action.Status),
                action.Zones.Count <= 6 ? string.Join(", ", action.Zones.Select(names.Zone)) : $"{string.Join(", ", action.Zones.Take(5).Select(names.Zone))} … (+{action.Zones.Count - 5})",
                $"{action.RiskReduced} ({action.HighestGrade})",
                action.Owner is null ? "-" : names.Stakeholder(action.Owner),
                action.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
        }

        console.Write(actions);
    }
}
