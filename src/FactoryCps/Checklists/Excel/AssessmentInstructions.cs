using System.Globalization;
using FactoryCps.Guideline;
using FactoryCps.Localization;
using FactoryCps.Workbooks;

namespace FactoryCps.Checklists.Excel;

/// <summary>The notes sheet in front of the questions: which site and round, the due date and scope, how to fill in, what each level means.</summary>
internal static class AssessmentInstructions
{
    public static IReadOnlyList<IReadOnlyList<NoteCell>> Build(AssessmentSheet sheet, IReadOnlyList<ScaleLevel> scale, Language language)
    {
        string T(string key, params object?[] args) => AssessmentExcelText.Get(key, language, args);
        NoteCell Label(string key) => new(T(key), WorkbookStyle.Bold);
        NoteCell Text(string text) => new(text, WorkbookStyle.Text);
        NoteCell[] gap = [new(null)];
        var questions = T("SheetQuestions");
        var levels = AssessmentLayout.Levels(scale);
        List<NoteCell[]> rows =
        [
            [new(T("AboutTitle"), WorkbookStyle.Title)],
            [],
            [Label("AboutSite"), new($"{sheet.SiteName} ({sheet.Site})")],
            [Label("AboutRound"), new(sheet.Title)],
            [Label("AboutDue"), new(sheet.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "")],
            [Label("AboutScope"), new(sheet.Scope.IsAll ? T("AboutScopeAll") : AssessmentScopeText.Write(sheet.Scope))],
            [],
            [Label("AboutHowTitle")],
            [.. gap, Text(T("AboutStep1", questions, T("ColLevel")))],
            [.. gap, Text(T("AboutStep2", T("NotApplicable"), T("ColReason")))],
            [.. gap, Text(T("AboutStep3", AssessmentAnswer.MaxText))],
            [.. gap, Text(T("AboutStep4"))],
            [],
            [Label("AboutLevelsTitle")],
            [new(T("ColLevel"), WorkbookStyle.Heading), new(T("ColMeaning"), WorkbookStyle.Heading)],
        ];
        rows.AddRange(scale.OrderBy(l => l.Value).Select((l, i) => new[] { Text(levels[i].Label.Get(language)), Text(l.Description?.Get(language) ?? "") }));
        rows.Add([Text(T("NotApplicable")), Text(T("NotApplicableMeaning"))]);
        return rows;
    }
}
