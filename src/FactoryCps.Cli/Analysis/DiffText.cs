using FactoryCps.Analysis;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Diffs;
using FactoryCps.Model;
using Spectre.Console;

namespace FactoryCps.Cli.Analysis;

internal static class DiffText
{
    public static void Write(IAnsiConsole console, CliContext context, LoadedModel newer, ModelDiff diff)
    {
        string T(string key) => context.Text(key);

        // Values and zones by name, derived values explained in a sentence (the chain of ids on the next line), as
        // fcps analyze does; the model's changed elements keep their ids and fields, which is what changed.
        var (catalog, names) = (newer.Catalog, newer.Names);
        var sentences = ModelExplanations.Sentences(newer.Model, catalog, context.Language);
        string Why(ValueChange v) => v.Because is null ? v.Why ?? "" : sentences.Write(v.Because) + "\n" + v.Why;
        string Named(string kind, string id) => kind switch
        {
            "zone" => names.Zone(id),
            "asset" => names.Asset(id),
            "operation" => names.Operation(id),
            _ => id,
        };
        string Zone(string? id) => id is null ? T(nameof(CliText.WholeSite)) : names.Zone(id);
        if (diff.IsEmpty)
        {
            console.WriteLine(T(nameof(CliText.DiffNone)));
            return;
        }

        Section(console, T(nameof(CliText.DiffElements)), [T(nameof(CliText.HeaderList)), T(nameof(CliText.HeaderId)), T(nameof(CliText.HeaderChange)), T(nameof(CliText.HeaderFields))],
            diff.Elements.Select(e => new[] { ModelWords.Subject(e.List.TrimEnd('s'), context.Language), e.Id, T("Change_" + e.Change), string.Join("\n", e.Fields.Select(f => $"{f.Field}: {f.Old ?? "-"} → {f.New ?? "-"}")) }));
        Section(console, T(nameof(CliText.DiffImportance)), [T(nameof(CliText.HeaderKind)), T(nameof(CliText.HeaderId)), T(nameof(CliText.HeaderChange)), T(nameof(CliText.HeaderProvenance))],
            diff.Importance.Select(v => new[] { ModelWords.Subject(v.Kind, context.Language), Named(v.Kind, v.Id), $"{v.Old} → {v.New}", Why(v) }));
        Section(console, T(nameof(CliText.DiffTargetLevels)), [T(nameof(CliText.HeaderZone)), T(nameof(CliText.HeaderChange)), T(nameof(CliText.HeaderProvenance))],
            diff.TargetLevels.Select(v => new[] { names.Zone(v.Id), $"{v.Old} → {v.New}", Why(v) }));
        Section(console, T(nameof(CliText.DiffThreats)), [T(nameof(CliText.HeaderChange)), T(nameof(CliText.HeaderThreat)), T(nameof(CliText.HeaderZone))],
            diff.Threats.Select(t => new[] { T("Change_" + t.Change), $"{catalog.ThreatsById[t.Threat].Title.Get(context.Language)} ({t.Threat})", Zone(t.Zone) }));
        Section(console, T(nameof(CliText.DiffNewlyRequired)), [T(nameof(CliText.HeaderCountermeasures)), T(nameof(CliText.HeaderZone)), T(nameof(CliText.HeaderStatus))],
            diff.NewlyRequired.Select(r => new[] { $"{catalog.CountermeasuresById[r.Countermeasure].Title.Get(context.Language)} ({r.Countermeasure})", Zone(r.Zone), T("Status_" + r.Status) }));
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
