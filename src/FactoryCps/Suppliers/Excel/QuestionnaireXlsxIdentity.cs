using System.Globalization;
using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Excel;

/// <summary>
/// Reads the identity sheet and decides whether the file belongs to the questionnaire expected: same format,
/// id and round. A different fingerprint (questions changed since the export) is reported but the rows are
/// still checked, so the supplier sees which items differ.
/// </summary>
internal static class QuestionnaireXlsxIdentity
{
    /// <summary>The file's language when the identity matches, else null with the reason in <paramref name="problems"/>.</summary>
    public static Language? Check(SheetCells cells, QuestionnaireSheet expected, ImportProblems problems)
    {
        var values = new Dictionary<string, (string Value, string Cell)>(StringComparer.Ordinal);
        foreach (var row in cells.Rows)
        {
            values.TryAdd(cells.Get(row, 1).Text.Trim(), (cells.Get(row, 2).Text.Trim(), SheetCells.Reference(row, 2)));
        }

        var sheet = QuestionnaireLayout.IdentitySheet;
        (string Value, string? Cell) Value(string key) => values.TryGetValue(key, out var v) ? v : ("", null);

        var format = Value(QuestionnaireLayout.Identity.Format);
        if (format.Value != QuestionnaireLayout.FormatMarker)
        {
            problems.Add(sheet, format.Cell, "QuestionnaireXlsxBadIdentity", QuestionnaireLayout.FormatMarker, format.Value);
            return null;
        }

        var id = Value(QuestionnaireLayout.Identity.Questionnaire);
        if (!Guid.TryParseExact(id.Value, "D", out var questionnaireId))
        {
            problems.Add(sheet, id.Cell, "QuestionnaireXlsxBadIdentity", "questionnaire id", id.Value);
            return null;
        }

        if (questionnaireId != expected.QuestionnaireId)
        {
            problems.Add(null, null, "QuestionnaireXlsxOtherQuestionnaire", questionnaireId.ToString("D"), expected.QuestionnaireId.ToString("D"));
            return null;
        }

        var round = Value(QuestionnaireLayout.Identity.Round);
        if (!int.TryParse(round.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var roundNumber))
        {
            problems.Add(sheet, round.Cell, "QuestionnaireXlsxBadIdentity", "round", round.Value);
            return null;
        }

        if (roundNumber != expected.Round)
        {
            problems.Add(null, null, "QuestionnaireXlsxWrongRound", roundNumber, expected.Round);
            return null;
        }

        var language = Value(QuestionnaireLayout.Identity.Language);
        Language? parsed = language.Value switch { "ja" => Language.Ja, "en" => Language.En, _ => null };
        if (parsed is null)
        {
            problems.Add(sheet, language.Cell, "QuestionnaireXlsxBadIdentity", "ja | en", language.Value);
            return null;
        }

        var fingerprint = Value(QuestionnaireLayout.Identity.Fingerprint);
        var current = QuestionnaireFingerprint.Of(expected.Questions);
        if (fingerprint.Value != current)
        {
            problems.Add(null, null, "QuestionnaireXlsxQuestionsChanged", fingerprint.Value, current);
        }

        return parsed;
    }
}
