using System.Globalization;
using FactoryCps.Catalog;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Plans;
using Spectre.Console;

namespace FactoryCps.Cli.Analysis;

internal static class PlanText
{
    public static void Write(IAnsiConsole console, CliContext context, GuidelineCatalog catalog, SecurityPlan plan)
    {
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
                string.Join(", ", zone.Gaps.Take(8).Select(g => $"{g.Id} ({T("Status_" + g.Status)})")) + (zone.Gaps.Count() > 8 ? $" … (+{zone.Gaps.Count() - 8})" : ""));
        }

        console.Write(zones);
        AnalysisText.More(console, context, plan.Zones.Count - maxZones);

        var actions = Tables.Create("#", T(nameof(CliText.HeaderCountermeasures)), T(nameof(CliText.HeaderStatus)), T(nameof(CliText.HeaderZone)), T(nameof(CliText.HeaderRiskReduced)), T(nameof(CliText.HeaderOwner)), T(nameof(CliText.HeaderDue)));
        actions.Title(Markup.Escape(T(nameof(CliText.ActionsTitle))));
        foreach (var action in plan.Actions)
        {
            actions.Row(
                action.Rank.ToString(CultureInfo.InvariantCulture),
                $"{action.Countermeasure} {catalog.CountermeasuresById[action.Countermeasure].Title.Get(context.Language)}",
                T("Status_" + action.Status),
                action.Zones.Count <= 6 ? string.Join(", ", action.Zones) : $"{string.Join(", ", action.Zones.Take(5))} … (+{action.Zones.Count - 5})",
                $"{action.RiskReduced} ({action.HighestGrade})",
                action.Owner ?? "-",
                action.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
        }

        console.Write(actions);
    }
}
