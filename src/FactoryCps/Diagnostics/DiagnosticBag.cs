namespace FactoryCps.Diagnostics;

/// <summary>Collects every problem of one run, so users see them all at once rather than one per try.</summary>
internal sealed class DiagnosticBag
{
    /// <summary>
    /// Errors kept before the rest are only counted. A file of a hundred thousand misspelt fields is no model
    /// anyone will fix line by line, and one message per field (each naming the allowed fields) cost more memory
    /// than the file; a thousand show what is wrong.
    /// </summary>
    public const int MaxErrors = 1000;

    private readonly List<Diagnostic> _items = [];
    private int _errors;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _errors > 0;

    /// <summary>More errors than are listed: further checks would only add errors nobody sees.</summary>
    public bool IsFull => _errors > MaxErrors;

    public void Error(SourceLocation? location, string? path, string key, params object?[] args) =>
        Add(new Diagnostic(Severity.Error, location, path, new Message(key, args)));

    public void Warning(SourceLocation? location, string? path, string key, params object?[] args) =>
        Add(new Diagnostic(Severity.Warning, location, path, new Message(key, args)));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    private void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity != Severity.Error)
        {
            _items.Add(diagnostic);
            return;
        }

        _errors++;
        if (_errors <= MaxErrors)
        {
            _items.Add(diagnostic);
        }
        else if (_errors == MaxErrors + 1)
        {
            _items.Add(new Diagnostic(Severity.Error, null, null, new Message("TooManyErrors", MaxErrors)));
        }
    }
}
