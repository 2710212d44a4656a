using FactoryCps.Diagnostics;

namespace FactoryCps.Suppliers.Excel;

/// <summary>
/// Collects an import's problems up to <see cref="Max"/>: a file with every row broken would otherwise answer
/// with thousands of lines nobody reads; the first hundred show what went wrong.
/// </summary>
internal sealed class ImportProblems
{
    public const int Max = 100;

    private readonly List<QuestionnaireImportProblem> _items = [];

    public IReadOnlyList<QuestionnaireImportProblem> Items => _items;

    public bool Any => _items.Count > 0;

    public bool Full => _items.Count > Max;

    public void Add(string? sheet, string? cell, string key, params object?[] args)
    {
        if (_items.Count < Max)
        {
            _items.Add(new QuestionnaireImportProblem(sheet, cell, new Message(key, args)));
        }
        else if (_items.Count == Max)
        {
            _items.Add(new QuestionnaireImportProblem(null, null, new Message("QuestionnaireXlsxTooManyErrors", Max)));
        }
    }
}
