using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace FactoryCps.Advisories;

/// <summary>
/// Checks on JSON strings that read the document's own UTF-8 bytes instead of allocating a .NET string per
/// value: the compiled schema check looks at every string of every advisory. Escaped strings (rare) are
/// decoded the ordinary way, so the answers are exactly those of <see cref="JsonElement.GetString"/>.
/// </summary>
internal static class RawJsonText
{
    /// <summary>The string's UTF-8 bytes as written in the document, or false when it contains an escape.</summary>
    public static bool TryGetUnescaped(JsonElement value, out ReadOnlySpan<byte> utf8)
    {
        utf8 = Unquote(JsonMarshal.GetRawUtf8Value(value));
        return utf8.IndexOf((byte)'\\') < 0;
    }

    /// <summary>The property name's UTF-8 bytes as written, or false when it contains an escape.</summary>
    public static bool TryGetUnescapedName(JsonProperty property, out ReadOnlySpan<byte> utf8)
    {
        utf8 = Unquote(JsonMarshal.GetRawUtf8PropertyName(property));
        return utf8.IndexOf((byte)'\\') < 0;
    }

    /// <summary>Whether the string value matches, without a string copy when it has no escapes.</summary>
    public static bool IsMatch(SchemaPattern pattern, JsonElement value)
    {
        if (!TryGetUnescaped(value, out var utf8))
        {
            return pattern.IsMatch(value.GetString());
        }

        char[]? rented = null;
        var chars = utf8.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        try
        {
            var count = Encoding.UTF8.GetChars(utf8, chars);
            return pattern.IsMatch(chars[..count]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The number of Unicode code points of the string value (what JSON schema's minLength counts).</summary>
    public static int CodePoints(JsonElement value)
    {
        if (!TryGetUnescaped(value, out var utf8))
        {
            var text = value.GetString()!;
            return text.Length - text.Count(char.IsLowSurrogate);
        }

        var count = 0;
        foreach (var b in utf8)
        {
            // Every code point has exactly one byte that is not a continuation byte (10xxxxxx).
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private static ReadOnlySpan<byte> Unquote(ReadOnlySpan<byte> raw) =>
        raw.Length >= 2 && raw[0] == (byte)'"' && raw[^1] == (byte)'"' ? raw[1..^1] : raw;
}
