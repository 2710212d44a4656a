using FactoryCps.Diagnostics;
using FactoryCps.Rules;
using FactoryCps.Yaml;

namespace FactoryCps.Guideline;

/// <summary>
/// What reading any section of a catalogue file needs: every item's common fields and the rule expressions, with
/// errors reported at their line (and a rule's at its character). Each concept's section reader builds on it.
/// </summary>
internal sealed class CatalogItemReader(DiagnosticBag diagnostics, ElementSchema schema)
{
    public static readonly string[] Confidences = ["seed", "derived"];

    /// <summary>The fields every item has. Missing ones are reported and defaulted so reading goes on.</summary>
    public static Provenance Common(MapReader item)
    {
        var source = item.String("source", required: true) ?? "";
        var confidence = item.Enum("confidence", Confidences, required: true) == "seed" ? Confidence.Seed : Confidence.Derived;
        return new Provenance(source, confidence, item.Text("note"), item.Map.Location);
    }

    /// <summary>An item's own keys and the common ones, for <see cref="MapReader.OnlyKeys(string[])"/>.</summary>
    public static string[] With(params string[] keys) => [.. keys, "source", "confidence", "note"];

    public RuleCondition? CompileCondition(MapReader item, string key, string text, string subject)
    {
        try
        {
            return RuleCondition.Compile(text, subject, schema);
        }
        catch (RuleSyntaxException ex)
        {
            RuleError(item, key, ex);
            return null;
        }
    }

    public RulePath? CompilePath(MapReader item, string key, string text, string subject, string target)
    {
        try
        {
            return RulePath.Compile(text, subject, target, schema);
        }
        catch (RuleSyntaxException ex)
        {
            RuleError(item, key, ex);
            return null;
        }
    }

    /// <summary>A rule error points at the character of the expression, not just its line.</summary>
    private void RuleError(MapReader item, string key, RuleSyntaxException ex)
    {
        var node = item.Map[key]!;
        var offset = node is YScalar { IsPlain: true } ? ex.Offset : ex.Offset + 1;
        diagnostics.Error(node.Location.Offset(offset), item.PathOf(key), ex.Key, ex.Args);
    }
}
