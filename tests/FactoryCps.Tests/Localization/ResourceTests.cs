using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using FactoryCps.Cli.Resources;
using FactoryCps.Resources;

namespace FactoryCps.Tests.Localization;

public sealed partial class ResourceTests
{
    public static TheoryData<string> Sets => ["core", "cli", "report", "procurement", "explanation"];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_message_exists_in_japanese_and_english_with_the_same_placeholders(string set)
    {
        var manager = set switch
        {
            "core" => Messages.ResourceManager,
            "report" => ReportText.ResourceManager,
            "procurement" => ProcurementText.ResourceManager,
            "explanation" => ExplanationText.ResourceManager,
            _ => CliText.ResourceManager,
        };
        var english = Entries(manager, CultureInfo.InvariantCulture);
        var japanese = Entries(manager, CultureInfo.GetCultureInfo("ja"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), japanese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(japanese[key]), key);
            // Only identifiers such as "ID" may read the same in both languages.
            Assert.True(text != japanese[key] || IdentifierPattern().IsMatch(text), $"{key} is not translated");
            Assert.Equal(Placeholders(text), Placeholders(japanese[key]));
        }
    }

    private static Dictionary<string, string> Entries(ResourceManager manager, CultureInfo culture)
    {
        // tryParents: false, so a missing Japanese entry is not hidden by the English fallback.
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex("^[A-Z0-9]{1,4}$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
