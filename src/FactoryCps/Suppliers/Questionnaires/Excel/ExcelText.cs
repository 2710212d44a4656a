using FactoryCps.Localization;
using FactoryCps.Workbooks;

namespace FactoryCps.Suppliers.Questionnaires.Excel;

/// <summary>The questionnaire workbook's own texts (sheet names, headings, instructions, answer labels) in both languages.</summary>
internal static class ExcelText
{
    private static readonly ResxTexts Texts = new(typeof(ExcelText));

    public static string Get(string key, Language language, params object?[] args) => Texts.Get(key, language, args);

    public static LocalizedText Both(string key) => Texts.Both(key);
}
