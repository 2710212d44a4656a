using System.Globalization;
using FactoryCps.Resources;

namespace FactoryCps.Reports;

/// <summary>
/// The report's data as plain tables: what a plant team would otherwise keep by hand in a spreadsheet.
/// The workbook is written from these; they keep ids and values machine-readable (no markup).
/// </summary>
internal static class ReportTables
{
    /// <param name="context">The report's data and language.</param>
    /// <remarks>
    /// Catalogue titles and finding messages that are FactoryCPS's text carry the derived mark in every format, so
    /// a workbook passed on alone still tells the guideline's words from ours; each format explains the mark.
    /// </remarks>
    public static IReadOnlyList<SheetTable> Build(ReportContext context)
    {
        string L(string key) => context.L(key);
        string ThreatTitle(string id) => context.MarkedThreatTitle(id);
        string CountermeasureTitle(string id) => context.MarkedCountermeasureTitle(id);
        string Message(Findings.Finding f) => context.FindingMessage(f);
        var analysis = context.Analysis;
        var model = analysis.Model;
        return
        [
            new(L(nameof(ReportText.SheetOperations)),
                [L(nameof(ReportText.ColId)), L(nameof(ReportText.ColName)), L(nameof(ReportText.ColImpact)), L(nameof(ReportText.ColImportance)), L(nameof(ReportText.ColWhy)), L(nameof(ReportText.ColWhyRule))],
                [.. model.Operations.Select(o =>
                {
                    var derived = context.OperationImportance(o.Id);
                    return (IReadOnlyList<object?>)[o.Id, o.Name, context.Impacts(o.Impact), derived.Value, context.Explain(derived.Why), derived.Why.Chain()];
                })]),
            new(L(nameof(ReportText.SheetAssets)),
                [L(nameof(ReportText.ColId)), L(nameof(ReportText.ColName)), L(nameof(ReportText.ColKind)), L(nameof(ReportText.ColZone)), L(nameof(ReportText.ColOperations)), L(nameof(ReportText.ColVendor)), L(nameof(ReportText.ColImportance)), L(nameof(ReportText.ColWhy)), L(nameof(ReportText.ColWhyRule))],
                [.. model.Assets.Select(a =>
                {
                    var derived = context.AssetImportance(a.Id);
                    return (IReadOnlyList<object?>)[a.Id, a.Name, context.Word("assets", "kind", a.Kind), context.Named(a.Zone), context.Named(a.Operations), string.Join(" / ", new[] { a.Vendor, a.Product, a.Version }.Where(v => !string.IsNullOrEmpty(v))), derived.Value, context.Explain(derived.Why), derived.Why.Chain()];
                })]),
            new(L(nameof(ReportText.SheetZones)),
                [L(nameof(ReportText.ColId)), L(nameof(ReportText.ColName)), L(nameof(ReportText.ColTemplate)), L(nameof(ReportText.ColImportance)), L(nameof(ReportText.ColTargetLevel)), L(nameof(ReportText.ColWhy)), L(nameof(ReportText.ColWhyRule))],
                [.. analysis.Zones.Select(z => (IReadOnlyList<object?>)[z.Id, z.Name, context.Template(z.Template), z.Importance.Value, z.TargetLevel.Value, context.Explain(z.TargetLevel.Why), z.TargetLevel.Why.Chain()])]),
            new(L(nameof(ReportText.SheetConduits)),
                [L(nameof(ReportText.ColId)), L(nameof(ReportText.ColName)), L(nameof(ReportText.ColFrom)), L(nameof(ReportText.ColTo)), L(nameof(ReportText.ColProtocols)), L(nameof(ReportText.ColControls)), L(nameof(ReportText.ColEncrypted))],
                [.. model.Conduits.Select(c => (IReadOnlyList<object?>)[c.Id, c.Name, context.Named(c.From), context.Named(c.To), string.Join(", ", c.Protocols), string.Join(", ", c.Controls.Select(x => context.Word("conduits", "controls", x))), c.Encrypted is null ? "" : c.Encrypted.Value ? L(nameof(ReportText.Yes)) : L(nameof(ReportText.No))])]),
            new(L(nameof(ReportText.SheetThreats)),
                [L(nameof(ReportText.ColZone)), L(nameof(ReportText.ColThreat)), L(nameof(ReportText.ColName)), L(nameof(ReportText.ColAssets)), L(nameof(ReportText.ColRisk)), L(nameof(ReportText.ColScore)), L(nameof(ReportText.ColCovered)), L(nameof(ReportText.ColCountermeasure)), L(nameof(ReportText.ColName)), L(nameof(ReportText.ColStatus)), L(nameof(ReportText.ColOwner)), L(nameof(ReportText.ColDue))],
                [.. analysis.Threats.SelectMany(t => t.Countermeasures.Select(c => (IReadOnlyList<object?>)
                [
                    t.Zone is null ? L(nameof(ReportText.WholeSite)) : context.Named(t.Zone), t.Threat, ThreatTitle(t.Threat), context.Named(t.Assets), ColouredValue.Grade(context, t.Risk.Grade), t.Risk.Score,
                    t.Covered ? L(nameof(ReportText.Yes)) : L(nameof(ReportText.No)), c.Id, CountermeasureTitle(c.Id), ColouredValue.Status(context, c.Status), c.Owner is null ? null : context.Named(c.Owner), Date(c.Due),
                ]))]),
            new(L(nameof(ReportText.SheetPlan)),
                [L(nameof(ReportText.ColRank)), L(nameof(ReportText.ColCountermeasure)), L(nameof(ReportText.ColName)), L(nameof(ReportText.ColStatus)), L(nameof(ReportText.ColZone)), L(nameof(ReportText.ColThreat)), L(nameof(ReportText.ColRiskReduced)), L(nameof(ReportText.ColOwner)), L(nameof(ReportText.ColDue))],
                [.. context.Plan.Actions.Select(a => (IReadOnlyList<object?>)[a.Rank, a.Countermeasure, CountermeasureTitle(a.Countermeasure), ColouredValue.Status(context, a.Status), context.Named(a.Zones), context.ThreatTitles(a.Threats), a.RiskReduced, a.Owner is null ? null : context.Named(a.Owner), Date(a.Due)])]),
            new(L(nameof(ReportText.SheetFindings)),
                [L(nameof(ReportText.ColSeverity)), L(nameof(ReportText.ColFinding)), L(nameof(ReportText.ColKind)), L(nameof(ReportText.ColId)), L(nameof(ReportText.ColMessage)), L(nameof(ReportText.ColReference))],
                [.. analysis.Findings.Select(f => (IReadOnlyList<object?>)[context.Severity(f.Severity), f.Id, context.SubjectKind(f.SubjectKind), f.Subject, Message(f), f.Reference])]),
        ];
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
