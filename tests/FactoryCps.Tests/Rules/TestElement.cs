using FactoryCps.Rules;

namespace FactoryCps.Tests.Rules;

/// <summary>A model element built from a dictionary, for exercising rules without a factory model.</summary>
internal sealed class TestElement(string kind, params (string Name, object? Value)[] attributes) : IRuleElement
{
    private readonly Dictionary<string, object?> _attributes = attributes.ToDictionary(a => a.Name, a => a.Value);

    public string Kind { get; } = kind;

    public object? Get(string attribute) => _attributes.GetValueOrDefault(attribute);
}
