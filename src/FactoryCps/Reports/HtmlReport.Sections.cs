using System.Globalization;
using System.Text;
using FactoryCps.Model;
using FactoryCps.Plans;
using FactoryCps.Provenance;
using FactoryCps.Resources;
using FactoryCps.Threats;

namespace FactoryCps.Reports;

internal static partial class HtmlReport
{
    private static void Step1(HtmlWriter html, ReportContext context) =>
        html.Section("step1", context.L(nameof(ReportText.Step1Title)), h =>
        {
            var model = context.Analysis.Model;
            string L(string key) => context.L(key);
            h.Element("h3", L(nameof(ReportText.ObjectivesTitle)));
            h.Table(
                [L(nameof(ReportText.ColId)), L(nameof(ReportText.ColName)), L(nameof(ReportText.ColKind)), L(nameof(ReportText.ColSince))],
                model.Objectives.Select(o => (IReadOnlyList<HtmlCell>)[o.Id, o.Name, context.Word("objectives", "kind", o.Kind), Date(o.Since)]));
            h.Element("h3", L(nameof(ReportText.BcpTitle)));
            h.Raw("<dl class=\"meta\">").Element("dt", L(nameof(ReportText.BcpReviewed))).Element("dd", model.Bcp.Reviewed is null ? L(nameof(ReportText.BcpNever)) : Date(model.Bcp.Reviewed));
            if (model.Bcp.MaxTolerableDowntimeHours is { } hours)
            {
                h.Element("dt", L(nameof(ReportText.BcpDowntime))).Element("dd", hours.ToString(CultureInfo.InvariantCulture));
            }

            h.Raw("</dl>");
            h.Element("h3", L(nameof(ReportText.RequirementsTitle)));
            h.Table(
                [L(nameof(ReportText.ColId)), L(nameof(ReportText.ColName)), L(nameof(ReportText.Applies)), L(nameof(ReportText.ColNote))],
                model.Requirements.Select(r => (IReadOnlyList<HtmlCell>)[r.Id, RequirementName(context, r), r.Applies ? L(nameof(ReportText.Yes)) : L(nameof(ReportText.No)), r.Note]));
            h.Element("h3", L(nameof(ReportText.OperationsTitle)));
            h.Table(
                [L(nameof(ReportText.ColId)), L(nameof(ReportText.ColName)), L(nameof(ReportText.ColImpact)), L(nameof(ReportText.ColImportance)), L(nameof(ReportText.ColWhy))],
                model.Operations.Select(o =>
                {
                    var derived = context.OperationImportance(o.Id);
                    return (IReadOnlyList<HtmlCell>)[o.Id, o.Name, context.Impacts(o.Impact), HtmlCell.Number(derived.Value), HtmlCell.Markup(Why(context, [derived.Why]))];
                }));
            h.Element("h3", L(nameof(ReportText.AssetsTitle)));
            h.Table(
                [L(nameof(ReportText.ColId)), L(nameof(ReportText.ColName)), L(nameof(ReportText.ColKind)), L(nameof(ReportText.ColZone)), L(nameof(ReportText.ColVendor)), L(nameof(ReportText.ColImportance)), L(nameof(ReportText.ColWhy))],
                model.Assets.Select(a =>
                {
                    var derived = context.AssetImportance(a.Id);
                    var product = string.Join(" / ", new[] { a.Vendor, a.Product, a.Version }.Where(v => !string.IsNullOrEmpty(v)));
                    return (IReadOnlyList<HtmlCell>)[a.Id, a.Name, context.Word("assets", "kind", a.Kind) + (a.GeneralPurpose ? " *" : ""), context.Named(a.Zone), product, HtmlCell.Number(derived.Value), HtmlCell.Markup(Why(context, [derived.Why]))];
                }));
            h.Element("h3", L(nameof(ReportText.ZonesTitle)));
            h.Table(
                [L(nameof(ReportText.ColId)), L(nameof(ReportText.ColName)), L(nameof(ReportText.ColTemplate)), L(nameof(ReportText.ColImportance)), L(nameof(ReportText.ColTargetLevel)), L(nameof(ReportText.ColWhy))],
                context.Analysis.Zones.Select(z => (IReadOnlyList<HtmlCell>)[z.Id, z.Name, context.Template(z.Template), HtmlCell.Number(z.Importance.Value), HtmlCell.Number(z.TargetLevel.Value), HtmlCell.Markup(Why(context, [z.TargetLevel.Why]))]));
        });

    private static void Threats(HtmlWriter html, ReportContext context) =>
        html.Section("threats", context.L(nameof(ReportText.ThreatsTitle)), h =>
        {
            string L(string key) => context.L(key);
            h.Table(
                [L(nameof(ReportText.ColZone)), L(nameof(ReportText.ColThreat)), L(nameof(ReportText.ColRisk)), L(nameof(ReportText.ColCountermeasures)), L(nameof(ReportText.ColCovered)), L(nameof(ReportText.ColMatchedBy))],
                context.Analysis.Threats.Select(t => (IReadOnlyList<HtmlCell>)
                [
                    context.ZoneName(t.Zone),
                    $"{context.MarkedThreatTitle(t.Threat)} ({t.Threat})" + (t.Assets.Count > 0 ? $" — {context.Named(t.Assets)}" : ""),
                    Grade(context, t.Risk),
                    HtmlCell.Markup(string.Join(" ", t.Countermeasures.Select(c => Chip(context, c)))),
                    t.Covered ? L(nameof(ReportText.Yes)) : L(nameof(ReportText.No)),
                    HtmlCell.Markup(Why(context, t.Matches)),
                ]),
                "threats");
        });

