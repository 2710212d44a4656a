using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>The texts every workbook kind shares (the prompts and errors of its validation rules) in both languages.</summary>
internal static class WorkbookText
{
    private static readonly ResxTexts Texts = new(typeof(WorkbookText));

    public static string Get(string key, Language language, params object?[] args) => Texts.Get(key, language, args);
}
