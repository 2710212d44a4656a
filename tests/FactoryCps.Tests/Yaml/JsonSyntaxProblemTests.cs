using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactoryCps.Diagnostics;

namespace FactoryCps.Tests.Yaml;

/// <summary>
/// A JSON syntax error says where and why in the reader's language (issue 15: the runtime's English message,
/// "… Change the reader options. LineNumber: 1 | BytePositionInLine: 27.", followed the Japanese one).
/// </summary>
public sealed partial class JsonSyntaxProblemTests
{
    [Theory]
    [InlineData("{\"a\": 1,\n \"b\": [1, 2,]}", 2, 13, "閉じ括弧の前に余分なカンマ", "comma stands before a closing bracket")]
    [InlineData("{\"a\": {\"b\": 3", 1, 14, "途中で終わっています", "ends too early")]
    [InlineData("{\"a\": 1 // note\n}", 1, 9, "コメント", "no comments")]
    [InlineData("{'a': 1}", 1, 2, "一重引用符", "single quotes")]
    [InlineData("{\"a\": yes}", 1, 7, "二重引用符", "double quotes")]
    [InlineData("{\"名前\": 1 2}", 1, 10, "「2」は置けません", "'2' cannot stand here")]
    public void Names_the_place_and_the_reason_in_both_languages(string json, int line, int column, string japanese, string english)
    {
        var problem = Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains(japanese, problem.Reason.Ja, StringComparison.Ordinal);
        Assert.Contains(english, problem.Reason.En, StringComparison.Ordinal);
        Assert.DoesNotMatch(EnglishWords(), problem.Reason.Ja);
        Assert.DoesNotContain("BytePosition", problem.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_when_the_file_is_not_utf8()
    {
        var problem = Parse([(byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', 0x83, 0x65, (byte)'}']);

        Assert.Contains("UTF-8", problem.Reason.Ja, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", problem.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_when_the_nesting_is_too_deep()
    {
        var problem = Parse(Encoding.UTF8.GetBytes("{\"a\": \"[{\", \"b\":" + new string('[', 70) + new string(']', 70) + "}"));

        Assert.Contains("入れ子が深すぎます（64 段まで）", problem.Reason.Ja, StringComparison.Ordinal);
        Assert.Contains("depth 64", problem.Reason.En, StringComparison.Ordinal);
    }

    private static JsonSyntaxProblem Parse(byte[] utf8)
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(utf8).Dispose());
        return JsonSyntaxProblem.Of(error, utf8, 64);
    }

    [GeneratedRegex("[A-Za-z]{3,} [a-z]{3,}")]
    private static partial Regex EnglishWords();
}
