using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using FactoryCps.Localization;

namespace FactoryCps.Diagnostics;

/// <summary>
/// Where a JSON text breaks its grammar and why, in words a person can act on in either language. The runtime's
/// own message is English-only, full of reader internals ("BytePositionInLine", "Change the reader options"), and
/// would follow a Japanese sentence; the reason is read from the bytes at the position instead, which also does
/// not depend on the wording of a runtime version.
/// </summary>
internal sealed record JsonSyntaxProblem(int Line, int Column, LocalizedText Reason)
{
    /// <summary>
    /// The one-based line and column (in characters) of <paramref name="error"/> in <paramref name="utf8"/>, and
    /// why; <paramref name="maxDepth"/> is the reader's nesting limit, so that a refusal for depth says so.
    /// </summary>
    public static JsonSyntaxProblem Of(JsonException error, ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var line = (int)Math.Max(0, error.LineNumber ?? 0);
        var lineStart = LineStart(utf8, line);
        var lineText = LineAt(utf8, lineStart);
        var inLine = (int)Math.Clamp(error.BytePositionInLine ?? 0, 0, lineText.Length);
        var column = CharCount(lineText[..inLine]) + 1;
        return new(line + 1, column, ReasonAt(utf8, lineStart + inLine, maxDepth));
    }

    /// <summary>The reason for the error at byte <paramref name="offset"/>, from what stands there and just before it.</summary>
    private static LocalizedText ReasonAt(ReadOnlySpan<byte> utf8, int offset, int maxDepth)
    {
        if (!Utf8.IsValid(utf8))
        {
            return Text("JsonReasonNotUtf8");
        }

        var here = offset < utf8.Length ? utf8[offset] : (byte)0;
        if (utf8[Math.Min(offset + 1, utf8.Length)..].Trim(" \t\r\n"u8).IsEmpty && (offset >= utf8.Length || here is not ((byte)'}' or (byte)']')))
        {
            return Text("JsonReasonUnexpectedEnd");
        }

        if (here is (byte)'[' or (byte)'{' && DepthAt(utf8, offset) >= maxDepth)
        {
            return Text("JsonReasonTooDeep", maxDepth);
        }

        var before = utf8[..Math.Min(offset, utf8.Length)].TrimEnd(" \t\r\n"u8);
        return here switch
        {
            (byte)'}' or (byte)']' when before.EndsWith(","u8) => Text("JsonReasonTrailingComma"),
            (byte)'/' or (byte)'#' => Text("JsonReasonComment"),
            (byte)'\'' => Text("JsonReasonSingleQuote"),
            _ when (before.EndsWith("{"u8) || before.EndsWith(","u8) || before.EndsWith(":"u8) || before.EndsWith("["u8)) && IsLetter(here) => Text("JsonReasonUnquoted"),
            _ => Text("JsonReasonUnexpected", Shown(utf8[offset..])),
        };
    }

    /// <summary>How many arrays and objects are open before <paramref name="offset"/>, brackets inside strings aside.</summary>
    private static int DepthAt(ReadOnlySpan<byte> utf8, int offset)
    {
        var (depth, inString, escaped) = (0, false, false);
        foreach (var b in utf8[..offset])
        {
            if (inString)
            {
                (inString, escaped) = escaped ? (true, false) : (b != (byte)'"', b == (byte)'\\');
                continue;
            }

            depth += b switch { (byte)'[' or (byte)'{' => 1, (byte)']' or (byte)'}' => -1, _ => 0 };
            inString = b == (byte)'"';
        }

        return depth;
    }

    private static bool IsLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or (byte)'_';

    /// <summary>The character at the start of <paramref name="rest"/>, as a person would write it.</summary>
    private static string Shown(ReadOnlySpan<byte> rest)
    {
        var length = rest.IsEmpty ? 0 : Math.Min(rest.Length, rest[0] < 0x80 ? 1 : rest[0] >= 0xF0 ? 4 : rest[0] >= 0xE0 ? 3 : 2);
        var text = Encoding.UTF8.GetString(rest[..length]);
        return text.Length == 1 && char.IsControl(text[0]) ? $"U+{(int)text[0]:X4}" : text;
    }

    private static int CharCount(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetCharCount(utf8);

    /// <summary>The offset where the zero-based line <paramref name="line"/> starts (the end when there are fewer lines).</summary>
    private static int LineStart(ReadOnlySpan<byte> utf8, int line)
    {
        var start = 0;
        for (var i = 0; i < line; i++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8.Length;
            }

            start += next + 1;
        }

        return start;
    }

    /// <summary>The bytes of the line that starts at <paramref name="start"/>, without its line break.</summary>
    private static ReadOnlySpan<byte> LineAt(ReadOnlySpan<byte> utf8, int start)
    {
        var rest = utf8[start..];
        var end = rest.IndexOf((byte)'\n');
        return end < 0 ? rest : rest[..end].TrimEnd((byte)'\r');
    }

    private static LocalizedText Text(string key, params object?[] args) => new Message(key, args).ToText();
}
