using System.Text.Json;
using FactoryCps.Advisories;

namespace FactoryCps.Tests.Advisories;

/// <summary>The hashed uniqueItems check and the raw-byte string checks must answer exactly like the plain ones.</summary>
public sealed class UniqueItemsTests
{
    [Theory]
    [InlineData("""["a", "b", "c"]""", true)]
    [InlineData("""["a", "b", "a"]""", false)]
    [InlineData("""["CSAFPID-1", "\u0043SAFPID-1"]""", false)]
    [InlineData("""["\u0041", "\u0042"]""", true)]
    [InlineData("""[{"a": 1, "b": "x"}, {"b": "x", "a": 1}]""", false)]
    [InlineData("""[{"a": 1, "b": "x"}, {"a": 1, "b": "y"}]""", true)]
    [InlineData("""[{"\u0061": "x"}, {"a": "\u0078"}]""", false)]
    [InlineData("""[[1, 2], [2, 1]]""", true)]
    [InlineData("""[[1, 2], [1, 2.0]]""", false)]
    [InlineData("""[1, "1", true, null]""", true)]
    public void Agrees_with_comparing_every_pair(string json, bool expected)
    {
        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.EnumerateArray().ToArray();
        var pairwise = !items.SelectMany((a, i) => items.Skip(i + 1).Select(b => JsonElement.DeepEquals(a, b))).Any(equal => equal);

        Assert.Equal(expected, pairwise);
        Assert.Equal(expected, UniqueItems.AllDifferent(document.RootElement));
    }

    [Theory]
    [InlineData("\"abc\"", 3)]
    [InlineData("\"日本\"", 2)]
    [InlineData("\"\\u65e5x\"", 2)]
    [InlineData("\"😀\"", 1)]
    public void Counts_code_points_like_the_decoded_string(string json, int expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, RawJsonText.CodePoints(document.RootElement));
    }

    [Theory]
    [InlineData("\"CVE-2024-1234\"", true)]
    [InlineData("\"\\u0043VE-2024-1234\"", true)]
    [InlineData("\"CVE-24-1\"", false)]
    public void Matches_patterns_on_the_decoded_text(string json, bool expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, RawJsonText.IsMatch(new SchemaPattern("^CVE-[0-9]{4}-[0-9]{4,}$"), document.RootElement));
    }
}
