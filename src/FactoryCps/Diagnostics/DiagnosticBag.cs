namespace FactoryCps.Diagnostics;

/// <summary>Collects every problem of one run, so users see them all at once rather than one per try.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Error(SourceLocation? location, string? path, string key, params object?[] args) =>
        _items.Add(new Diagnostic(Severity.Error, location, path, new Message(key, args)));

    public void Warning(SourceLocation? location, string? path, string key, params object?[] args) =>
        _items.Add(new Diagnostic(Severity.Warning, location, path, new Message(key, args)));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