    private static void Plan(HtmlWriter html, ReportContext context) =>
        html.Section("plan", context.L(nameof(ReportText.PlanTitle)), h =>
        {
            string L(string key) => context.L(key);
            h.Table(
                [L(nameof(ReportText.ColZone)), L(nameof(ReportText.ColImportance)), L(nameof(ReportText.ColTargetLevel)), L(nameof(ReportText.ColRequired)), L(nameof(ReportText.ColGaps))],
                context.Plan.Zones.Select(z => (IReadOnlyList<HtmlCell>)[context.ZoneName(z.Zone), HtmlCell.Number(z.Importance), HtmlCell.Number(z.TargetLevel), HtmlCell.Number(z.Required.Count), HtmlCell.Markup(string.Join(" ", z.Gaps.Select(g => Chip(context, g))))]));
            h.Element("h3", L(nameof(ReportText.ActionsTitle)));
            ActionTable(h, context, context.Plan.Actions);
        });

    private static void Findings(HtmlWriter html, ReportContext context) =>
        html.Section("findings", context.L(nameof(ReportText.FindingsTitle)), h =>
        {
            if (context.Analysis.Findings.Count == 0)
            {
                h.Element("p", context.L(nameof(ReportText.NoFindings)));
                return;
            }

            string L(string key) => context.L(key);
            h.Table(
                [L(nameof(ReportText.ColSeverity)), L(nameof(ReportText.ColSubject)), L(nameof(ReportText.ColMessage)), L(nameof(ReportText.ColReference))],
                context.Analysis.Findings.Select(f => (IReadOnlyList<HtmlCell>)[new HtmlCell(context.Severity(f.Severity), CssClass: "sev-" + f.Severity), $"{context.SubjectKind(f.SubjectKind)} {context.Named(f.Subject)}", context.FindingMessage(f), f.Reference]));
        });

    private static void RiskTable(HtmlWriter html, ReportContext context, IEnumerable<AppliedThreat> threats)
    {
        string L(string key) => context.L(key);
        html.Table(
            [L(nameof(ReportText.ColRisk)), L(nameof(ReportText.ColThreat)), L(nameof(ReportText.ColZone)), L(nameof(ReportText.ColCovered))],
            threats.Select(t => (IReadOnlyList<HtmlCell>)[Grade(context, t.Risk), $"{context.MarkedThreatTitle(t.Threat)} ({t.Threat})", context.ZoneName(t.Zone), t.Covered ? L(nameof(ReportText.Yes)) : L(nameof(ReportText.No))]));
    }

    private static void ActionTable(HtmlWriter html, ReportContext context, IEnumerable<PlanAction> actions)
    {
        string L(string key) => context.L(key);
        html.Table(
            [L(nameof(ReportText.ColRank)), L(nameof(ReportText.ColCountermeasure)), L(nameof(ReportText.ColStatus)), L(nameof(ReportText.ColZone)), L(nameof(ReportText.ColRiskReduced)), L(nameof(ReportText.ColOwner)), L(nameof(ReportText.ColDue))],
            actions.Select(a => (IReadOnlyList<HtmlCell>)
            [
                HtmlCell.Number(a.Rank),
                $"{context.MarkedCountermeasureTitle(a.Countermeasure)} ({a.Countermeasure})",
                new HtmlCell(context.Status(a.Status), CssClass: "st-" + a.Status),
                context.Named(a.Zones),
                HtmlCell.Number(a.RiskReduced),
                context.Named(a.Owner),
                a.Due is null ? "-" : Date(a.Due),
            ]));
    }

    private static HtmlCell Grade(ReportContext context, Risk risk) =>
        new($"{risk.Grade} {context.T(risk.Label)} ({risk.Score})", CssClass: "grade grade-" + risk.Grade.ToLowerInvariant());

    private static string Chip(ReportContext context, CountermeasureState state) =>
        $"<span class=\"chip st-{HtmlWriter.Escape(state.Status)}\" title=\"{HtmlWriter.Escape(state.Id)}\">{HtmlWriter.Escape(context.CountermeasureTitle(state.Id))}: {HtmlWriter.Escape(context.Status(state.Status))}</span>";

    /// <summary>
    /// The why in a sentence, with the chain of ids and each rule's expression behind a toggle in code (issue 15):
    /// a reader sees words, a reviewer of the model opens the details.
    /// </summary>
    private static string Why(ReportContext context, IReadOnlyList<Explanation> why)
    {
        var html = new StringBuilder();
        html.Append("<span class=\"why\">").Append(HtmlWriter.Escape(context.ExplainAll(why))).Append("</span>");
        html.Append("<details class=\"why-rule\"><summary>").Append(HtmlWriter.Escape(context.L(nameof(ReportText.WhyDetails)))).Append("</summary>");
        foreach (var explanation in why)
        {
            html.Append("<code>").Append(HtmlWriter.Escape(explanation.Chain())).Append(" [").Append(HtmlWriter.Escape(explanation.Rule)).Append("]</code> ");
        }

        return html.Append("</details>").ToString();
    }

    private static string RequirementName(ReportContext context, RequirementApplicability requirement)
    {
        if (requirement.Name is { } name)
        {
            return name;
        }

        var known = context.Catalog.Requirements.FirstOrDefault(r => r.Id == requirement.Id);
        return known is null ? requirement.Id : context.T(known.Title) + context.DerivedMark(known);
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
