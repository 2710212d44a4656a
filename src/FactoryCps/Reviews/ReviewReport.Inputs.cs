using System.Globalization;
using FactoryCps.Checklists;
using FactoryCps.Documents;
using FactoryCps.Model;
using FactoryCps.Reports;

namespace FactoryCps.Reviews;

/// <summary>The inputs' section: each of what the review page's inputs show, in the same order and words.</summary>
internal static partial class ReviewReport
{
    private static List<DocumentBlock> Inputs(ReviewInputs inputs, ReportContext words, Say l)
    {
        var language = words.Language;
        var blocks = new List<DocumentBlock> { new SubHeading(l("InputModel")) };
        blocks.Add(inputs.ModelChanges is null ? new Paragraph(Ours(l("InputModelFirst"), l))
            : inputs.ElementChanges.Count == 0 ? new Paragraph(l("Nothing"))
            : new Table([l("Section"), l("Element"), l("Change")], [.. inputs.ElementChanges.Select(e => (IReadOnlyList<string>)[ListWord(e.List, language, l), ElementWord(e, words, l), l("Change_" + e.Change)])]));

        blocks.Add(new SubHeading(l("InputFindings")));
        blocks.Add(new Paragraph(l("FindingsCount", inputs.FindingsOpened.Count, inputs.FindingsClosed.Count)));
        Findings(blocks, l("Opened"), inputs.FindingsOpened, words);
        Findings(blocks, l("Closed"), inputs.FindingsClosed, words);

        blocks.Add(new SubHeading(l("InputStatuses")));
        blocks.Add(inputs.StatusChanges.Count == 0 ? new Paragraph(l("Nothing")) : new Table(
            [l("Countermeasure"), l("Scope"), l("Before"), l("After")],
            [.. inputs.StatusChanges.Select(s => (IReadOnlyList<string>)[CountermeasureWord(s.Countermeasure, words), s.Scope.Count == 0 ? l("WholeSite") : words.Named(s.Scope), StatusWord(s.Before, words, l), StatusWord(s.After, words, l)])]));

        blocks.Add(new SubHeading(l("InputCases")));
        blocks.Add(new Table(
            [l("Severity"), l("Opened"), l("Closed"), l("Overdue")],
            [.. inputs.CaseCounts.Select(c => (IReadOnlyList<string>)[l("CaseSeverity_" + c.Severity), N(c.Opened), N(c.Closed), N(c.Overdue)])]));
        if (inputs.CasesOverdue.Count > 0)
        {
            blocks.Add(new SubHeading(l("Overdue"), Depth: 2));
            blocks.Add(new ItemList([.. inputs.CasesOverdue.Select(c => l("CaseOverdue", N(c.Number), c.Title, l("CaseSeverity_" + c.Severity), Day(c.DueAt)))]));
        }

        blocks.Add(new SubHeading(l("InputMatches")));
        blocks.Add(inputs.NewMatches.Count == 0 ? new Paragraph(l("Nothing")) : new ItemList(
            [
                .. AdvisoryMatchGroups.Of(inputs.NewMatches).Select(g =>
                    l("Match", $"{g.Title} ({g.Advisory})", g.NotNamed == 0 ? words.Named(g.Named) : l("MatchMore", words.Named(g.Named), g.NotNamed))
                    + (g.Cvss is { } cvss ? " CVSS " + cvss.ToString("0.0", CultureInfo.InvariantCulture) : "")),
            ]));

        blocks.Add(new SubHeading(l("InputSuppliers")));
        if (inputs.SupplierReviewsClosed.Count == 0 && inputs.OpenSupplierActions.Count == 0)
        {
            blocks.Add(new Paragraph(l("Nothing")));
        }

        if (inputs.SupplierReviewsClosed.Count > 0)
        {
            blocks.Add(new SubHeading(l("SupplierReviews"), Depth: 2));
            blocks.Add(new ItemList([.. inputs.SupplierReviewsClosed.Select(s => l("SupplierReview", s.Supplier, s.Item, Day(s.ClosedAt)))]));
        }

        if (inputs.OpenSupplierActions.Count > 0)
        {
            blocks.Add(new SubHeading(l("SupplierActions"), Depth: 2));
            blocks.Add(new Table(
                [l("Action"), l("Supplier"), l("Due"), l("Blocking")],
                [.. inputs.OpenSupplierActions.Select(a => (IReadOnlyList<string>)[words.T(a.Title), a.Supplier, a.Due is { } due ? Day(due) : "", a.Blocking ? l("Yes") : l("No")])]));
        }

        blocks.Add(new SubHeading(l("InputAssessment")));
        blocks.Add(new Paragraph(inputs.Assessment is { } move
            ? l("AssessmentMove", move.Latest.Title, ChecklistWords.Percent(move.Latest.SiteScore, language))
                + (move.Previous is { } p ? l("AssessmentBefore", p.Title, ChecklistWords.Percent(p.SiteScore, language)) : "")
            : l("AssessmentNone")));

        blocks.Add(new SubHeading(l("InputRequirements")));
        blocks.Add(inputs.RequirementDates.Count == 0 ? new Paragraph(l("Nothing")) : new ItemList(
            [.. inputs.RequirementDates.Select(d => l("RequirementDate", Day(d.Date), words.T(d.Title), words.T(d.Event)))]));

        blocks.Add(new SubHeading(l("InputBcp")));
        blocks.Add(new Paragraph(Ours(ReviewWords.Text("Bcp_" + inputs.Bcp.State, language, Day(inputs.Bcp.Reviewed), Day(inputs.Bcp.NewestObjective)), l)));
        return blocks;
    }

    private static void Findings(List<DocumentBlock> blocks, string heading, IReadOnlyList<Findings.Finding> findings, ReportContext words)
    {
        if (findings.Count > 0)
        {
            blocks.Add(new SubHeading(heading, Depth: 2));
            blocks.Add(new ItemList([.. findings.Select(f => $"[{words.Severity(f.Severity)}] {words.FindingMessage(f)}")]));
        }
    }

    /// <summary>A model list by the word for what it holds (objectives: 目的); the BCP is one object.</summary>
    private static string ListWord(string list, Localization.Language language, Say l) => list switch
    {
        "bcp" => l("Bcp"),
        "dataFlows" => ModelWords.Subject("dataFlow", language),
        _ => ModelWords.Subject(list.TrimEnd('s'), language),
    };

    /// <summary>
    /// An element by its name (a removed one's from the snapshot); a countermeasure status by its countermeasure's title
    /// and zones; the BCP by its word; an unnamed element by its id, as the model knows it.
    /// </summary>
    private static string ElementWord(NamedElementChange element, ReportContext words, Say l)
    {
        if (element.Name is { } name)
        {
            return name;
        }

        if (element.List == "bcp")
        {
            return l("Bcp");
        }

        if (element.List == "countermeasures")
        {
            var at = element.Id.IndexOf('@', StringComparison.Ordinal);
            var title = CountermeasureWord(at < 0 ? element.Id : element.Id[..at], words);
            return at < 0 ? title : $"{title} ({words.Named(element.Id[(at + 1)..].Split('+'))})";
        }

        return element.Id;
    }

    private static string CountermeasureWord(string id, ReportContext words) =>
        words.Catalog.CountermeasuresById.ContainsKey(id) ? words.MarkedCountermeasureTitle(id) : id;

    private static string StatusWord(string? status, ReportContext words, Say l) => status is null ? l("NotRecorded") : words.Status(status);

    private static string N(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
