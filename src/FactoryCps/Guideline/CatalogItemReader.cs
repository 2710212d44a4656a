using FactoryCps.Diagnostics;
using FactoryCps.Localization;
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

    /// <summary>The keys a text's own mark adds beside <c>ja</c> and <c>en</c>.</summary>
    private static readonly string[] MarkKeys = ["source", "confidence"];

    /// <summary>The fields every item has. Missing ones are reported and defaulted so reading goes on.</summary>
    public static Provenance Common(MapReader item)
    {
        var source = item.String("source", required: true) ?? "";
        var confidence = item.Enum("confidence", Confidences, required: true) == "seed" ? Confidence.Seed : Confidence.Derived;
        return new Provenance(source, confidence, item.Text("note"), item.Map.Location) { TextMarks = TextMarks(item, source) };
    }

    /// <summary>
    /// A text of an item that may carry its own mark: <c>title: { ja: …, en: …, confidence: seed, source: ext:3.2.2 }</c>.
    /// The mark itself is read by <see cref="TextMarks"/>; a text read with <see cref="MapReader.Text"/> refuses one.
    /// </summary>
    public static LocalizedText? Text(MapReader item, string key, bool required = false) => item.Text(key, required, MarkKeys);

    /// <summary>
    /// The marks of the item's texts that carry their own, by field name. A mark needs <c>confidence</c>; its
    /// <c>source</c> defaults to the item's. A note is our remark and never carries one.
    /// </summary>
    public static IReadOnlyDictionary<string, TextMark> TextMarks(MapReader item, string itemSource)
    {
        var marks = new Dictionary<string, TextMark>(StringComparer.Ordinal);
        foreach (var (key, value) in item.Map.Entries)
        {
            if (value is not YMapping text || key.Value == "note" || (text["ja"] is null && text["en"] is null)
                || (text["confidence"] is null && text["source"] is null))
            {
                continue;
            }

            var mark = new MapReader(text, item.PathOf(key.Value), item.Diagnostics);
            var confidence = mark.Enum("confidence", Confidences, required: true);
            var source = mark.String("source") ?? itemSource;
            if (confidence is not null)
            {
                marks[key.Value] = new TextMark(source, confidence == "seed" ? Confidence.Seed : Confidence.Derived);
            }
        }

        return marks;
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
