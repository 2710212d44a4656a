using FactoryCps.Catalog;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Diffs;
using Spectre.Console;

namespace FactoryCps.Cli.Analysis;

internal static class DiffText
{
    public static void Write(IAnsiConsole console, CliContext context, GuidelineCatalog catalog, ModelDiff diff)
    {
        string T(string key) => context.Text(key);
        if (diff.IsEmpty)
        {
            console.WriteLine(T(nameof(CliText.DiffNone)));
            return;
        }

        Section(console, T(nameof(CliText.DiffElements)), [T(nameof(CliText.HeaderList)), T(nameof(CliText.HeaderId)), T(nameof(CliText.HeaderChange)), T(nameof(CliText.HeaderFields))],
            diff.Elements.Select(e => new[] { e.List, e.Id, T("Change_" + e.Change), string.Join("\n", e.Fields.Select(f => $"{f.Field}: {f.Old ?? "-"} → {f.New ?? "-"}")) }));
        Section(console, T(nameof(CliText.DiffImportance)), [T(nameof(CliText.HeaderKind)), T(nameof(CliText.HeaderId)), T(nameof(CliText.HeaderChange)), T(nameof(CliText.HeaderProvenance))],
            diff.Importance.Select(v => new[] { v.Kind, v.Id, $"{v.Old} → {v.New}", v.Why ?? "" }));
        Section(console, T(nameof(CliText.DiffTargetLevels)), [T(nameof(CliText.HeaderZone)), T(nameof(CliText.HeaderChange)), T(nameof(CliText.HeaderProvenance))],
            diff.TargetLevels.Select(v => new[] { v.Id, $"{v.Old} → {v.New}", v.Why ?? "" }));
        Section(console, T(nameof(CliText.DiffThreats)), [T(nameof(CliText.HeaderChange)), T(nameof(CliText.HeaderThreat)), T(nameof(CliText.HeaderZone))],
            diff.Threats.Select(t => new[] { T("Change_" + t.Change), $"{t.Threat} {catalog.ThreatsById[t.Threat].Title.Get(context.Language)}", t.Zone ?? T(nameof(CliText.WholeSite)) }));
        Section(console, T(nameof(CliText.DiffNewlyRequired)), [T(nameof(CliText.HeaderCountermeasures)), T(nameof(CliText.HeaderZone)), T(nameof(CliText.HeaderStatus))],
            diff.NewlyRequired.Select(r => new[] { $"{r.Countermeasure} {catalog.CountermeasuresById[r.Countermeasure].Title.Get(context.Language)}", r.Zone ?? T(nameof(CliText.WholeSite)), T("Status_" + r.Status) }));
        Section(console, T(nameof(CliText.FindingsTitle)), [T(nameof(CliText.HeaderChange)), T(nameof(CliText.HeaderFinding)), T(nameof(CliText.HeaderId)), T(nameof(CliText.HeaderSeverity))],
            diff.Findings.Select(f => new[] { T("Change_" + f.Change), f.Finding, f.Subject, T("Severity_" + f.Severity) }));
    }

    private static void Section(IAnsiConsole console, string title, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var table = Tables.Create(headers);
        table.Title(Markup.Escape(title));
        foreach (var row in list)
        {
            table.Row(row);
        }

        console.Write(table);
    }
}
