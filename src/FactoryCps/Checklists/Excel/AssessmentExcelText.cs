using FactoryCps.Localization;
using FactoryCps.Workbooks;

namespace FactoryCps.Checklists.Excel;

/// <summary>The self-assessment workbook's own texts (sheet names, headings, instructions) in both languages.</summary>
internal static class AssessmentExcelText
{
    private static readonly ResxTexts Texts = new(typeof(AssessmentExcelText));

    public static string Get(string key, Language language, params object?[] args) => Texts.Get(key, language, args);

    public static LocalizedText Both(string key) => Texts.Both(key);
}
