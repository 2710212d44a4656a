using DocumentFormat.OpenXml.Packaging;
using FactoryCps.Documents;
using FactoryCps.Localization;
using FactoryCps.Reports;
using FactoryCps.Reviews;
using static FactoryCps.Tests.Reviews.ReviewFixture;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FactoryCps.Tests.Reviews;

/// <summary>The review's report: one document, from the review's record, its inputs and the rounds, in each language.</summary>
public sealed class ReviewReportTests
{
    private static readonly ReviewReportHead Head = new(
        "Plant", 2, "periodic", Day(Now), Next, Now, "lead@example.com", "リモート保守の手順を改める。\n予備PLCを調達する。", true,
        [new ReviewReportParticipant("山田 太郎", "工場長"), new ReviewReportParticipant("佐藤 花子", null)],
        [new ReviewReportAction("手順書の改訂", "maint", new DateOnly(2026, 12, 1), Now.AddDays(3)), new ReviewReportAction("予備PLCの調達", null, null, null), new ReviewReportAction("教育", "外部講師", null, null)]);

    private static readonly ReviewHistory History = ReviewHistory.Empty with
    {
        Cases = [Case(9, "high", Previous.AddDays(3), Previous.AddDays(10))],
        Matches = [new AdvisoryMatchFact("ICSA-2", "PLC firmware flaw", "plc1", Previous.AddDays(1), 7.5)],
        SupplierReviews = [new SupplierReviewFact(2, "Maker B", "Gateway", Previous.AddDays(2))],
        SupplierActions = [new SupplierActionFact(1, "Maker B", new LocalizedText("脆弱性の修正版を提供する", "Ship a fixed firmware"), true, Previous.AddDays(2), new DateOnly(2026, 11, 1), null)],
        Rounds =
        [
            new RoundFact(1, "Round 2025", Previous.AddDays(-30), 0.5),
            new RoundFact(2, "Round 2026", Previous.AddDays(20), 0.75),
            new RoundFact(3, "Round after", Now.AddDays(1), 0.9),
        ],
    };

    private static TextDocument Report(Language language, string? before = null, string? after = null)
    {
        var day = Day(Now);
        var current = Analyze(after ?? After, day);
        var inputs = ReviewInputGathering.Gather(Period, Analyze(before ?? Before, day), current, History, Catalogue);
        return ReviewReport.Build(Head, inputs, History.Rounds, new ReportContext(Catalogue, current, language, "test"), "1.0", new DateOnly(2026, 10, 2));
    }

    private static string Say(string key, Language language, params object[] args) => ReviewWords.Text("Report_" + key, language, args);

    private static List<string> Texts(TextDocument document) =>
    [
        document.Title, document.Subtitle, .. document.Meta.SelectMany(m => new[] { m.Label, m.Value }),
        .. document.Sections.SelectMany(s => s.Blocks.SelectMany(Texts).Prepend(s.Heading)), document.Footer,
    ];

    private static IEnumerable<string> Texts(DocumentBlock block) => block switch
    {
        SubHeading h => [h.Text],
        Paragraph p => [p.Text],
        ItemList l => l.Items,
        Table t => [.. t.Headers, .. t.Rows.SelectMany(r => r)],
        Figure f => [f.Text],
        _ => [],
    };

