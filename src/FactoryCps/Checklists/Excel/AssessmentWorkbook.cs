using System.Globalization;
using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Workbooks;

namespace FactoryCps.Checklists.Excel;

/// <summary>
/// A self-assessment round as an .xlsx to answer offline and bring back, through the generic workbook machinery
/// (<see cref="WorkbookWriter"/>, <see cref="WorkbookReader"/>): the import is all or nothing, refused at
/// sheet:cell, and a file of another site, round or scope, or made before the questions changed, is refused.
/// </summary>
internal static class AssessmentWorkbook
{
    public static void Write(AssessmentSheet sheet, GuidelineCatalog catalog, Language language, Stream output) =>
        WorkbookWriter.Write(AssessmentLayout.Content(sheet, catalog), language, output);

    public static AssessmentImportResult Read(Stream input, AssessmentSheet expected, GuidelineCatalog catalog, XlsxLimits? limits = null)
    {
        var result = WorkbookReader.Read(input, AssessmentLayout.Content(expected, catalog), limits);
        if (!result.Succeeded)
        {
            return AssessmentImportResult.Failed(result.Problems);
        }

        var answers = new List<AssessmentAnswer>();
        var unanswered = new List<string>();
        foreach (var row in result.Rows)
        {
            switch (row.Get(AssessmentLayout.LevelColumn))
            {
                case null:
                    unanswered.Add(row.Key);
                    break;
                case AssessmentLayout.NotApplicableCode:
                    answers.Add(AssessmentAnswer.NotApplicableBecause(row.Key, row.Get(AssessmentLayout.ReasonColumn)!, row.Get(AssessmentLayout.CommentColumn)));
                    break;
                case var level:
                    answers.Add(AssessmentAnswer.AtLevel(row.Key, int.Parse(level, NumberStyles.None, CultureInfo.InvariantCulture), row.Get(AssessmentLayout.CommentColumn)));
                    break;
            }
        }

        return new AssessmentImportResult(answers, unanswered, []);
    }

    /// <summary>
    /// The site, round and scope a file says it belongs to, checked for nothing else (the command line learns from
    /// it which questions to check the file against); null with the problems when the file cannot say.
    /// </summary>
    public static (AssessmentFileIdentity? Identity, IReadOnlyList<WorkbookProblem> Problems) ReadIdentity(Stream input, GuidelineCatalog catalog, XlsxLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var (values, problems) = WorkbookReader.ReadIdentity(input, AssessmentLayout.Definition(catalog.AchievementScale), limits);
        if (values is null)
        {
            return (null, problems);
        }

        var scope = AssessmentScopeText.Parse(values.GetValueOrDefault(AssessmentLayout.ScopeKey) ?? "") ?? AssessmentScope.All;
        return (new AssessmentFileIdentity(values.GetValueOrDefault(AssessmentLayout.SiteKey) ?? "", values.GetValueOrDefault(AssessmentLayout.RoundKey) ?? "", scope), []);
    }
}

/// <summary>What a workbook's identity sheet says it answers: the site id, the round's key and the scope.</summary>
internal sealed record AssessmentFileIdentity(string Site, string Round, AssessmentScope Scope);
