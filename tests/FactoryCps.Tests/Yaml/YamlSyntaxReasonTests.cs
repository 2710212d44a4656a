using System.Text.RegularExpressions;
using FactoryCps.Diagnostics;
using FactoryCps.Localization;
using FactoryCps.Yaml;

namespace FactoryCps.Tests.Yaml;

/// <summary>The mistakes people make in YAML by hand are named in words, Japanese without the parser's English (issue 15).</summary>
public sealed partial class YamlSyntaxReasonTests
{
    [Theory]
    [InlineData("a:\n  b: 1\n c: 2\n", "YamlReasonIndentation")]
    [InlineData("a: b: c\n", "YamlReasonColonInValue")]
    [InlineData("a:\n\t- 1\n", "YamlReasonBadCharacter")]
    [InlineData("a: \"open\n", "YamlReasonUnclosed")]
    [InlineData("a: [1, 2\nb: 3\n", "YamlReasonUnexpectedEnd")]
    [InlineData("- a\nb: 1\n", "YamlReasonListIndentation")]
    [InlineData("a: \"\\q\"\n", "YamlReasonEscape")]
    [InlineData("a: {x: 1\n", "YamlReasonFlowMapping")]
    [InlineData("a: *nowhere\n", "YamlReasonUnknownAnchor")]
    public void Common_mistakes_get_their_own_reason(string yaml, string reason)
    {
        var error = Assert.Single(SafeYamlParser.Read(yaml, "model.yaml", YamlLimits.Default).Diagnostics);

        var said = Assert.IsType<LocalizedText>(error.Message.Args[0]);
        Assert.Equal(new Message(reason).ToText(), said);
        Assert.DoesNotMatch(EnglishWords(), error.Message.Render(Language.Ja));
        Assert.True(error.Location!.Line >= 1);
    }

    [Fact]
    public void Another_error_keeps_the_parsers_english_only_in_english()
    {
        var reason = YamlSyntaxReason.Of("While parsing something rare, found nothing expected.");

        Assert.Equal("While parsing something rare, found nothing expected.", reason.En);
        Assert.DoesNotMatch(EnglishWords(), reason.Ja);
    }

    [GeneratedRegex("[A-Za-z]{3,} [a-z]{3,}")]
    private static partial Regex EnglishWords();
}