    private static Table TableIn(TextDocument document, string section, string header) =>
        document.Sections.Single(s => s.Key == section).Blocks.OfType<Table>().Single(t => t.Headers.Contains(header));

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void The_report_holds_the_head_each_input_the_decisions_actions_scores_and_lines_to_sign(Language language)
    {
        var document = Report(language);
        var text = string.Join("\n", Texts(document));

        Assert.Equal(Say("Title", language), document.Title);
        Assert.Contains((Say("Kind", language), ReviewWords.Kind("periodic", language)), document.Meta);
        Assert.Contains((Say("NextReviewLabel", language), "2027-04-01"), document.Meta);
        Assert.Equal(["山田 太郎", "工場長"], TableIn(document, "Report_Participants", Say("Name", language)).Rows[0]);

        // The inputs: model diff, findings, statuses, cases, advisories, suppliers, self-assessment, dates, BCP.
        var model = TableIn(document, "Report_Inputs", Say("Element", language));
        Assert.Contains(model.Rows, r => r[1] == "tablet" && r[2] == Say("Change_added", language));
        var inputs = ReviewInputGathering.Gather(Period, Analyze(Before, Day(Now)), Analyze(After, Day(Now)), History, Catalogue);
        Assert.Contains(Say("FindingsCount", language, inputs.FindingsOpened.Count, inputs.FindingsClosed.Count), text, StringComparison.Ordinal);
        Assert.Contains(inputs.FindingsOpened, f => text.Contains(f.Message.Get(language), StringComparison.Ordinal));
        var statuses = TableIn(document, "Report_Inputs", Say("Countermeasure", language));
        Assert.Contains(statuses.Rows, r => r[0].StartsWith(Catalogue.CountermeasuresById["net-segmentation"].Title.Get(language), StringComparison.Ordinal)
            && r[2] == new ReportContext(Catalogue, Analyze(After, Day(Now)), language, "t").Status("planned"));
        var cases = TableIn(document, "Report_Inputs", Say("Severity", language));
        Assert.Contains(cases.Rows, r => r[0] == Say("CaseSeverity_high", language) && r[1] == "1" && r[3] == "1");
        Assert.Contains("PLC firmware flaw", text, StringComparison.Ordinal);
        Assert.Contains(Say("SupplierReview", language, "Maker B", "Gateway", "2026-04-03"), text, StringComparison.Ordinal);
        Assert.Contains(TableIn(document, "Report_Inputs", Say("Supplier", language)).Rows, r => r[0] == new LocalizedText("脆弱性の修正版を提供する", "Ship a fixed firmware").Get(language) && r[3] == Say("Yes", language));
        Assert.Contains(Say("AssessmentMove", language, "Round 2026", FactoryCps.Checklists.ChecklistWords.Percent(0.75, language)), text, StringComparison.Ordinal);
        Assert.Contains(ReviewWords.Text("Bcp_OlderThanObjective", language, "2026-02-01", "2026-06-15"), text, StringComparison.Ordinal);

        // Decisions line by line, actions with owner (a stakeholder by name), due and done, the scores up to the review, lines to sign.
        Assert.Contains(document.Sections.Single(s => s.Key == "Report_Decisions").Blocks, b => b is Paragraph { Text: "予備PLCを調達する。" });
        var actions = TableIn(document, "Report_Actions", Say("Owner", language)).Rows;
        Assert.Equal(["手順書の改訂", "保全課", "2026-12-01", Say("DoneOn", language, "2026-10-04")], actions[0]);
        Assert.Equal(["予備PLCの調達", "", "", Say("NotDone", language)], actions[1]);
        Assert.Equal("外部講師", actions[2][1]); // an owner that names no one in the model stays as written
        var scores = document.Sections.Single(s => s.Key == "Report_Scores").Blocks;
        Assert.Contains(scores, b => b is Figure { Svg: var svg } && svg.StartsWith("<svg", StringComparison.Ordinal));
        Assert.Equal(["Round 2025", "Round 2026"], TableIn(document, "Report_Scores", Say("SiteScore", language)).Rows.Select(r => r[0]));
        var signOff = TableIn(document, "Report_SignOff", Say("Signature", language));
        Assert.Equal([Say("Role", language), Say("Name", language), Say("Date", language), Say("Signature", language)], signOff.Headers);
        Assert.Equal([[Say("SignPlantManager", language), "", "", ""], [Say("SignExecutive", language), "", "", ""]], signOff.Rows);

        // Our own sentences are marked as ours.
        Assert.Contains(Say("NextReviewOn", language, "2027-04-01") + " " + Say("Ours", language), text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_words_are_in_the_reports_language_and_no_kind_status_or_countermeasure_is_left_as_its_id()
    {
        var ja = Texts(Report(Language.Ja));
        var en = Texts(Report(Language.En));

        Assert.Contains("見直し（PDCA）報告書", ja);
        Assert.Contains("PDCA review report", en);
        foreach (var id in new[] { "periodic", "planned", "implemented", "missing", "net-dmz", "net-segmentation", "high", "critical", "OlderThanObjective", "added" })
        {
            Assert.DoesNotContain(ja, t => t.Split(' ', '(', ')', ',', '、', '（', '）', ':', '[', ']').Contains(id));
        }

        foreach (var id in new[] { "periodic", "net-dmz", "net-segmentation", "OlderThanObjective", "objectives", "countermeasures" })
        {
            Assert.DoesNotContain(en, t => t.Split(' ', '(', ')', ',', ':', '[', ']').Contains(id));
        }
    }

    [Fact]
    public void A_removed_objective_is_shown_by_its_former_name()
    {
        var before = Before.Replace("{ id: visualize, kind: visualization, since: 2026-01-10 }", "{ id: visualize, name: 稼働の見える化, kind: visualization, since: 2026-01-10 }", StringComparison.Ordinal);
        var after = After.Replace("  - { id: visualize, kind: visualization, since: 2026-01-10 }\n", "", StringComparison.Ordinal);

        var model = TableIn(Report(Language.Ja, before, after), "Report_Inputs", Say("Element", Language.Ja));

        Assert.Contains(model.Rows, r => r[1] == "稼働の見える化" && r[2] == Say("Change_removed", Language.Ja));
        Assert.DoesNotContain(model.Rows, r => r[1] == "visualize");
    }

    [Fact]
    public void The_word_file_holds_the_reports_text_and_the_html_its_chart_under_its_own_policy()
    {
        var document = Report(Language.En);

        using var word = WordprocessingDocument.Open(new MemoryStream(DocumentFormats.Render(document, "docx")), isEditable: false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var paragraphs = string.Join("\n", body.Descendants<W.Paragraph>().Select(p => p.InnerText));
        Assert.Equal(
            document.Sections.Select(s => s.Heading),
            body.Elements<W.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText));
        foreach (var expected in new[] { "PDCA review report", "山田 太郎", "予備PLCを調達する。", "手順書の改訂", Say("SignExecutive", Language.En), "Round 2026", "PLC firmware flaw" })
        {
            Assert.Contains(expected, paragraphs, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<svg", paragraphs, StringComparison.Ordinal);
        var signRows = body.Descendants<W.TableRow>().Where(r => r.InnerText == Say("SignPlantManager", Language.En)).ToList();
        Assert.Single(signRows);
        Assert.NotNull(signRows[0].TableRowProperties?.GetFirstChild<W.TableRowHeight>());

        var html = System.Text.Encoding.UTF8.GetString(DocumentFormats.Render(document, "html"));
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure><svg", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }
}
