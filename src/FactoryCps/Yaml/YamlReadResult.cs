using FactoryCps.Diagnostics;

namespace FactoryCps.Yaml;

internal sealed record YamlReadResult(YNode? Root, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Root is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
