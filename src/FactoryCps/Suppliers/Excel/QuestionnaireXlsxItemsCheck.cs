using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Excel;

/// <summary>
/// Reads the items sheet against the questionnaire: the headings, then every row with content matched by item
/// id (the order does not matter), its question text unchanged, its answer a known label or code and its
/// comment within the limit. Formulas are refused everywhere: their cached result may be stale or missing
/// (files saved by tools that do not calculate), and an answer should be what the supplier typed.
/// </summary>
internal static class QuestionnaireXlsxItemsCheck
{
    private const int ItemIdColumn = 1;
    private const int QuestionColumn = 3;
    private const int AnswerColumn = 4;
    private const int CommentColumn = 5;

    public static (List<SupplierAnswer> Answers, List<string> Unanswered) Check(
        SheetCells cells, QuestionnaireSheet expected, Language language, ImportProblems problems)
    {
        var sheet = QuestionnaireLayout.ItemsSheet(language);
        var headings = QuestionnaireLayout.Headings(language);
        for (var c = 0; c < headings.Count; c++)
        {
            var found = cells.Get(1, c + 1).Text.Trim();
            if (found != headings[c])
            {
                problems.Add(sheet, SheetCells.Reference(1, c + 1), "QuestionnaireXlsxHeader", headings[c], found);
            }
        }

        var questions = expected.Questions.Select((q, i) => (q, i)).ToDictionary(x => x.q.ItemId, StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var answers = new Dictionary<string, SupplierAnswer>(StringComparer.Ordinal);
        foreach (var row in cells.Rows.Where(r => r >= QuestionnaireLayout.FirstItemRow))
        {
            if (problems.Full)
            {
                break;
            }

            var formulas = Enumerable.Range(ItemIdColumn, CommentColumn - ItemIdColumn + 1).Where(c => cells.Get(row, c).Formula is not null).ToList();
            foreach (var c in formulas)
            {
                problems.Add(sheet, SheetCells.Reference(row, c), "QuestionnaireXlsxFormula", cells.Get(row, c).Formula);
            }

            var id = cells.Get(row, ItemIdColumn).Text.Trim();
            if (!Matches(id, row, questions, seen, sheet, problems, out var question))
            {
                continue;
            }

            seen[id] = row;
            var text = cells.Get(row, QuestionColumn).Text;
            var wanted = CellText.Comparable(question.Text.Get(language));
            if (CellText.Comparable(text).Trim() != wanted.Trim())
            {
                problems.Add(sheet, SheetCells.Reference(row, QuestionColumn), "QuestionnaireXlsxChangedText", id, wanted);
            }

            if (formulas.Count == 0 && Answer(cells, row, id, sheet, problems) is { } answer)
            {
                answers[id] = answer;
            }
        }

        foreach (var (id, (_, index)) in questions.Where(q => !seen.ContainsKey(q.Key)).OrderBy(q => q.Value.i))
        {
            var row = index + QuestionnaireLayout.FirstItemRow;
            problems.Add(sheet, SheetCells.Reference(row, ItemIdColumn), "QuestionnaireXlsxMissingItem", id, row);
        }

        return (
            [.. expected.Questions.Where(q => answers.ContainsKey(q.ItemId)).Select(q => answers[q.ItemId])],
            [.. expected.Questions.Where(q => !answers.ContainsKey(q.ItemId)).Select(q => q.ItemId)]);
    }

    private static bool Matches(
        string id,
        int row,
        Dictionary<string, (QuestionnaireQuestion q, int i)> questions,
        Dictionary<string, int> seen,
        string sheet,
        ImportProblems problems,
        out QuestionnaireQuestion question)
    {
        question = null!;
        var cell = SheetCells.Reference(row, ItemIdColumn);
        if (id.Length == 0)
        {
            problems.Add(sheet, cell, "QuestionnaireXlsxNoItemId");
            return false;
        }

        if (!questions.TryGetValue(id, out var found))
        {
            problems.Add(sheet, cell, "QuestionnaireXlsxUnknownItem", id);
            return false;
        }

        if (seen.TryGetValue(id, out var first))
        {
            problems.Add(sheet, cell, "QuestionnaireXlsxDuplicateItem", id, first);
            return false;
        }

        question = found.q;
        return true;
    }

    /// <summary>The row's answer; null when it is blank (unanswered) or wrong (the problem is added).</summary>
    private static SupplierAnswer? Answer(SheetCells cells, int row, string id, string sheet, ImportProblems problems)
    {
        var answerText = cells.Get(row, AnswerColumn).Text.Trim();
        var comment = cells.Get(row, CommentColumn).Text.Trim();
        var ok = true;
        if (comment.Length > QuestionnaireLayout.MaxCommentLength)
        {
            problems.Add(sheet, SheetCells.Reference(row, CommentColumn), "QuestionnaireXlsxCommentTooLong", comment.Length, QuestionnaireLayout.MaxCommentLength);
            ok = false;
        }

        if (answerText.Length == 0)
        {
            if (comment.Length > 0)
            {
                problems.Add(sheet, SheetCells.Reference(row, AnswerColumn), "QuestionnaireXlsxCommentWithoutAnswer", id);
            }

            return null;
        }

        var choice = AnswerLabels.Parse(answerText);
        if (choice is null)
        {
            problems.Add(
                sheet,
                SheetCells.Reference(row, AnswerColumn),
                "QuestionnaireXlsxInvalidAnswer",
                answerText,
                new LocalizedText(string.Join(" / ", AnswerLabels.Labels(Language.Ja)), string.Join(" / ", AnswerLabels.Labels(Language.En))),
                string.Join(", ", AnswerChoices.Codes));
            return null;
        }

        return ok ? new SupplierAnswer(id, choice.Value, comment.Length == 0 ? null : comment) : null;
    }
}
