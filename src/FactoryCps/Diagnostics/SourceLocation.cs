namespace FactoryCps.Diagnostics;

/// <summary>A place in a file users wrote: 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public SourceLocation Offset(int columns) => this with { Column = Column + columns };

    public override string ToString() => $"{File}:{Line}:{Column}";
}
