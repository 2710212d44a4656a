namespace FactoryCps.Diagnostics;

/// <summary>A place in a file users wrote: 1-based line and column.</summary>
internal sealed record SourceLocation(string File, int Line, int Column)
{
    public SourceLocation Offset(int columns) => this with { Column = Column + columns };

    /// <summary><c>file:line:column</c>, or just the file for problems of the whole file (line 0), such as its size.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
