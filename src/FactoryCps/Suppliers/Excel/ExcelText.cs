using System.Globalization;
using System.Resources;
using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Excel;

/// <summary>The workbook's own texts (sheet names, headings, instructions, answer labels) in both languages.</summary>
internal static class ExcelText
{
    private static readonly ResourceManager Resources = new(typeof(ExcelText).FullName!, typeof(ExcelText).Assembly);

    public static string Get(string key, Language language, params object?[] args)
    {
        var format = Resources.GetString(key, language.Culture())
            ?? throw new InvalidOperationException($"Missing questionnaire workbook text '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
