using FactoryCps.Diagnostics;

namespace FactoryCps.Workbooks;

/// <summary>
/// Collects an import's problems up to <see cref="Max"/>, keyed in the workbook kind's words: a file with every
/// row broken would otherwise answer with thousands of lines nobody reads; the first hundred show what went wrong.
/// </summary>
internal sealed class ImportProblems(WorkbookMessages messages)
{
    public const int Max = 100;

    private readonly List<WorkbookProblem> _items = [];

    public IReadOnlyList<WorkbookProblem> Items => _items;

    public bool Any => _items.Count > 0;

    public bool Full => _items.Count > Max;

    public void Add(string? sheet, string? cell, WorkbookProblemKind kind, params object?[] args)
    {
        if (_items.Count < Max)
        {
            _items.Add(new WorkbookProblem(sheet, cell, new Message(messages.Key(kind), args)));
        }
        else if (_items.Count == Max)
        {
            _items.Add(new WorkbookProblem(null, null, new Message(messages.Key(WorkbookProblemKind.TooManyProblems), Max)));
        }
    }
}
