using FactoryCps.Diagnostics;
using FactoryCps.Localization;

namespace FactoryCps.Yaml;

/// <summary>
/// A YAML syntax error's reason in words a person can act on. YamlDotNet speaks English in the grammar's own terms
/// ("while parsing a block mapping, did not find expected key"); the errors people make by hand (indentation, a
/// colon in a value, a tab, an unclosed quote or bracket) are recognised from the parser's message and said in
/// the reader's language. Anything else keeps the parser's English in the English text, and a general sentence in
/// the Japanese one, so that a Japanese message never ends in English; the position is given either way.
/// </summary>
internal static class YamlSyntaxReason
{
    /// <summary>Fragments of YamlDotNet's messages (lower case) and the reason each stands for, most specific first.</summary>
    private static readonly (string Fragment, string Key)[] Known =
    [
        ("mapping values are not allowed", "YamlReasonColonInValue"),
        ("found invalid mapping", "YamlReasonColonInValue"),
        ("invalid tab", "YamlReasonBadCharacter"),
        ("did not find expected key", "YamlReasonIndentation"),
        ("did not find expected '-' indicator", "YamlReasonListIndentation"),
        ("did not find expected ',' or ']'", "YamlReasonFlowSequence"),
        ("did not find expected ',' or '}'", "YamlReasonFlowMapping"),
        ("found unexpected end of stream", "YamlReasonUnclosed"),
        ("unexpected end of input", "YamlReasonUnexpectedEnd"),
        ("cannot start any token", "YamlReasonBadCharacter"),
        ("could not find expected ':'", "YamlReasonMissingColon"),
        ("did not find expected <document start>", "YamlReasonSecondDocument"),
        ("unknown anchor", "YamlReasonUnknownAnchor"),
        ("found undefined tag handle", "YamlReasonTag"),
        ("while scanning a tag", "YamlReasonTag"),
        ("found unknown escape character", "YamlReasonEscape"),
        ("while scanning an anchor or alias", "YamlReasonAnchorName"),
    ];

    public static LocalizedText Of(string parserMessage)
    {
        foreach (var (fragment, key) in Known)
        {
            if (parserMessage.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return new Message(key).ToText();
            }
        }

        return new LocalizedText(new Message("YamlReasonOther").Render(Language.Ja), parserMessage.Trim());
    }
}
