using FactoryCps.Diagnostics;
using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>
/// One thing wrong with an uploaded workbook: the sheet and cell (A1 style) when it is in one, else the whole
/// file; the message says what was expected. The message key doubles as a stable error code.
/// </summary>
internal sealed record WorkbookProblem(string? Sheet, string? Cell, Message Message)
{
    public string Code => Message.Key;

    /// <summary><c>'Items'!D5</c>, <c>'Items'</c>, or empty for the whole file.</summary>
    public string Where => Sheet is null ? "" : Cell is null ? $"'{Sheet}'" : $"'{Sheet}'!{Cell}";

    public string Render(Language language) => Where.Length == 0 ? Message.Render(language) : $"{Where}: {Message.Render(language)}";
}
