namespace FactoryCps.Rules;

internal enum RuleTypeKind
{
    Bool,
    Int,
    String,
    Date,
    StringList,
    Element,
    ElementList,
    Null,
}

/// <summary>The static type of a rule expression; element types carry the element kind (zone, asset, …).</summary>
internal sealed record RuleType(RuleTypeKind Kind, string? ElementKind = null)
{
    public static RuleType Bool { get; } = new(RuleTypeKind.Bool);

    public static RuleType Int { get; } = new(RuleTypeKind.Int);

    public static RuleType String { get; } = new(RuleTypeKind.String);

    public static RuleType Date { get; } = new(RuleTypeKind.Date);

    public static RuleType StringList { get; } = new(RuleTypeKind.StringList);

    public static RuleType Null { get; } = new(RuleTypeKind.Null);

    public static RuleType Element(string kind) => new(RuleTypeKind.Element, kind);

    public static RuleType ElementList(string kind) => new(RuleTypeKind.ElementList, kind);

    public override string ToString() => Kind switch
    {
        RuleTypeKind.Element => ElementKind!,
        RuleTypeKind.ElementList => $"list<{ElementKind}>",
        RuleTypeKind.StringList => "list<string>",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
